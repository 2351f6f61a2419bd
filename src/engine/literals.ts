/**
 * A cheap prefilter for log signatures: the literal text a pattern cannot match
 * without, found by reading the regular expression's source, and a multi-string
 * matcher (Aho–Corasick) that finds which of those literals a line contains in
 * one pass. Only signatures whose literal is present are then run as regexes.
 */

const MIN_LITERAL = 3;

/** Splits at `|` that are not inside a group or a character class. */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

const ESCAPED_LITERALS = new Set('.\\/()[]{}|?*+^$-\'"#:=<> ,@!%&;~`_');

/** The longest run of literal characters that every match of this branch contains. */
function longestLiteral(branch: string): string {
  let best = '';
  let run = '';
  const flush = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i]!;
    const next = branch[i + 1];
    // A quantifier that allows zero takes the last literal character away.
    const optional = next === '?' || next === '*' || (next === '{' && /^\{0[,}]/.test(branch.slice(i + 1)));
    if (ch === '\\') {
      const esc = branch[i + 1] ?? '';
      const after = branch[i + 2];
      i++;
      if (ESCAPED_LITERALS.has(esc) && !(after === '?' || after === '*')) run += esc;
      else flush();
      continue;
    }
    if (ch === '[') {
      flush();
      while (i < branch.length && branch[i] !== ']') i += branch[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') {
      flush();
      // Skip the whole group: its content may be optional or alternative.
      let depth = 0;
      for (; i < branch.length; i++) {
        if (branch[i] === '\\') i++;
        else if (branch[i] === '(') depth++;
        else if (branch[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    if ('.^$)'.includes(ch)) {
      flush();
      continue;
    }
    if ('?*+'.includes(ch)) {
      flush();
      continue;
    }
    if (ch === '{') {
      flush();
      while (i < branch.length && branch[i] !== '}') i++;
      continue;
    }
    if (optional) {
      flush();
      continue;
    }
    run += ch;
  }
  flush();
  return best;
}

/**
 * Literals, lower-cased, of which every match contains at least one; null when
 * some branch has no literal long enough to be worth it (always test that one).
 */
export function requiredLiterals(pattern: string): string[] | null {
  const out: string[] = [];
  for (const branch of topLevelBranches(pattern)) {
    const lit = longestLiteral(branch);
    if (lit.length < MIN_LITERAL) return null;
    out.push(lit.toLowerCase());
  }
  return out;
}

interface AcNode {
  next: Map<number, number>;
  fail: number;
  out: number[];
}

/** Aho–Corasick over lower-cased literals; `find` returns the ids present in a line. */
export class LiteralMatcher {
  private readonly nodes: AcNode[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(literals: readonly { text: string; id: number }[]) {
    for (const { text, id } of literals) {
      let at = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let to = this.nodes[at]!.next.get(c);
        if (to === undefined) {
          to = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          this.nodes[at]!.next.set(c, to);
        }
        at = to;
      }
      this.nodes[at]!.out.push(id);
    }
    const queue: number[] = [];
    for (const to of this.nodes[0]!.next.values()) queue.push(to);
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q]!;
      const node = this.nodes[at]!;
      for (const [c, to] of node.next) {
        queue.push(to);
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(c);
        const child = this.nodes[to]!;
        child.fail = target !== undefined && target !== to ? target : 0;
        child.out.push(...this.nodes[child.fail]!.out);
      }
    }
  }

  /** Adds to `found` the ids of every literal that occurs in `lower` (already lower-cased). */
  find(lower: string, found: Set<number>): void {
    let at = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let node = this.nodes[at]!;
      while (at !== 0 && !node.next.has(c)) {
        at = node.fail;
        node = this.nodes[at]!;
      }
      at = node.next.get(c) ?? 0;
      const out = this.nodes[at]!.out;
      for (let k = 0; k < out.length; k++) found.add(out[k]!);
    }
  }
}

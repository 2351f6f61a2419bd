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
export function requiredLiterals(pattern: string, depth = 0): string[] | null {
  const out: string[] = [];
  for (const branch of topLevelBranches(pattern)) {
    const lit = longestLiteral(branch);
    if (lit.length >= MIN_LITERAL) {
      out.push(lit.toLowerCase());
      continue;
    }
    // No literal outside groups: one of a required group's alternatives must be there (`\b(?:Foo|Bar)\b`).
    const group = depth < 3 ? requiredGroup(branch) : null;
    const inner = group === null ? null : requiredLiterals(group, depth + 1);
    if (!inner) return null;
    out.push(...inner);
  }
  return out;
}

/** The source inside the first group of a branch that must match (not followed by ?, * or {0,…}; not a lookaround). */
function requiredGroup(branch: string): string | null {
  let inClass = false;
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch !== '(') continue;
    let depth = 0;
    let end = i;
    for (; end < branch.length; end++) {
      if (branch[end] === '\\') end++;
      else if (branch[end] === '(') depth++;
      else if (branch[end] === ')' && --depth === 0) break;
    }
    const after = branch[end + 1];
    const open = branch.slice(i, i + 4);
    const lookaround = /^\(\?(?:[=!]|<[=!])/.test(open);
    const optional = after === '?' || after === '*' || (after === '{' && /^\{0[,}]/.test(branch.slice(end + 1)));
    if (!lookaround && !optional) {
      const body = branch.slice(i + 1, end);
      return body.replace(/^\?(?::|<[A-Za-z]\w*>)/, '');
    }
    i = end;
  }
  return null;
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
  find(lower: string, found: { add(id: number): unknown }): void {
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

/**
 * A set of small integer ids, reused line after line without allocating: a
 * stamp per id says whether it was added since the last `clear`.
 */
export class IdSet {
  readonly ids: number[] = [];
  private stamps: Uint32Array;
  private stamp = 1;
  constructor(size: number) {
    this.stamps = new Uint32Array(Math.max(1, size));
  }
  clear(): void {
    this.ids.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  add(id: number): void {
    if (id >= this.stamps.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    if (this.stamps[id] === this.stamp) return;
    this.stamps[id] = this.stamp;
    this.ids.push(id);
  }
  get size(): number {
    return this.ids.length;
  }
}

/**
 * The pages the build writes, one per language and step (and one per old id,
 * so a shared link to a renamed step still finds a file), each with its
 * title, description and what it preloads and prefetches.
 */
import type { PageKind } from '../../src/content/parts.ts';
import { LANGS, type Content, type Lang, type LocalizedText } from '../../src/engine/types.ts';
import { strings } from '../../src/i18n/all-strings.ts';

export interface Page {
  readonly path: string;
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  readonly kind: PageKind;
  /** The question a question page shows (its texts chunk is preloaded). */
  readonly question?: string;
  /** The cause a cause page shows (its details chunk is preloaded). */
  readonly cause?: string;
  /** Steps one click away (their texts and code are prefetched at low priority). */
  readonly next?: readonly string[];
}

/** Where a question's answers (and "I'm not sure") lead. */
const nextOf = (q: { answers: readonly { next: string }[]; unsure: { next: string } }) => [...new Set([...q.answers.map((a) => a.next), q.unsure.next])];

export function pagesOf(content: Content): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const t = (x: LocalizedText) => x[lang];
    const app = strings[lang].appName;
    pages.push({
      path: `${lang}/`,
      lang,
      kind: 'start',
      next: [content.root],
      title: `${app} — ${strings[lang].startTitle}`,
      description: t(content.guide.tagline),
    });
    pages.push({ path: `${lang}/search/`, lang, kind: 'search', title: `${strings[lang].search.title} — ${app}`, description: strings[lang].search.label });
    pages.push({ path: `${lang}/log/`, lang, kind: 'log', title: `${strings[lang].log.title} — ${app}`, description: strings[lang].log.ctaHint });
    pages.push({ path: `${lang}/map/`, lang, kind: 'map', title: `${strings[lang].map.title} — ${app}`, description: strings[lang].map.intro });
    for (const q of Object.values(content.questions)) {
      pages.push({
        path: `${lang}/q/${q.id}/`,
        lang,
        kind: 'question',
        question: q.id,
        next: nextOf(q),
        title: `${t(q.title)} — ${app}`,
        description: q.help ? t(q.help) : t(content.guide.tagline),
      });
    }
    for (const c of Object.values(content.causes)) {
      pages.push({ path: `${lang}/cause/${c.id}/`, lang, kind: 'cause', title: `${t(c.title)} — ${app}`, description: t(c.summary), cause: c.id });
    }
    // Old ids keep a page of their own, so a shared link to a renamed step still finds a file.
    for (const [old, id] of Object.entries(content.aliases)) {
      const node = content.questions[id] ?? content.causes[id];
      if (!node) continue;
      const segment = node.kind === 'question' ? 'q' : 'cause';
      pages.push({
        path: `${lang}/${segment}/${old}/`,
        lang,
        kind: node.kind,
        title: `${t(node.title)} — ${app}`,
        description: t(node.kind === 'question' ? (node.help ?? content.guide.tagline) : node.summary),
        ...(node.kind === 'cause' ? { cause: node.id } : { question: node.id, next: nextOf(node) }),
      });
    }
  }
  return pages;
}

/** One line of content, never read as Markdown structure (headings, lists, links, HTML). */
export const inlineMarkdown = (s: string) =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');

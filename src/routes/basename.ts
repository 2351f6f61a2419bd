/**
 * The app's root path, read from the page itself: each static page names the
 * root relative to itself (<meta name="triage500-root" content="../../">), so
 * the same build works at "/" or under any sub-path.
 */
export function basenameFor(pageUrl: string, root: string | null): string {
  try {
    const path = new URL(root ?? './', pageUrl).pathname;
    return path.endsWith('/') ? path.slice(0, -1) || '/' : path;
  } catch {
    return '/';
  }
}

export function detectBasename(doc: Document, dev: boolean): string {
  if (dev) return '/';
  const root = doc.querySelector('meta[name="triage500-root"]')?.getAttribute('content') ?? null;
  return basenameFor(doc.location.href, root);
}

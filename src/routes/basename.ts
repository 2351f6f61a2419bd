/**
 * The app's root path, read from the page itself: each static page names the
 * root relative to itself (<meta name="triage500-root" content="../../">), so
 * the same build works at "/" or under any sub-path.
 */
export function detectBasename(doc: Document, dev: boolean): string {
  if (dev) return '/';
  const meta = doc.querySelector('meta[name="triage500-root"]');
  const root = meta?.getAttribute('content') ?? './';
  try {
    const path = new URL(root, doc.location.href).pathname;
    return path.endsWith('/') ? path.slice(0, -1) || '/' : path;
  } catch {
    return '/';
  }
}

/**
 * The one inline script of every page, allowed by its hash in the page's
 * Content-Security-Policy (docs/hosting.md lists the same hash). It runs before
 * any asset URL in the page is resolved and rewrites the address in place
 * (history.replaceState, no reload) to the path it means, so the page's
 * relative asset URLs and the router see the canonical path:
 *   /en//q//scope/ → /en/q/scope/        (a doubled slash would put every asset one folder off)
 *   /en/q/scope/index.html → /en/q/scope/
 *   /%65n/ → /en/, /en%2Fq%2Fscope/ → /en/q/scope/  (escaped letters, digits, "-._~" and "/")
 * The query and the fragment stay. Where the history cannot be rewritten (some
 * sandboxed frames), nothing happens and the page works as before.
 */
import { createHash } from 'node:crypto';

export const BOOT_SCRIPT =
  '(function(){try{var l=location,p=l.pathname,' +
  'c=p.replace(/%(2[dDeEfF]|3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])/g,function(m,h){return String.fromCharCode(parseInt(h,16))})' +
  ".replace(/\\/{2,}/g,'/').replace(/\\/index\\.html$/,'/');" +
  "if(c!==p)history.replaceState(history.state,'',c+l.search+l.hash)}catch(e){}})()";

/** The CSP source that allows exactly BOOT_SCRIPT ('sha256-…'). */
export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/** The script element, as the first thing after the page's policy. */
export const BOOT_SCRIPT_TAG = `<script>${BOOT_SCRIPT}</script>`;

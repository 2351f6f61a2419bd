/**
 * Debian's Chromium, as every browser run here starts it (tests, bench,
 * screenshots): playwright-core never downloads a browser of its own. The
 * background-networking flags keep it off the closed network at start.
 */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

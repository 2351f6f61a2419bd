/**
 * The network and CPU profiles the bench loads pages under, and a cold page
 * for one load: a new browser context (no cache, no storage), instrumented
 * (./instrument.ts) and throttled to the profile, its script errors collected.
 */
import type { Browser, Page } from 'playwright-core';
import { INSTRUMENT } from './instrument.ts';

export interface Profile {
  readonly id: string;
  readonly label: string;
  /** CDP Network.emulateNetworkConditions; none = loopback speed. */
  readonly network?: { readonly latency: number; readonly downloadThroughput: number; readonly uploadThroughput: number };
  readonly cpuSlowdown?: number;
}

export const PROFILES: readonly Profile[] = [
  { id: 'fast', label: 'unthrottled (loopback)' },
  {
    id: 'slow-vpn',
    label: 'slow VPN: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower',
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpuSlowdown: 4,
  },
];

async function throttle(page: Page, profile: Profile): Promise<void> {
  if (!profile.network && !profile.cpuSlowdown) return;
  const cdp = await page.context().newCDPSession(page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** A page in a new context (no cache, no storage), instrumented and throttled to the profile; script errors collected. */
export async function openCold(browser: Browser, profile: Profile) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript({ content: INSTRUMENT });
  await throttle(page, profile);
  return { context, page, errors, timeout: profile.network ? 60_000 : 15_000 };
}

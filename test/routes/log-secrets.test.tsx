/**
 * A log holding a secret in every format the masking covers, pasted into the
 * log page: none of them is on the screen, in the Markdown download or in the
 * escalation report of the cause the log leads to.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { secretsLog, survivor } from '../helpers/secrets.ts';
import { renderAt } from './render-at.tsx';

const { samples: SAMPLES, log: LOG } = secretsLog();

function expectNoSecret(where: string, text: string) {
  for (const s of SAMPLES) for (const secret of s.secrets) expect(survivor(text, secret), `${s.format} in ${where}`).toBeNull();
}

/** What the page shows, without the field the person pasted into. */
function screenText(): string {
  const main = document.body.cloneNode(true) as HTMLElement;
  for (const field of main.querySelectorAll('textarea')) field.remove();
  return main.textContent ?? '';
}

describe('secrets in a pasted log', () => {
  it('are masked on the screen, in the Markdown and in the escalation report', async () => {
    const { user, location } = renderAt('/en/log/');
    fireEvent.change(await screen.findByLabelText('Log lines'), { target: { value: LOG } });
    await user.click(screen.getByRole('button', { name: 'Find the cause' }));
    const results = await screen.findByRole('region', { name: /^Most likely|^Several/ });

    // Every line with a secret is shown, masked.
    const shown = new Set(
      [...results.querySelectorAll('[data-evidence]')]
        .map((e) => e.textContent ?? '')
        .filter((t) => t.includes('•••'))
        .map((t) => /^line (\d+)/.exec(t)?.[1]),
    );
    expect(shown.size).toBeGreaterThanOrEqual(SAMPLES.length);
    expectNoSecret('the screen', screenText());
    expect(results).toHaveTextContent('password authentication failed for user "app"');
    expect(results).toHaveTextContent(/(?:services|webhooks|webhookb2)\/•••/);

    const download = within(results).getByRole('link', { name: 'Download results (.md)' });
    const md = decodeURIComponent(download.getAttribute('href')!.replace(/^data:text\/markdown;charset=utf-8,/, ''));
    expect(md).toContain('•••');
    expectNoSecret('the Markdown', md);
    await user.click(within(results).getByRole('button', { name: 'Copy results (Markdown)' }));
    expectNoSecret('the copied Markdown', await navigator.clipboard.readText());

    // The cause the log leads to, then expert help: the report quotes the masked lines.
    await user.click(within(results).getByRole('link', { name: /^Open the most likely cause/ }));
    expect(location()).toMatch(/\/en\/cause\/[^/]+\/\?log=/);
    for (let i = 0; i < 8 && !location().includes('help=1'); i++) await user.click(screen.getByRole('link', { name: 'No, still failing' }));
    const help = await screen.findByRole('region', { name: 'Get expert help' });
    const report = await waitFor(() => {
      const text = help.querySelector('[data-report]')?.textContent ?? '';
      expect(text).toContain('## Log evidence (secrets masked)');
      return text;
    });
    expect(report).toContain('•••');
    expectNoSecret('the escalation report', report);
    expectNoSecret(
      'the escalation report download',
      decodeURIComponent(within(help).getByRole('link', { name: 'Download report (.md)' }).getAttribute('href')!),
    );
    expectNoSecret('the page', screenText());
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

const LOG = [
  '2025-03-12 10:00:01 INFO booting worker pid=412 password=hunter2',
  '2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device: \'/var/lib/app/sessions/abc\'',
  '<img src=x onerror=alert(1)> contact ops@example.com',
].join('\n');

async function pasteAndAnalyze(text: string) {
  const utils = renderAt('/en/log/');
  const field = await screen.findByLabelText('Log lines');
  fireEvent.change(field, { target: { value: text } });
  await utils.user.click(screen.getByRole('button', { name: 'Find the cause' }));
  return utils;
}

describe('paste a log', () => {
  it('ranks the likely cause with the matched line highlighted and explained, secrets masked', async () => {
    await pasteAndAnalyze(LOG);
    const results = await screen.findByRole('region', { name: /likely cause/ });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('The disk is full');
    expect(first).toHaveTextContent('Resource shortage');
    const mark = first.querySelector('mark');
    expect(mark?.textContent).toMatch(/No space left on device/i);
    expect(first).toHaveTextContent('line 2');
    expect(results).not.toHaveTextContent('hunter2');
    expect(document.querySelector('main img')).toBeNull();
  });

  it('continues into the wizard: the person answers the symptoms, the log answers the rest', async () => {
    const { user, location } = await pasteAndAnalyze(LOG);
    await user.click(await screen.findByRole('link', { name: 'Go on to the questions: the log answers what it can' }));
    // The first question the log cannot answer.
    expect(location()).toBe('/en/q/after-change/?log=disk-full');
    expect(screen.queryByText('Suggested by your log')).toBeNull();
    await user.click(screen.getByRole('link', { name: /^No/ }));
    expect(location()).toBe('/en/q/pattern/?a=after-change.no&log=disk-full');
    await user.click(screen.getByRole('link', { name: /^Every time/ }));
    await user.click(screen.getByRole('link', { name: /^Every page/ }));
    // "What does the error log say?" and "Which message is closest?" were answered from the log.
    expect(location()).toBe('/en/cause/disk-full/?a=after-change.no~pattern.every-time~scope.every-page~log-everything.resource~resource-which.disk&log=disk-full');
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getAllByText('Answered from your log')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Why we think so' })).toHaveTextContent('Your pasted log points here');
  });

  it('exports the results as Markdown with the secrets masked', async () => {
    await pasteAndAnalyze(LOG);
    const download = await screen.findByRole('link', { name: 'Download results (.md)' });
    const md = decodeURIComponent(download.getAttribute('href')!.replace(/^data:text\/markdown;charset=utf-8,/, ''));
    expect(md).toMatch(/^# HTTP 500 log analysis/);
    expect(md).toContain('## 1. The disk is full (Resource shortage)');
    expect(md).toContain('No space left on device');
    expect(md).not.toContain('hunter2');
    expect(screen.getByRole('button', { name: 'Copy results (Markdown)' })).toBeInTheDocument();
  });

  it('marks the answer the log points to on the error-log question', () => {
    renderAt('/en/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page&log=disk-full');
    const suggested = screen.getByText('Suggested by your log').closest('a');
    expect(suggested).toHaveAttribute('data-answer', 'resource');
    expect(suggested?.getAttribute('href')).toContain('log=disk-full');
  });

  it('ignores a log hint that is not a cause', () => {
    renderAt('/en/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page&log=<b>x</b>');
    expect(screen.queryByText('Suggested by your log')).toBeNull();
    const answers = [...document.querySelectorAll('a[data-answer]')];
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.getAttribute('href')?.includes('log='))).toBe(false);
  });

  it('says so when nothing is recognised', async () => {
    await pasteAndAnalyze('GET / 200 OK\nall good here');
    expect(await screen.findByText(/No known error message found/)).toBeInTheDocument();
  });
});

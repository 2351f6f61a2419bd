import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

const LOG = [
  '2025-03-12 10:00:01 INFO booting worker pid=412 password=hunter2',
  "2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device: '/var/lib/app/sessions/abc'",
  '<img src=x onerror=alert(1)> contact ops@example.com',
].join('\n');

async function pasteAndAnalyze(text: string) {
  const utils = renderAt('/en/log/');
  const field = await screen.findByLabelText('Log lines');
  fireEvent.change(field, { target: { value: text } });
  await utils.user.click(screen.getByRole('button', { name: 'Find the cause' }));
  return utils;
}

const walkReady = () => waitFor(() => expect(document.querySelector('[data-walk="ready"]')).not.toBeNull());

describe('paste a log', () => {
  it("ranks every family on the app's confidence scale, with the matched line highlighted and the rule that fired, secrets masked", async () => {
    await pasteAndAnalyze(LOG);
    const results = await screen.findByRole('region', { name: /^Most likely: Resource shortage/ });
    expect(results).toHaveTextContent(/Likely · about \d in 10/);
    const families = within(results)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-family'));
    expect(families.map((li) => li.getAttribute('data-family'))).toHaveLength(6);
    const first = families[0]!;
    expect(first).toHaveTextContent('Resource shortage');
    expect(first).toHaveTextContent('The disk is full');
    const mark = first.querySelector('mark');
    expect(mark?.textContent).toMatch(/No space left on device|Errno 28/i);
    expect(first).toHaveTextContent('line 2');
    expect(first.querySelector('[data-rule]')?.textContent).toMatch(/rule: (errno:ENOSPC|signature:)/);
    expect(results).not.toHaveTextContent('hunter2');
    expect(document.querySelector('main img')).toBeNull();
  });

  it("opens the cause with the log's evidence: the cause page ranks the same way and shows the alternatives", async () => {
    const { user, location } = await pasteAndAnalyze(LOG);
    await user.click(await screen.findByRole('link', { name: /^Open the most likely cause: The disk is full/ }));
    expect(location()).toMatch(/^\/en\/cause\/disk-full\/\?log=resource-exhaustion\.\d+~disk-full\.\d+$/);
    expect(screen.getByRole('region', { name: 'Why we think so' })).toHaveTextContent(/Likely · about \d in 10/);
    expect(screen.getByRole('region', { name: 'Why we think so' })).toHaveTextContent('Your pasted log');
    expect(within(screen.getByRole('region', { name: 'Other causes to check' })).getAllByRole('listitem').length).toBeGreaterThan(1);
    expect(screen.queryByText(/Opened without answers or a log/)).toBeNull();
  });

  it('continues into the wizard: the person answers the symptoms, the log answers the rest, marked', async () => {
    const { user, location } = await pasteAndAnalyze(LOG);
    await user.click(await screen.findByRole('link', { name: 'Go on to the questions: the log answers what it can' }));
    expect(location()).toMatch(/^\/en\/q\/after-change\/\?log=resource-exhaustion\.\d+~disk-full\.\d+$/);
    // The person answers whatever symptom question the walk asks; the log answers the rest.
    const mine: Record<string, RegExp> = { 'after-change': /^No/, pattern: /^Every time/, scope: /^Every page/, 'under-load': /^No/, 'restart-helps': /^No/ };
    const asked: string[] = [];
    for (let i = 0; i < 8 && !location().includes('/cause/'); i++) {
      await walkReady();
      const question = /\/q\/([^/]+)\//.exec(location())![1]!;
      asked.push(question);
      expect(mine, `the log should have answered ${question}`).toHaveProperty(question);
      await user.click(screen.getByRole('link', { name: mine[question]! }));
    }
    expect(location()).toMatch(/^\/en\/cause\/disk-full\//);
    expect(asked[0]).toBe('after-change');
    // "What kind of error does the log show?" and "What ran out?" were answered from the log on the way.
    expect(location()).toContain('log-everything.resource~resource-which.disk');
    const answers = screen.getByRole('region', { name: 'Your answers' });
    await waitFor(() => expect(within(answers).getAllByText('Answered from your log')).toHaveLength(2));
  });

  it('exports the results as Markdown: families with how sure, the lines with their rule, secrets masked', async () => {
    await pasteAndAnalyze(LOG);
    const download = await screen.findByRole('link', { name: 'Download results (.md)' });
    const md = decodeURIComponent(download.getAttribute('href')!.replace(/^data:text\/markdown;charset=utf-8,/, ''));
    expect(md).toMatch(/^# HTTP 500 log analysis/);
    expect(md).toMatch(/## 1\. Resource shortage — Likely · about \d in 10\n\nThe disk is full/);
    expect(md).toMatch(/line 2 \(rule: `[a-z0-9:-]+`\)/i);
    expect(md).toContain('No space left on device');
    expect(md).not.toContain('hunter2');
    expect(screen.getByRole('button', { name: 'Copy results (Markdown)' })).toBeInTheDocument();
  });

  it('marks the answer the log points to on the error-log question', async () => {
    renderAt('/en/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page&log=disk-full');
    const suggested = (await screen.findByText('Suggested by your log')).closest('a');
    expect(suggested).toHaveAttribute('data-answer', 'resource');
    expect(suggested?.getAttribute('href')).toContain('log=disk-full');
  });

  it('ignores a log value that is not ids and numbers', async () => {
    renderAt('/en/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page&log=<b>x</b>');
    await walkReady();
    expect(screen.queryByText('Suggested by your log')).toBeNull();
    const answers = [...document.querySelectorAll('a[data-answer]')];
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.getAttribute('href')?.includes('log='))).toBe(false);
  });

  it('says so when there is no error at all, and leads on to the questions', async () => {
    const { user, location } = await pasteAndAnalyze('GET / 200 OK\nall good here');
    expect(await screen.findByRole('heading', { name: 'No error found in this text' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Answer the questions instead' }));
    expect(location()).toBe('/en/q/after-change/');
  });

  it('an error it does not recognise still gets the questions, said plainly', async () => {
    await pasteAndAnalyze('2025-03-12 10:00:02 ERROR the frobnicator declined');
    expect(await screen.findByRole('heading', { name: 'An error, but not one we recognise' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the questions instead' })).toBeInTheDocument();
  });

  it('a line that only says that something failed tells what to look for next', async () => {
    await pasteAndAnalyze('[2024-05-02 10:00:00 +0000] [7] [ERROR] Worker failed to boot.');
    const look = await screen.findByRole('heading', { name: 'What to look for next' });
    expect(look.parentElement).toHaveTextContent(/traceback|above|earlier/i);
  });

  it('says there is nothing to read when the field holds only whitespace, instead of a button that does nothing', async () => {
    await pasteAndAnalyze('  \n\t\n   ');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no text to read: the field is empty or holds only spaces and line breaks.');
    expect(document.querySelector('[data-results]')).toBeNull();
  });

  it('keeps a big paste out of the text box: its size and first lines show, and all of it is read', async () => {
    const { user } = renderAt('/en/log/');
    const field = await screen.findByLabelText('Log lines');
    const big = `${'2025-03-12 10:00:00 INFO request served in 12 ms, nothing to see here\n'.repeat(3000)}2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device\n`;
    fireEvent.paste(field, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? big : '') } });
    const group = await screen.findByRole('group', { name: /Log lines/ });
    expect(group).toHaveTextContent('210 KB, 3,001 lines — showing the first 200.');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(group.querySelector('pre')?.textContent?.split('\n')).toHaveLength(201);
    await user.click(screen.getByRole('button', { name: 'Find the cause' }));
    // The error is on the last line, far past the preview: the whole text was read.
    expect(await screen.findByRole('region', { name: /^Most likely: Resource shortage/ })).toHaveTextContent('line 3001');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(await screen.findByLabelText('Log lines')).toHaveValue('');
  });

  it('a big paste of only whitespace says so at once', async () => {
    renderAt('/en/log/');
    const field = await screen.findByLabelText('Log lines');
    fireEvent.paste(field, { clipboardData: { getData: () => ' \n'.repeat(200_000) } });
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no text to read');
    expect(screen.getByRole('group', { name: /Log lines/ })).toHaveTextContent('400 KB, 200,000 lines');
  });

  it('says when only part of the text was read, also when nothing matched', async () => {
    await pasteAndAnalyze('all good\n'.repeat(1_000_005));
    expect(await screen.findByRole('heading', { name: 'No error found in this text' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText('Only the first 1,000,000 lines were read.')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

const A = 'after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk';

describe('did this fix it?', () => {
  it('no → the next most likely causes, keeping what was tried, then expert help with a report', async () => {
    const { user, location } = renderAt(`/en/cause/disk-full/?a=${A}`);
    const outcome = () => screen.getByRole('region', { name: 'Did this fix it?' });
    expect(within(outcome()).getByText(/Next most likely:/)).toBeInTheDocument();

    // The next try is the best cause of another family, not a sibling of the disk.
    const next = within(outcome()).getByRole('link', { name: 'No, still failing' }).getAttribute('data-next')!;
    await user.click(within(outcome()).getByRole('link', { name: 'No, still failing' }));
    expect(location()).toMatch(new RegExp(`^/en/cause/${next}/\\?a=${A}&tried=disk-full$`));
    expect(screen.getByText(/Already tried without success: The disk is full/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('The disk is full');
    expect(screen.getByText('Next to try')).toBeInTheDocument();

    await user.click(within(outcome()).getByRole('link', { name: 'No, still failing' }));
    expect(location()).toContain(`&tried=disk-full~${next}`);

    await user.click(within(outcome()).getByRole('link', { name: 'No, still failing' }));
    expect(location()).toContain('&help=1');
    const help = screen.getByRole('region', { name: 'Get expert help' });
    const report = help.querySelector('[data-report]')?.textContent ?? '';
    expect(report).toContain('# HTTP 500 escalation report');
    expect(report).toContain('## Causes tried without success');
    expect(report).toContain('- The disk is full (Resource shortage)');
    expect(report).toMatch(/6\. What ran out\? — \*\*No space left on device/);
    expect(report).toMatch(/## Causes considered, best-ranked first\n\n1\. [^\n]+ — (Very likely|Likely|Possible|Less likely|Unlikely) · /);
    await user.click(within(help).getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).toBe(report);
    expect(within(help).getByRole('link', { name: 'Download report (.md)' })).toHaveAttribute('download');
  });

  it('yes → a prevention checklist for this cause and in general', async () => {
    const { user, location } = renderAt(`/ko/cause/disk-full/?a=${A}`);
    await user.click(screen.getByRole('link', { name: '예, 해결됐습니다' }));
    expect(location()).toContain('&fixed=1');
    const fixed = screen.getByRole('region', { name: '해결됐습니다. 이제 재발을 막으세요' });
    expect(fixed).toHaveTextContent('80%');
    expect(fixed).toHaveTextContent('스테이징');
  });

  it('a stale "tried" list is read as far as it names causes: the page still shows the cause with its answers', () => {
    renderAt(`/en/cause/memory-limit/?a=${A}&tried=not-a-cause`);
    expect(screen.getByRole('heading', { level: 1, name: 'Out of memory' })).toBeInTheDocument();
    expect(screen.queryByText(/Already tried without success/)).toBeNull();
  });
});

describe('remedy checklist', () => {
  it('ticks steps, counts them, and keeps them for the next visit', async () => {
    const first = renderAt(`/en/cause/disk-full/?a=${A}`);
    expect(screen.getByTestId('steps-done')).toHaveTextContent(/^0 of \d+ steps done$/);
    const boxes = screen.getAllByRole('checkbox');
    await first.user.click(boxes[0]!);
    await first.user.click(boxes[2]!);
    expect(screen.getByTestId('steps-done')).toHaveTextContent(/^2 of/);
    expect(localStorage.getItem('triage500:checklist')).toContain('disk-full');
    first.unmount();
    renderAt('/en/cause/disk-full/');
    expect(screen.getAllByRole('checkbox')[0]).toBeChecked();
    expect(screen.getAllByRole('checkbox')[1]).not.toBeChecked();
  });
});

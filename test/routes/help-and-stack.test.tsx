import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberLogEvidence } from '../../src/store/log-evidence.ts';
import { setStack } from '../../src/store/preferences.ts';
import { renderAt } from './render-at.tsx';

const A = 'after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk';

afterEach(() => {
  act(() => {
    rememberLogEvidence([]);
    setStack('all');
  });
});

describe('the help panel', () => {
  it('shows the report as a document (headings and lists, not Markdown marks) with "Copy as Markdown" first', async () => {
    const { user } = renderAt(`/ko/cause/disk-full/?a=${A}&help=1`);
    const help = screen.getByRole('region', { name: '전문가에게 도움 요청하기' });
    const preview = within(help).getByRole('group', { name: '보고서 미리 보기' });
    expect(within(preview).getByRole('heading', { name: 'HTTP 500 에스컬레이션 보고서' })).toBeInTheDocument();
    expect(within(preview).getAllByRole('heading').length).toBeGreaterThan(3);
    expect(within(preview).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(preview.textContent).not.toMatch(/\*\*|^#|\n## /);
    expect(preview.querySelector('strong')).not.toBeNull();
    const buttons = within(help).getAllByRole('button');
    expect(buttons[0]).toHaveAccessibleName('Markdown으로 복사');
    await user.click(buttons[0]!);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# HTTP 500 에스컬레이션 보고서\n/);
    expect(copied).toContain('**');
    expect(help.querySelector('[data-report]')?.textContent).toBe(copied);
  });
});

describe('the stack', () => {
  it('is picked from the pasted log when it names one, and one tap changes it', async () => {
    act(() =>
      rememberLogEvidence(['line 1: 2026/12/04 03:12:01 [crit] 1234#1234: *56 pwrite() "/var/lib/nginx/body/0000000001" failed (28: No space left on device)']),
    );
    const { user } = renderAt(`/en/cause/disk-full/?a=${A}&log=disk-full`);
    const picker = screen.getByRole('group', { name: /^Show commands for/ });
    expect(picker).toHaveTextContent('picked from your log');
    expect(within(picker).getByRole('button', { name: 'nginx' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('docker system prune -f')).not.toBeVisible();
    await user.click(within(picker).getByRole('button', { name: 'All stacks' }));
    expect(within(picker).getByRole('button', { name: 'All stacks' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('docker system prune -f')).toBeVisible();
    expect(picker).not.toHaveTextContent('picked from your log');
  });

  it('without a log, is the one chosen before', () => {
    act(() => setStack('kubernetes'));
    renderAt(`/en/cause/disk-full/?a=${A}`);
    const picker = screen.getByRole('group', { name: /^Show commands for/ });
    expect(within(picker).getByRole('button', { name: 'Docker / Kubernetes' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('docker system prune -f')).toBeVisible();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

describe('search page', () => {
  it('shows results in the page language that link to the cause', async () => {
    const { user, location } = renderAt('/ko/search/?q=Permission%20denied');
    const input = await screen.findByLabelText('질문, 원인, 로그 메시지, 명령어 검색');
    expect(input).toHaveValue('Permission denied');
    // The index is its own chunk: results appear once it has loaded.
    await screen.findByText(/^결과 \d+개$/);
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-hit'));
    expect(items.length).toBeGreaterThan(0);
    expect(within(items[0]!).getByText('권한 문제')).toBeInTheDocument();
    await user.click(within(items[0]!).getByRole('link'));
    expect(location()).toMatch(/^\/ko\/cause\/[a-z-]+\/$/);
  });

  it('keeps the query in the URL as it is typed', async () => {
    const { location } = renderAt('/en/search/');
    fireEvent.change(await screen.findByLabelText(/^Search questions/), { target: { value: 'disk' } });
    expect(location()).toBe('/en/search/?q=disk');
    expect(await screen.findByRole('link', { name: 'The disk is full' })).toBeInTheDocument();
  });

  it('"디스크" lists the full disk first, the matched word marked, also inside a longer word', async () => {
    renderAt('/ko/search/?q=디스크');
    await screen.findByText(/^결과 \d+개$/);
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-hit'));
    expect(items[0]).toHaveAttribute('data-hit', 'disk-full');
    const link = within(items[0]!).getByRole('link', { name: '디스크가 가득 참' });
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['디스크']);
    const descriptors = items.find((li) => li.getAttribute('data-hit') === 'too-many-open-files');
    expect([...descriptors!.querySelectorAll('mark')].map((m) => m.textContent)).toContain('디스크');
    expect(descriptors!.textContent).toContain('파일 디스크립터');
  });

  it('marks English words too and shows the log line that matched', async () => {
    renderAt('/en/search/?q=enospc');
    await screen.findByText(/^\d+ results?$/);
    const hit = screen.getAllByRole('listitem').find((li) => li.getAttribute('data-hit') === 'disk-full')!;
    expect(hit.querySelector('[data-excerpt]')?.textContent).toContain('ENOSPC: no space left on device');
    expect(hit.querySelector('[data-excerpt] mark')?.textContent).toBe('ENOSPC');
  });

  it('opens from anywhere with "/"', async () => {
    const { user, location } = renderAt('/en/q/scope/');
    await user.keyboard('/');
    expect(location()).toBe('/en/search/');
  });
});

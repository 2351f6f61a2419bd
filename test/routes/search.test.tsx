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

  it('opens from anywhere with "/"', async () => {
    const { user, location } = renderAt('/en/q/scope/');
    await user.keyboard('/');
    expect(location()).toBe('/en/search/');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

describe('map page', () => {
  it('opens from the start page too', async () => {
    const { user, location } = renderAt('/en/');
    await user.click(screen.getByRole('link', { name: 'See every question and cause on one map (printable runbook)' }));
    expect(location()).toBe('/en/map/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Map of every step' })).toBeInTheDocument();
  });

  it('opens from a step with the answers and the step, and marks them', async () => {
    const { user, location } = renderAt('/ko/q/scope/?a=after-change.no~pattern.every-time');
    await user.click(screen.getByRole('link', { name: '모든 질문과 원인 지도' }));
    expect(location()).toBe('/ko/map/?a=after-change.no~pattern.every-time&at=scope');
    const node = (await screen.findAllByText('지금 여기')).map((el) => el.closest('[data-node]')).find((n) => n !== null);
    expect(node?.getAttribute('data-node')).toBe('scope');
    expect(within(node as HTMLElement).getByRole('link', { current: 'step' })).toHaveTextContent('모든 페이지에서 실패하나요');
    expect(screen.getAllByText('내 답')).toHaveLength(2);
  });

  it('starts with the way the person came: each answer a jump to its place on the map, then the step', async () => {
    renderAt('/ko/map/?a=after-change.no~pattern.every-time&at=scope');
    const way = await screen.findByRole('region', { name: '여기까지 온 길' });
    const items = within(way).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/Q1 .+ — 아니요/);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '#map-after-change');
    expect(within(items[2]!).getByRole('link')).toHaveAttribute('href', '#map-scope');
    expect(items[2]).toHaveTextContent('지금 여기');
    // It comes before the map itself.
    expect(way.compareDocumentPosition(screen.getByRole('list', { name: '전체 단계 지도' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('links each node to its step, and back to where the person was', async () => {
    const { user, location } = renderAt('/en/map/?at=disk-full');
    const node = (await screen.findByRole('link', { name: 'The disk is full', current: 'step' })).closest('[data-node]');
    expect(node?.getAttribute('data-node')).toBe('disk-full');
    await user.click(screen.getByRole('link', { name: 'Back to your step' }));
    expect(location()).toBe('/en/cause/disk-full/');
  });
});

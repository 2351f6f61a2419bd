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
    const here = await screen.findByText('지금 여기');
    const node = here.closest('[data-node]');
    expect(node?.getAttribute('data-node')).toBe('scope');
    expect(within(node as HTMLElement).getByRole('link', { current: 'step' })).toHaveTextContent('모든 페이지에서 실패하나요');
    expect(screen.getAllByText('내 답')).toHaveLength(2);
  });

  it('links each node to its step, and back to where the person was', async () => {
    const { user, location } = renderAt('/en/map/?at=disk-full');
    const node = (await screen.findByRole('link', { name: 'The disk is full', current: 'step' })).closest('[data-node]');
    expect(node?.getAttribute('data-node')).toBe('disk-full');
    await user.click(screen.getByRole('link', { name: 'Back to your step' }));
    expect(location()).toBe('/en/cause/disk-full/');
  });
});

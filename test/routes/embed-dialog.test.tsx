import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

const A = 'after-change.no~pattern.every-time';

describe('the embed dialog', () => {
  it('opens from a step, builds snippets from the choices, copies one, and gives focus back when closed', async () => {
    const { user } = renderAt(`/en/q/scope/?a=${A}`);
    const opener = screen.getByRole('button', { name: 'Embed this step in a wiki page' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Embed in a wiki page' });
    const code = (format: string) => dialog.querySelector(`[data-snippet="${format}"]`)?.textContent ?? '';

    // This step, page language, auto theme, 600 px.
    expect(code('html')).toContain(`/en/q/scope/?a=${A}&amp;embed=1"`);
    expect(code('html')).toContain('height:600px');
    expect(code('html')).toMatch(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
    expect(code('confluence')).not.toContain('<script');
    expect(code('mediawiki')).toMatch(/^<triage500 src="[^"]+\/en\/q\/scope\/\?a=[^"]+" height="600" \/>$/);

    await user.selectOptions(within(dialog).getByLabelText('Language'), 'ko');
    await user.selectOptions(within(dialog).getByLabelText('Theme'), 'dark');
    expect(code('html')).toContain(`/ko/q/scope/?a=${A}&amp;embed=1&amp;theme=dark"`);
    await user.click(within(dialog).getByRole('radio', { name: 'The beginning' }));
    expect(code('html')).toContain('/ko/?embed=1&amp;theme=dark"');
    const height = within(dialog).getByRole('spinbutton', { name: /Height/ });
    await user.clear(height);
    await user.type(height, '450');
    expect(code('html')).toContain('height:450px');
    expect(code('confluence')).toContain('height="450"');
    expect(within(dialog).getByRole('link', { name: /Preview in a new tab/ })).toHaveAttribute('href', expect.stringMatching(/\/ko\/\?embed=1&theme=dark$/));

    // The test page is served over http: Notion would refuse it, and the dialog says so.
    expect(dialog.querySelector('[data-snippet="notion"]')).toBeNull();
    expect(within(dialog).getByText(/Notion only embeds https addresses/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Copy the Plain HTML snippet' }));
    expect(await navigator.clipboard.readText()).toBe(code('html'));
    expect(within(dialog).getAllByText('Snippet copied.').length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('speaks Korean on a Korean page', async () => {
    const { user } = renderAt('/ko/q/after-change/');
    await user.click(screen.getByRole('button', { name: '이 단계를 위키 페이지에 임베드' }));
    const dialog = await screen.findByRole('dialog', { name: '위키 페이지에 임베드' });
    expect(within(dialog).getByRole('radio', { name: '이 단계' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: '일반 HTML 코드 복사' })).toBeInTheDocument();
  });
});

describe('copy diagnosis as Markdown', () => {
  it('copies the cause, the answers and the remedy with the ticked steps', async () => {
    const D = 'after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk';
    const { user } = renderAt(`/en/cause/disk-full/?a=${D}`);
    const first = screen.getAllByRole('checkbox')[0];
    if (!first) throw new Error('no remedy steps');
    await user.click(first);
    await user.click(screen.getByRole('button', { name: 'Copy diagnosis as Markdown' }));
    const md = await navigator.clipboard.readText();
    expect(md).toMatch(/^# HTTP 500 diagnosis: The disk is full\n/);
    expect(md).toContain('**Likely cause:** The disk is full (Resource shortage)');
    expect(md).toMatch(/\*\*How sure:\*\* Very likely · (about 9|more than 9) in 10/);
    expect(md).toMatch(/\n6\. What ran out\? — \*\*No space left on device/);
    expect(md).toMatch(/## Other causes to check\n\n- [^\n]+ \((?!Resource shortage)[^)]+\) — /);
    expect(md).toMatch(/### 1\. [^\n]+\n\n- \[x\] /); // the ticked first step
    expect(md.match(/- \[x\]/g)).toHaveLength(1);
    expect(md).toContain(`/en/cause/disk-full/?a=${D}>`);
    expect(screen.getByText('Diagnosis copied as Markdown.', { selector: '[role=status]' })).toBeInTheDocument();
  });

  it('says which sandbox tokens each feature needs, and that forms are not one of them', async () => {
    const { user } = renderAt('/en/log/');
    await user.click(await screen.findByRole('button', { name: 'Embed this step in a wiki page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed in a wiki page' });
    const section = within(dialog).getByRole('region', { name: 'If your wiki sandboxes the frame' });
    const tokens = within(section)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(tokens).toEqual(['allow-scripts', 'allow-same-origin', 'allow-popups allow-popups-to-escape-sandbox', 'allow-downloads']);
    expect(within(section).getAllByRole('definition')[2]).toHaveTextContent('"Open full page" opens in the frame itself');
    expect(section).toHaveTextContent('Not needed: allow-forms');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.tsx';

describe('start page', () => {
  it('says how to stop the bleeding before the diagnosis starts', () => {
    renderAt('/en/');
    expect(screen.getByRole('heading', { level: 1, name: 'HTTP 500 Internal Server Error' })).toBeInTheDocument();
    const mitigate = screen.getByRole('region', { name: 'Stop the bleeding first' });
    expect(within(mitigate).getByText(/Roll back/i)).toBeInTheDocument();
    expect(within(mitigate).getByText(/stop-gap/i)).toBeInTheDocument();
    const start = screen.getByRole('link', { name: 'Start diagnosis' });
    expect(start).toHaveAttribute('href', '/en/q/after-change/');
    expect(screen.getByRole('region', { name: 'What the status codes mean' })).toHaveTextContent('502');
    expect(screen.getByRole('region', { name: 'Prevention checklist' })).toHaveTextContent(/backup/i);
  });

  it('is in Korean at /ko/, with a link to the same page in English', () => {
    renderAt('/ko/');
    expect(screen.getByRole('heading', { level: 1, name: 'HTTP 500 내부 서버 오류' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '진단 시작하기' })).toHaveAttribute('href', '/ko/q/after-change/');
    expect(screen.getByRole('link', { name: 'English — view this page in English' })).toHaveAttribute('href', '/en/');
  });
});

describe('question step', () => {
  it('shows one question with big answer links, progress and "I\'m not sure"', async () => {
    const { user, location } = renderAt('/en/q/after-change/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Did the errors start right after a deploy');
    expect(screen.getByText(/^Question 1 of \d+–\d+$/)).toBeInTheDocument();
    expect(screen.getByText('Not sure? How to find out')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /^No/ }));
    expect(location()).toBe('/en/q/pattern/?a=after-change.no');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Does every request fail');
    expect(screen.getByText(/^Question 2 of/)).toBeInTheDocument();
  });

  it('answers with number keys', async () => {
    const { user, location } = renderAt('/en/q/pattern/?a=after-change.no');
    await user.keyboard('2');
    expect(location()).toBe('/en/q/under-load/?a=after-change.no~pattern.sometimes');
    await user.keyboard('3'); // "I'm not sure" is the last option
    expect(location()).toBe('/en/q/restart-helps/?a=after-change.no~pattern.sometimes~under-load.unsure');
  });

  it('lists the answers so far, each with a way to change it', async () => {
    const { user, location } = renderAt('/en/q/under-load/?a=after-change.no~pattern.sometimes');
    const trail = screen.getByRole('region', { name: 'Your answers' });
    const items = within(trail).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('Only sometimes');
    await user.click(within(trail).getByRole('link', { name: /Change your answer to: Does every request fail/ }));
    expect(location()).toBe('/en/q/pattern/?a=after-change.no');
  });

  it('goes back one step and starts over', async () => {
    const { user, location } = renderAt('/en/q/under-load/?a=after-change.no~pattern.sometimes');
    await user.click(screen.getByRole('link', { name: /Back/ }));
    expect(location()).toBe('/en/q/pattern/?a=after-change.no');
    await user.click(screen.getByRole('link', { name: 'Start over' }));
    expect(location()).toBe('/en/');
  });
});

describe('the walk', () => {
  /** Answers link where the engine says once its chunk has loaded (before that, where the tree's author sent them). */
  const walkReady = () => waitFor(() => expect(document.querySelector('[data-walk="ready"]')).not.toBeNull());

  it('the first question, reached from "Start diagnosis", says nothing about being opened directly', async () => {
    const { user } = renderAt('/en/');
    await user.click(screen.getByRole('link', { name: 'Start diagnosis' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Did the errors start right after a deploy');
    expect(screen.queryByText(/opened (this step )?directly|Opened without/i)).toBeNull();
  });

  it('a question opened on its own is a starting point: answering it goes on from there', async () => {
    const { user, location } = renderAt('/en/q/scope/');
    expect(screen.getByText('Opened without earlier answers.')).toBeInTheDocument();
    await walkReady();
    await user.click(screen.getByRole('link', { name: /^Every page/ }));
    expect(location()).toMatch(/^\/en\/(q|cause)\/[a-z-]+\/\?a=scope\.every-page/);
    expect(screen.queryByText("This link doesn't match the current questions")).toBeNull();
  });

  it('"What changed?" takes several answers', async () => {
    const { user, location } = renderAt('/en/q/what-changed/?a=after-change.yes');
    await walkReady();
    const go = screen.getByRole('link', { name: 'Continue' });
    expect(go).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('checkbox', { name: /^New code/ }));
    await user.click(screen.getByRole('checkbox', { name: /^The runtime or platform changed/ }));
    await user.click(screen.getByRole('link', { name: 'Continue' }));
    expect(location()).toMatch(/a=after-change\.yes~what-changed\.code\+runtime/);
    // Both answers are listed among the answers so far, and the next page is a step, not a broken link.
    const answers = await screen.findByRole('region', { name: 'Your answers' });
    await waitFor(() => expect(answers).toHaveTextContent(/New code.*The runtime or platform changed/));
    expect(screen.queryByText("This link doesn't match the current questions")).toBeNull();
  });

  it('after "not sure" about the log, never asks which log message it was', async () => {
    const { user, location } = renderAt('/en/q/log-after-change/?a=after-change.yes~what-changed.code');
    await walkReady();
    await user.click(screen.getByRole('link', { name: /^I'm not sure/ }));
    for (let i = 0; i < 8 && location().includes('/q/'); i++) {
      expect(screen.getByRole('heading', { level: 1 }).textContent).not.toMatch(/closest|What ran out|What is missing|Which service/);
      await walkReady();
      await user.click(screen.getByRole('link', { name: /^I'm not sure/ }));
    }
    expect(location()).toMatch(/^\/en\/cause\//);
  });
});

describe('result step', () => {
  const url = '/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk';

  it('shows the cause, its family with a label, the answers that led here and the remedy in order', () => {
    renderAt(url);
    expect(screen.getByRole('heading', { level: 1, name: 'The disk is full' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).parentElement!.querySelector('[data-family]')).toHaveTextContent('Resource shortage');
    const phases = within(screen.getByRole('region', { name: 'What to do, in this order' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(phases).toEqual(['1Stop the bleeding', '2Confirm the cause', '3Fix it', '4Keep it from coming back']);
    expect(within(screen.getByRole('region', { name: 'Your answers' })).getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByText('df -h && df -i')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Copy command/ }).length).toBeGreaterThan(2);
    expect(screen.getByRole('button', { name: 'Copy link to this diagnosis' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Prevention checklist' })).toHaveTextContent(/staging/);
    expect(within(screen.getByRole('region', { name: 'Did this fix it?' })).getByRole('button', { name: 'Copy link to this diagnosis' })).toBeInTheDocument();
  });

  it('says how sure in words and why, and lists causes of other families to check, with links that keep the answers', async () => {
    const { user, location } = renderAt(url);
    expect(screen.getByText('Most likely cause')).toBeInTheDocument();
    const why = screen.getByRole('region', { name: 'Why we think so' });
    expect(why).toHaveTextContent(/Very likely · (about 9|more than 9) in 10/);
    expect(
      within(within(why).getByRole('heading', { name: 'Points to it' }).parentElement!).getByText(/Do the errors grow when traffic is high\?/),
    ).toBeInTheDocument();
    const others = screen.getByRole('region', { name: 'Other causes to check' });
    const items = within(others).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    // The first alternative is from another family than the disk (a resource shortage).
    expect(items[0]!.querySelector('[data-family]')?.getAttribute('data-family')).not.toBe('resource-exhaustion');
    expect(items.map((i) => i.textContent)).not.toContain('The disk is full');
    // Deterministic: the same URL ranks the same way.
    const links = within(others).getAllByRole('link');
    const order = links.map((l) => l.getAttribute('href'));
    await user.click(links[0]!);
    expect(location()).toMatch(/^\/en\/cause\/[a-z-]+\/\?a=after-change\.no~.*~resource-which\.disk$/);
    expect(screen.getByText('Another possible cause')).toBeInTheDocument();
    renderAt(url);
    expect(
      within(screen.getAllByRole('region', { name: 'Other causes to check' }).at(-1)!)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(order);
  });

  it('when several causes fit, says so and shows the first check of each side by side, not "likely"', async () => {
    renderAt('/en/cause/unhandled-exception/?a=after-change.unsure~pattern.unsure~scope.unsure~log-everything.unsure');
    const several = screen.getByRole('region', { name: /causes tell|Not enough to go on yet/ });
    const candidates = within(several).getAllByRole('listitem');
    expect(candidates).toHaveLength(3);
    expect(new Set(candidates.map((c) => c.querySelector('[data-family]')?.getAttribute('data-family'))).size).toBe(3);
    // Each candidate's first "confirm the cause" step, once its details arrive.
    for (const c of candidates) expect(await within(c).findByText(/./, { selector: 'h4 + p' })).toBeInTheDocument();
    expect(screen.queryByText('Most likely cause')).toBeNull();
    expect(screen.getByText('One of several that fit')).toBeInTheDocument();
  });

  it('a cause opened on its own says it cannot tell how likely it is, and offers the questions and the log reader', () => {
    renderAt('/en/cause/disk-full/');
    const note = screen.getByText(/Opened without answers or a log/);
    expect(within(note).getByRole('link', { name: 'Answer the questions' })).toHaveAttribute('href', '/en/q/after-change/');
    expect(within(note).getByRole('link', { name: 'Paste a log' })).toHaveAttribute('href', '/en/log/');
    expect(screen.queryByRole('region', { name: 'Why we think so' })).toBeNull();
  });

  it('copies a command to the clipboard and says so', async () => {
    const { user } = renderAt(url);
    const [first] = screen.getAllByRole('button', { name: /^Copy command/ });
    await user.click(first!);
    expect(await navigator.clipboard.readText()).toBe("sudo find /var/log -name '*.gz' -mtime +7 -delete");
    expect(within(first!.parentElement!).getByRole('status')).toHaveTextContent('Copied');
  });

  it('filters commands by the chosen stack and keeps generic shell commands', async () => {
    const { user } = renderAt(url);
    expect(screen.getByText('docker system prune -f')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Show commands for' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'nginx' }));
    expect(screen.getByRole('button', { name: 'nginx' })).toHaveAttribute('aria-pressed', 'true');
    // The other stacks' commands fold away under "Other stacks (n)".
    expect(screen.getByText('docker system prune -f')).not.toBeVisible();
    expect(screen.getAllByText(/^Other stacks \(\d+\)$/).length).toBeGreaterThan(0);
    expect(screen.getByText('df -h && df -i')).toBeInTheDocument();
    expect(screen.getByText(/no space left' \/var\/log\/nginx/)).toBeInTheDocument();
  });

  it('shows the same diagnosis in Korean', () => {
    renderAt(url.replace('/en/', '/ko/'));
    expect(screen.getByRole('heading', { level: 1, name: '디스크가 가득 참' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).parentElement!.querySelector('[data-family]')).toHaveTextContent('자원 부족');
    expect(screen.getByRole('region', { name: '이렇게 판단한 이유' })).toHaveTextContent('트래픽이 많을 때 오류가 늘어나나요?');
    expect(screen.getByRole('heading', { name: /급한 불 끄기/ })).toBeInTheDocument();
  });
});

describe('bad links', () => {
  it('recovers from a tampered answer: says what is wrong and offers to continue from the last valid step', async () => {
    const { user, location } = renderAt('/en/cause/disk-full/?a=after-change.no~pattern.bogus');
    expect(await screen.findByRole('heading', { level: 1, name: "This link doesn't match the current questions" })).toBeInTheDocument();
    expect(screen.getByText(/answer that this question does not offer/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Continue from: Does every request fail/ }));
    expect(location()).toBe('/en/q/pattern/?a=after-change.no');
  });

  it('offers the named step without its answers, and starting over', async () => {
    renderAt('/ko/cause/disk-full/?a=<img src=x onerror=alert(1)>');
    expect(await screen.findByRole('link', { name: /이전 답변 없이 "디스크가 가득 참" 열기/ })).toHaveAttribute('href', '/ko/cause/disk-full/');
    expect(screen.getByRole('link', { name: '처음부터 다시' })).toHaveAttribute('href', '/ko/');
    expect(document.querySelector('img')).toBeNull();
  });

  it('handles unknown steps and languages with a way forward', async () => {
    renderAt('/en/q/no-such-question/');
    expect(await screen.findByText(/does not exist/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start over' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown language', () => {
    renderAt('/fr/q/scope/');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /진단 시작하기/ })).toHaveAttribute('href', '/ko/');
  });
});

describe('root', () => {
  it('opens the start page in the browser language', () => {
    const { location } = renderAt('/');
    expect(location()).toMatch(/^\/(en|ko)\/$/);
  });
});

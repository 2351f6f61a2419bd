/**
 * Who hears the embed's messages (src/embed/embed.ts): any parent without a
 * list; with content/site.json "embed.parentOrigins", one copy per listed
 * origin, so the browser delivers it only to a parent of one of them.
 */
import { describe, expect, it } from 'vitest';
import { postToParent } from '../../src/embed/embed.ts';

/** A parent window that records each postMessage and its target origin. */
function fakeParent(refuse = false) {
  const sent: [unknown, string][] = [];
  const parent = {
    postMessage(message: unknown, origin: string) {
      if (refuse) throw new Error('SyntaxError');
      sent.push([message, origin]);
    },
  };
  // Only postMessage is used: a minimal stand-in for the parent window.
  return { parent: parent as unknown as Window, sent };
}

describe('embed messages to the parent page', () => {
  const message = { type: 'triage500:step', step: '/en/q/scope/', url: '/en/q/scope/?a=after-change.no' };

  it('without a list, go to any parent, as before', () => {
    const { parent, sent } = fakeParent();
    postToParent(message, [], parent);
    expect(sent).toEqual([[message, '*']]);
  });

  it('with a list, go once to each listed origin and never to "*"', () => {
    const { parent, sent } = fakeParent();
    postToParent(message, ['https://wiki.example.com', 'https://docs.example.com'], parent);
    expect(sent).toEqual([
      [message, 'https://wiki.example.com'],
      [message, 'https://docs.example.com'],
    ]);
  });

  it('are never sent when the app is not in a frame', () => {
    const { sent } = fakeParent();
    postToParent(message, [], window);
    expect(sent).toEqual([]);
  });

  it('a parent that refuses a message does not break the frame', () => {
    const { parent } = fakeParent(true);
    expect(() => postToParent(message, ['https://wiki.example.com'], parent)).not.toThrow();
  });
});

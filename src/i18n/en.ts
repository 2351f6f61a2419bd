/** The English strings of the shell, the start page and the questions (what every page needs); `Strings` is their shape, and Korean must match it. The heavier pages add ./en-pages.ts. */
import { LANG_NAMES } from './lang-names.ts';

export const en = {
  appName: 'Triage500',
  startTitle: 'HTTP 500 troubleshooting',
  skipToContent: 'Skip to content',
  langName: LANG_NAMES.en.name,
  switchLang: '한국어',
  switchLangLabel: '한국어 — 이 페이지를 한국어로 보기',
  themeLabel: 'Colour theme',
  themes: { system: 'Auto', light: 'Light', dark: 'Dark' },
  start: {
    heading: 'HTTP 500 Internal Server Error',
    button: LANG_NAMES.en.start,
    length: (min: number, max: number) => `${min === max ? min : `${min}–${max}`} short questions.`,
    families: 'Causes we look for',
  },
  question: {
    progress: (n: number, min: number, max: number) => (min === max ? `Question ${n} of ${max}` : `Question ${n} of ${min}–${max}`),
    unsure: "I'm not sure",
    unsureHint: 'Skip it; we will go on with the most likely branch.',
    howToFind: 'Not sure? How to find out',
    keysTip: (n: number) => `Tip: press 1–${n} to answer.`,
    next: 'Continue',
  },
  nav: {
    back: 'Back',
    startOver: 'Start over',
    home: 'Home',
  },
  trail: {
    heading: 'Your answers',
    change: 'Change',
    changeLabel: (question: string) => `Change your answer to: ${question}`,
    none: 'You opened this step directly, so there are no earlier answers.',
    unsure: 'Not sure',
    fromLog: 'Answered from your log',
  },
  invalid: {
    heading: "This link doesn't match the current questions",
    body: 'It may be from an older version of this guide, or it was changed by hand. Nothing is lost: pick a way forward.',
    startOver: 'Start over',
  },
  notFound: {
    heading: 'Page not found',
    body: 'This address is not part of Triage500. Start from the beginning, in either language:',
  },
  directNotice: 'Opened without earlier answers.',
  movedNotice: 'This link used an older name for this step; it now lives here.',
  embed: { openFull: 'Open full page' },
  embedDialog: {
    open: 'Embed',
    openLabel: 'Embed this step in a wiki page',
  },
  search: {
    link: 'Search',
    linkLabel: 'Search (press /)',
  },
  log: {
    title: 'Paste a log',
    cta: 'Have the error log? Paste it',
    ctaHint: 'We read it in your browser and point to the likely cause.',
    suggested: 'Suggested by your log',
  },
  footer: {
    version: (v: string) => `Content version ${v}`,
    license: 'Open source (MIT). Runs in your browser; nothing you do here is sent anywhere.',
  },
  announce: {
    question: (n: number, title: string) => `Question ${n}: ${title}`,
    cause: (title: string) => `Likely cause: ${title}`,
  },
  map: {
    link: 'Map',
    linkLabel: 'Map of every question and cause',
    startLink: 'See every question and cause on one map (printable runbook)',
  },
  update: {
    available: 'New content is available.',
    reload: 'Reload to update',
    dismiss: 'Later',
  },
};

export type Strings = typeof en;

/**
 * Every string the interface shows, in every language. `ko` is typed by `en`,
 * so a missing key fails the typecheck; test/ui/strings.test.ts checks the rest.
 * Content texts (questions, causes) live in content/, not here.
 */
import type { Lang, Phase, StackId } from '../engine/types.ts';

/** Stack names are product names, the same in every language, but for the generic shell. */
const stackNames = (anyShell: string): Record<StackId, string> => ({
  any: anyShell,
  nginx: 'nginx',
  apache: 'Apache',
  'php-fpm': 'PHP / PHP-FPM',
  node: 'Node.js',
  python: 'Python (gunicorn / uWSGI)',
  java: 'Java / Tomcat',
  dotnet: 'IIS / ASP.NET',
  kubernetes: 'Docker / Kubernetes',
  aws: 'AWS',
});

const en = {
  appName: 'Triage500',
  startTitle: 'HTTP 500 troubleshooting',
  skipToContent: 'Skip to content',
  langName: 'English',
  switchLang: '한국어',
  switchLangLabel: '한국어로 보기',
  themeLabel: 'Colour theme',
  themes: { system: 'Auto', light: 'Light', dark: 'Dark' },
  start: {
    heading: 'HTTP 500 Internal Server Error',
    button: 'Start diagnosis',
    length: (min: number, max: number) => `${min === max ? min : `${min}–${max}`} short questions.`,
    families: 'Causes we look for',
  },
  question: {
    progress: (n: number, min: number, max: number) =>
      min === max ? `Question ${n} of ${max}` : `Question ${n} of ${min}–${max}`,
    unsure: "I'm not sure",
    unsureHint: 'Skip it; we will go on with the most likely branch.',
    howToFind: 'Not sure? How to find out',
    keysTip: (n: number) => `Tip: press 1–${n} to answer.`,
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
    unsure: "Not sure",
  },
  cause: {
    likely: 'Likely cause',
    family: 'Cause family',
    why: 'Why this gives a 500',
    symptoms: 'How it shows itself',
    logLines: 'Typical log lines',
    remedy: 'What to do, in this order',
    phases: {
      mitigate: 'Stop the bleeding',
      confirm: 'Confirm the cause',
      fix: 'Fix it',
      prevent: 'Keep it from coming back',
    } satisfies Record<Phase, string>,
    stackPicker: 'Show commands for',
    allStacks: 'All stacks',
    share: 'Copy link to this diagnosis',
    shared: 'Link copied.',
    stillFailing: 'Still failing?',
    stillFailingBody:
      'Read the error log again for the first error; try the next most likely branch by changing an answer; and if it keeps coming back, ask an expert: an experienced developer or system administrator.',
    prevention: 'Prevention checklist',
  },
  command: {
    copy: 'Copy',
    copied: 'Copied',
    copyLabel: (what: string) => `Copy command: ${what}`,
    copyFailed: 'Copy failed: select the text and copy it by hand.',
  },
  invalid: {
    heading: "This link doesn't match the current questions",
    body: 'It may be from an older version of this guide, or it was changed by hand. Nothing is lost: pick a way forward.',
    problems: {
      MALFORMED: 'The answers in the link are not in a form this guide understands.',
      TOO_LONG: 'The link carries more answers than any path in this guide.',
      UNKNOWN_STEP: 'The step in the link does not exist (any more).',
      NOT_FROM_START: 'The answers in the link do not begin at the first question.',
      UNKNOWN_QUESTION: 'The link mentions a question that does not exist (any more).',
      UNKNOWN_ANSWER: 'The link holds an answer that this question does not offer (any more).',
      OUT_OF_ORDER: 'The answers in the link are not in the order the questions come.',
      LEADS_ELSEWHERE: 'The answers in the link lead to a different step.',
    },
    resume: (step: string) => `Continue from: ${step}`,
    resumeCount: (n: number) => (n === 1 ? 'Keeps your 1 valid answer.' : `Keeps your ${n} valid answers.`),
    openTarget: (step: string) => `Open "${step}" without earlier answers`,
    startOver: 'Start over',
  },
  notFound: {
    heading: 'Page not found',
    body: 'This address is not part of Triage500. Start from the beginning, in either language:',
  },
  directNotice: 'Opened without earlier answers.',
  familyIcon: 'Icon',
  footer: {
    version: (v: string) => `Content version ${v}`,
    license: 'Open source (MIT). Runs in your browser; nothing you do here is sent anywhere.',
  },
  stacks: stackNames('Any Linux shell'),
  announce: {
    question: (n: number, title: string) => `Question ${n}: ${title}`,
    cause: (title: string) => `Likely cause: ${title}`,
  },
};

export type Strings = typeof en;

const ko: Strings = {
  appName: 'Triage500',
  startTitle: 'HTTP 500 오류 해결 도우미',
  skipToContent: '본문으로 건너뛰기',
  langName: '한국어',
  switchLang: 'English',
  switchLangLabel: 'View in English',
  themeLabel: '색상 테마',
  themes: { system: '자동', light: '밝게', dark: '어둡게' },
  start: {
    heading: 'HTTP 500 내부 서버 오류',
    button: '진단 시작하기',
    length: (min, max) => `짧은 질문 ${min === max ? min : `${min}~${max}`}개입니다.`,
    families: '살펴보는 원인',
  },
  question: {
    progress: (n, min, max) => (min === max ? `질문 ${n} / ${max}` : `질문 ${n} / ${min}~${max}`),
    unsure: '잘 모르겠어요',
    unsureHint: '건너뛰고 가장 가능성 높은 쪽으로 계속 진행합니다.',
    howToFind: '잘 모르겠다면? 확인하는 방법',
    keysTip: (n) => `팁: 숫자 키 1–${n}으로 답할 수 있습니다.`,
  },
  nav: {
    back: '이전',
    startOver: '처음부터 다시',
    home: '처음으로',
  },
  trail: {
    heading: '지금까지의 답변',
    change: '변경',
    changeLabel: (question) => `답변 변경: ${question}`,
    none: '이 단계를 바로 열었기 때문에 이전 답변이 없습니다.',
    unsure: '모름',
  },
  cause: {
    likely: '가장 가능성 높은 원인',
    family: '원인 분류',
    why: '왜 500 오류가 나는가',
    symptoms: '이럴 때 나타납니다',
    logLines: '자주 보이는 로그',
    remedy: '이 순서대로 하세요',
    phases: {
      mitigate: '급한 불 끄기',
      confirm: '원인 확인하기',
      fix: '고치기',
      prevent: '재발 막기',
    },
    stackPicker: '명령어 보기',
    allStacks: '모든 스택',
    share: '이 진단 링크 복사',
    shared: '링크를 복사했습니다.',
    stillFailing: '그래도 안 되나요?',
    stillFailingBody:
      '오류 로그에서 첫 번째 오류를 다시 읽어 보고, 답변을 바꿔 다음으로 가능성 높은 원인을 살펴보세요. 그래도 계속 반복된다면 경험 많은 개발자나 시스템 관리자 같은 전문가에게 도움을 요청하세요.',
    prevention: '예방 체크리스트',
  },
  command: {
    copy: '복사',
    copied: '복사됨',
    copyLabel: (what) => `명령어 복사: ${what}`,
    copyFailed: '복사하지 못했습니다. 텍스트를 선택해 직접 복사하세요.',
  },
  invalid: {
    heading: '이 링크는 현재 질문과 맞지 않습니다',
    body: '이 안내의 예전 버전에서 만든 링크이거나 직접 수정된 링크일 수 있습니다. 잃은 것은 없습니다. 계속할 방법을 고르세요.',
    problems: {
      MALFORMED: '링크에 담긴 답변의 형식을 알아볼 수 없습니다.',
      TOO_LONG: '링크에 이 안내의 어떤 경로보다 많은 답변이 담겨 있습니다.',
      UNKNOWN_STEP: '링크가 가리키는 단계가 (더 이상) 없습니다.',
      NOT_FROM_START: '링크의 답변이 첫 질문에서 시작하지 않습니다.',
      UNKNOWN_QUESTION: '링크에 (더 이상) 없는 질문이 들어 있습니다.',
      UNKNOWN_ANSWER: '링크에 이 질문이 (더 이상) 제공하지 않는 답변이 들어 있습니다.',
      OUT_OF_ORDER: '링크의 답변 순서가 질문 순서와 맞지 않습니다.',
      LEADS_ELSEWHERE: '링크의 답변은 다른 단계로 이어집니다.',
    },
    resume: (step) => `여기서 계속하기: ${step}`,
    resumeCount: (n) => `유효한 답변 ${n}개를 유지합니다.`,
    openTarget: (step) => `이전 답변 없이 "${step}" 열기`,
    startOver: '처음부터 다시',
  },
  notFound: {
    heading: '페이지를 찾을 수 없습니다',
    body: '이 주소는 Triage500에 없는 페이지입니다. 원하는 언어로 처음부터 시작하세요.',
  },
  directNotice: '이전 답변 없이 열었습니다.',
  familyIcon: '아이콘',
  footer: {
    version: (v) => `콘텐츠 버전 ${v}`,
    license: '오픈 소스(MIT). 브라우저 안에서만 동작하며, 여기서 하는 일은 어디에도 전송되지 않습니다.',
  },
  stacks: stackNames('모든 리눅스 셸'),
  announce: {
    question: (n, title) => `질문 ${n}: ${title}`,
    cause: (title) => `가장 가능성 높은 원인: ${title}`,
  },
};

export const strings: Readonly<Record<Lang, Strings>> = { en, ko };

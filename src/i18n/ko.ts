/** The Korean strings of the shell, the start page and the questions, typed by the English ones: a missing key fails the typecheck. */
import type { Strings } from './en.ts';
import { LANG_NAMES } from './lang-names.ts';

export const ko: Strings = {
  appName: 'Triage500',
  startTitle: 'HTTP 500 오류 해결 도우미',
  skipToContent: '본문으로 건너뛰기',
  langName: LANG_NAMES.ko.name,
  switchLang: 'English',
  switchLangLabel: 'English — view this page in English',
  themeLabel: '색상 테마',
  themes: { system: '자동', light: '밝게', dark: '어둡게' },
  start: {
    heading: 'HTTP 500 내부 서버 오류',
    button: LANG_NAMES.ko.start,
    length: (min, max) => `짧은 질문 ${min === max ? min : `${min}~${max}`}개입니다.`,
    families: '살펴보는 원인',
  },
  question: {
    progress: (n, min, max) => (min === max ? `질문 ${n} / ${max}` : `질문 ${n} / ${min}~${max}`),
    unsure: '잘 모르겠어요',
    unsureHint: '건너뛰고 가장 가능성 높은 쪽으로 계속 진행합니다.',
    howToFind: '잘 모르겠다면? 확인하는 방법',
    // 로/으로 after the number as read: 3 (삼), 6 (육), 0 (영, 십) end in a consonant other than ㄹ.
    keysTip: (n) => `팁: 숫자 키 1–${n}${/[036]$/.test(String(n)) ? '으로' : '로'} 답할 수 있습니다.`,
    next: '계속',
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
    fromLog: '로그에서 찾은 답변',
  },
  invalid: {
    heading: '이 링크는 현재 질문과 맞지 않습니다',
    body: '이 안내의 예전 버전에서 만든 링크이거나 직접 수정된 링크일 수 있습니다. 잃은 것은 없습니다. 계속할 방법을 고르세요.',
    startOver: '처음부터 다시',
  },
  notFound: {
    heading: '페이지를 찾을 수 없습니다',
    body: '이 주소는 Triage500에 없는 페이지입니다. 원하는 언어로 처음부터 시작하세요.',
  },
  directNotice: '이전 답변 없이 열었습니다.',
  movedNotice: '이 링크는 이 단계의 예전 이름을 쓰고 있습니다. 이제 이곳으로 옮겨졌습니다.',
  embed: { openFull: '전체 페이지로 열기' },
  embedDialog: {
    open: '임베드',
    openLabel: '이 단계를 위키 페이지에 임베드',
  },
  search: {
    link: '검색',
    linkLabel: '검색(/ 키)',
  },
  log: {
    title: '로그 붙여넣기',
    cta: '오류 로그가 있나요? 붙여넣으세요',
    ctaHint: '브라우저 안에서 읽고 가장 가능성 높은 원인을 알려 드립니다.',
    suggested: '로그가 제안한 답',
  },
  footer: {
    version: (v) => `콘텐츠 버전 ${v}`,
    license: '오픈 소스(MIT). 브라우저 안에서만 동작하며, 여기서 하는 일은 어디에도 전송되지 않습니다.',
  },
  announce: {
    question: (n, title) => `질문 ${n}: ${title}`,
    cause: (title) => `가장 가능성 높은 원인: ${title}`,
  },
  map: {
    link: '지도',
    linkLabel: '모든 질문과 원인 지도',
    startLink: '모든 질문과 원인을 지도 한 장으로 보기 (인쇄용 런북)',
  },
  update: {
    available: '새 콘텐츠가 있습니다.',
    reload: '새로고침해서 업데이트',
    dismiss: '나중에',
  },
};

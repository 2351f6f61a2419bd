/** Small inline icons (no icon font, no extra request). Decorative: aria-hidden. */
import type { FamilyId } from '../engine/types.ts';

const base = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

const familyPaths: Record<FamilyId, string[]> = {
  // a bug
  'code-bug': ['M8 9h8v7a4 4 0 0 1-8 0z', 'M9 9V7a3 3 0 0 1 6 0v2', 'M4 13h4M16 13h4M5 19l3-2M19 19l-3-2M5 7l3 2M19 7l-3 2'],
  // a gauge at its limit
  'resource-exhaustion': ['M4 18a8 8 0 1 1 16 0', 'M12 18l5-6', 'M4 18h16'],
  // sliders
  misconfiguration: ['M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0', 'M16 4v4M10 10v4M18 16v4'],
  // a lock
  permissions: ['M6 11h12v9H6z', 'M8 11V8a4 4 0 0 1 8 0v3', 'M12 15v2'],
  // an unplugged plug
  'dependency-failure': ['M7 7l4 4M9 3v4M3 9h4', 'M14 10l-4 4', 'M13 17a4 4 0 0 0 4-4l-4-4-4 4a4 4 0 0 0 4 4z', 'M17 17l4 4'],
  // a box
  'deployment-artifact': ['M3 7l9-4 9 4v10l-9 4-9-4z', 'M3 7l9 4 9-4M12 11v10'],
};

export function FamilyIcon({ family }: { family: FamilyId }) {
  return (
    <svg {...base}>
      {familyPaths[family].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

export function CopyIcon() {
  return (
    <svg {...base} width={16} height={16}>
      <rect x="9" y="9" width="11" height="11" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h8" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...base} width={16} height={16}>
      <path d="M5 12l5 5 9-10" />
    </svg>
  );
}

export function ArrowIcon() {
  return (
    <svg {...base} width={18} height={18}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  );
}

/**
 * URL → engine → screen. The step, the answers and the log's evidence come
 * from the URL alone and are resolved during render; nothing copies them into state.
 */
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { content } from '../content/content.ts';
import { Needs } from '../content/needs.tsx';
import { useStrings } from '../i18n/lang-context.tsx';
import { resolveStep } from '../engine/resolve.ts';
import { assertNever } from '../engine/result.ts';
import { decodeTried } from '../engine/tried.ts';
import { CauseView } from './cause-view.tsx';
import { readLogParam } from './log-context.ts';
import { questionPage } from './page-code.ts';

// Only broken or outdated links need it.
const InvalidLink = lazy(() => import('./invalid-link.tsx').then((m) => ({ default: m.InvalidLink })));

export function StepPage({ kind }: { kind: 'question' | 'cause' }) {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const tried = kind === 'cause' ? decodeTried(content, search.get('tried')) : [];
  const outcome = { tried, fixed: search.get('fixed') === '1', help: search.get('help') === '1' };
  const resolved = resolveStep(content, { kind, id }, search.get('a'));
  const log = readLogParam(search.get('log'));
  switch (resolved.status) {
    case 'ok': {
      const { node, trail, direct } = resolved;
      const view =
        node.kind === 'question' ? (
          <Needs page="question" questions={[...trail.map((step) => step.question.id), node.id]}>
            <Suspense fallback={<p aria-busy="true" className="py-8" />}>
              <questionPage.Page key={`${node.id}:${trail.length}`} question={node} trail={trail} direct={direct} log={log} />
            </Suspense>
          </Needs>
        ) : (
          <Needs page="cause">
            <CauseView key={`${node.id}:${trail.length}:${tried.join('~')}`} cause={node} trail={trail} direct={direct} log={log} {...outcome} />
          </Needs>
        );
      return resolved.movedFrom ? (
        <>
          <MovedNotice />
          {view}
        </>
      ) : (
        view
      );
    }
    case 'invalid':
      return (
        <Needs page="invalid">
          <Suspense fallback={<p aria-busy="true" className="py-8" />}>
            <InvalidLink key={search.toString()} problem={resolved.problem} trail={resolved.trail} target={resolved.target} />
          </Suspense>
        </Needs>
      );
    default:
      return assertNever(resolved);
  }
}

function MovedNotice() {
  const t = useStrings();
  return (
    <p role="status" className="mb-4 rounded-md bg-sky-100 px-3 py-2 text-sky-950 dark:bg-sky-950 dark:text-sky-100">
      {t.movedNotice}
    </p>
  );
}

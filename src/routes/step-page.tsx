/**
 * URL → engine → screen. The step and the answers come from the URL alone and
 * are resolved during render; nothing copies them into state.
 */
import { useParams, useSearchParams } from 'react-router-dom';
import { content } from '../content/content.ts';
import { Needs } from '../content/needs.tsx';
import { useStrings } from '../i18n/lang-context.tsx';
import { assertNever, decodeTried, lookup, resolveAlternative, resolveStep } from '../engine/index.ts';
import { CauseView } from './cause-view.tsx';
import { lazy, Suspense } from 'react';

// Only broken or outdated links need it.
const InvalidLink = lazy(() => import('./invalid-link.tsx').then((m) => ({ default: m.InvalidLink })));
import { questionPage } from './page-code.ts';

export function StepPage({ kind }: { kind: 'question' | 'cause' }) {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const tried = kind === 'cause' ? decodeTried(content, search.get('tried')) : [];
  // A cause opened from the ranking: the answers lead to `via` (only ids of causes are kept).
  const rawVia = kind === 'cause' ? search.get('via') : null;
  const via = rawVia !== null && lookup(content.causes, rawVia) ? rawVia : null;
  const outcome = { tried, via, fixed: search.get('fixed') === '1', help: search.get('help') === '1' };
  // A cause opened as "next most likely" after others were tried, or from the runners-up.
  const alternative = tried.length > 0 || via ? resolveAlternative(content, id, search.get('a'), tried, via) : null;
  const resolved = resolveStep(content, { kind, id }, search.get('a'));
  // The log hint is an id from the URL: keep it only if it names a cause.
  const rawHint = search.get('log');
  const hint = rawHint !== null && lookup(content.causes, rawHint) ? rawHint : null;
  if (alternative?.status === 'ok') {
    const { cause, trail } = alternative;
    return (
      <Needs page="cause">
        <CauseView key={`${cause.id}:${tried.join('~')}:${via ?? ''}`} cause={cause} trail={trail} direct={false} hint={hint} {...outcome} />
      </Needs>
    );
  }
  switch (resolved.status) {
    case 'ok': {
      const { node, trail, direct } = resolved;
      const view =
        node.kind === 'question' ? (
          <Needs page="question" questions={[...trail.map((step) => step.question.id), node.id]}>
            <Suspense fallback={<p aria-busy="true" className="py-8" />}>
              <questionPage.Page key={`${node.id}:${trail.length}`} question={node} trail={trail} direct={direct} hint={hint} />
            </Suspense>
          </Needs>
        ) : (
          <Needs page="cause">
            <CauseView key={`${node.id}:${trail.length}`} cause={node} trail={trail} direct={direct} hint={hint} {...outcome} tried={[]} via={null} />
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
            <InvalidLink key={search.toString()} problem={resolved.problem} trail={resolved.trail} resumeAt={resolved.resumeAt} target={resolved.target} />
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

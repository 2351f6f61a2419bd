/**
 * URL → engine → screen. The step and the answers come from the URL alone and
 * are resolved during render; nothing copies them into state.
 */
import { useParams, useSearchParams } from 'react-router-dom';
import { content } from '../content/content.ts';
import { assertNever, resolveStep } from '../engine/index.ts';
import { CauseView } from './cause-view.tsx';
import { InvalidLink } from './invalid-link.tsx';
import { QuestionView } from './question-view.tsx';

export function StepPage({ kind }: { kind: 'question' | 'cause' }) {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const resolved = resolveStep(content, { kind, id }, search.get('a'));
  switch (resolved.status) {
    case 'ok': {
      const { node, trail, direct } = resolved;
      return node.kind === 'question' ? (
        <QuestionView key={`${node.id}:${trail.length}`} question={node} trail={trail} direct={direct} />
      ) : (
        <CauseView key={`${node.id}:${trail.length}`} cause={node} trail={trail} direct={direct} />
      );
    }
    case 'invalid':
      return <InvalidLink key={search.toString()} problem={resolved.problem} trail={resolved.trail} resumeAt={resolved.resumeAt} target={resolved.target} />;
    default:
      return assertNever(resolved);
  }
}

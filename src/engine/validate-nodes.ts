/**
 * Content validation, step 2: the questions and causes. Resolves "extends"
 * (a question that copies another's texts and answers, with its own "unsure"),
 * checks ids (unique, equal to the file name) and answers (unique, not
 * "unsure", leading somewhere, evidence naming a family or a cause), and
 * builds the tree's nodes.
 */
import type { ContentIssue } from './content-issues.ts';
import type { QuestionFile } from './schema.ts';
import { FAMILY_IDS, UNSURE, type Cause, type CauseId, type Question, type QuestionId } from './types.ts';
import { baseName, type Located, type ParsedFiles } from './validate-files.ts';

type Answer = Question['answers'][number];

export interface Nodes {
  readonly questions: Record<string, Question>;
  readonly causes: Record<string, Cause>;
  /** Every question's file, extended questions included (resolved against their base). */
  readonly questionFiles: readonly Located<QuestionFile>[];
  /** A question or cause of this id exists, or its file failed its schema (already reported). */
  readonly exists: (id: string) => boolean;
}

export function checkNodes(parsed: ParsedFiles, issues: ContentIssue[]): Nodes {
  const { extendedFiles, causeFiles, invalidIds } = parsed;
  const questionFiles = [...parsed.questionFiles];
  // "extends": copy the base question's texts and answers; only "unsure" may differ.
  const baseOf = new Map<string, string>();
  const bases = new Map(questionFiles.map((f) => [f.value.id, f.value]));
  const extendedIds = new Set(extendedFiles.map((f) => f.value.id));
  for (const { file, value } of extendedFiles) {
    const base = bases.get(value.extends);
    if (!base) {
      const chained = extendedFiles.some((f) => f.value.id === value.extends);
      issues.push({
        code: 'DANGLING_REF',
        file,
        at: `${value.id}.extends`,
        message: chained ? `"${value.extends}" itself extends another question; extend the original instead` : `"${value.extends}" is not a question`,
      });
      continue;
    }
    questionFiles.push({
      file,
      value: { ...base, id: value.id, unsure: { how: value.unsure.how ?? base.unsure.how, next: value.unsure.next } },
    });
    baseOf.set(value.id, base.id);
  }

  // Ids: unique across questions and causes, equal to the file name, "unsure" reserved.
  const owner = new Map<string, string>();
  for (const { file, value } of [...questionFiles, ...causeFiles]) {
    if (baseName(file) !== value.id) {
      issues.push({
        code: 'FILE_ID_MISMATCH',
        file,
        at: `${value.id}.id`,
        message: `id "${value.id}" must match the file name "${baseName(file)}.json"`,
      });
    }
    const first = owner.get(value.id);
    if (first) {
      issues.push({ code: 'DUPLICATE_ID', file, at: `${value.id}.id`, message: `id "${value.id}" is already used by ${first}` });
    } else {
      owner.set(value.id, file);
    }
  }

  const questions: Record<string, Question> = {};
  const causes: Record<string, Cause> = {};
  for (const { value } of questionFiles) {
    questions[value.id] = {
      kind: 'question',
      id: value.id as QuestionId,
      title: value.title,
      ...(value.help ? { help: value.help } : {}),
      ...(value.fromLog ? { fromLog: true } : {}),
      ...(value.multiple ? { multiple: true } : {}),
      ...(value.askedAfter ? { askedAfter: { question: value.askedAfter.question as QuestionId, answers: value.askedAfter.answers as Answer['id'][] } } : {}),
      ...(value.answers.some((a) => (a.evidence?.length ?? 0) > 0) ? { symptom: true } : {}),
      ...(baseOf.has(value.id) ? { base: baseOf.get(value.id) as QuestionId } : {}),
      answers: value.answers.map((a) => ({
        id: a.id as Answer['id'],
        label: a.label,
        ...(a.hint ? { hint: a.hint } : {}),
        next: a.next as Answer['next'],
        ...(a.evidence ? { evidence: a.evidence } : {}),
      })),
      unsure: { how: value.unsure.how, next: value.unsure.next as Answer['next'] },
    };
  }
  for (const { value } of causeFiles) {
    causes[value.id] = { ...value, kind: 'cause', id: value.id as CauseId };
  }
  const exists = (id: string) => Object.hasOwn(questions, id) || Object.hasOwn(causes, id) || invalidIds.has(id);

  // Answers: unique per question, not "unsure", pointing at something that exists.
  for (const { file, value: q } of questionFiles) {
    if (!extendedIds.has(q.id)) checkAnswers(file, q);
    if (!exists(q.unsure.next)) {
      issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.unsure.next`, message: `"${q.unsure.next}" is not a question or cause` });
    }
  }
  // "askedAfter" names a question and answers that exist.
  for (const { file, value: q } of questionFiles) {
    const after = q.askedAfter;
    if (!after) continue;
    const target = Object.hasOwn(questions, after.question) ? questions[after.question] : undefined;
    if (!target) issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.askedAfter.question`, message: `"${after.question}" is not a question` });
    else {
      for (const a of after.answers) {
        if (!target.answers.some((x) => x.id === a))
          issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.askedAfter.answers`, message: `"${after.question}" has no answer "${a}"` });
      }
    }
  }
  return { questions, causes, questionFiles, exists };

  function checkAnswers(file: string, q: QuestionFile) {
    if (q.answers.length === 0) {
      issues.push({ code: 'DEAD_END', file, at: `${q.id}.answers`, message: 'a question needs at least one answer besides "I\'m not sure"' });
    }
    const answerIds = new Set<string>();
    q.answers.forEach((a, i) => {
      if (a.id === UNSURE) {
        issues.push({ code: 'RESERVED_ID', file, at: `${q.id}.answers[${i}].id`, message: '"unsure" is reserved: use the question\'s "unsure" block' });
      }
      if (answerIds.has(a.id)) {
        issues.push({ code: 'DUPLICATE_ANSWER', file, at: `${q.id}.answers[${i}].id`, message: `answer id "${a.id}" appears twice in this question` });
      }
      answerIds.add(a.id);
      if (!exists(a.next)) {
        issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.answers[${i}].next`, message: `"${a.next}" is not a question or cause` });
      }
      const targets = new Set<string>();
      (a.evidence ?? []).forEach((e, j) => {
        const at = `${q.id}.answers[${i}].evidence[${j}].target`;
        if (!(FAMILY_IDS as readonly string[]).includes(e.target) && !Object.hasOwn(causes, e.target)) {
          issues.push({ code: 'DANGLING_REF', file, at, message: `"${e.target}" is neither a cause family (${FAMILY_IDS.join(', ')}) nor a cause` });
        } else if (targets.has(e.target)) {
          issues.push({ code: 'DUPLICATE_ANSWER', file, at, message: `"${e.target}" has evidence twice in this answer; add the weights up in one entry` });
        }
        targets.add(e.target);
      });
    });
  }
}

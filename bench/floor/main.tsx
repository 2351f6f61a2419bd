/**
 * The framework floor: the smallest page built with the same framework as the
 * app (react, react-dom, react-router-dom, zustand), one route showing one
 * question with two answer links. `npm run bench` compares the app with it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes, useParams } from 'react-router-dom';
import { create } from 'zustand';
import './floor.css';

interface Question {
  readonly title: string;
  readonly answers: readonly { readonly id: string; readonly label: string; readonly next: string }[];
}

const questions: Readonly<Record<string, Question>> = {
  first: {
    title: 'Did the errors start right after a change?',
    answers: [
      { id: 'yes', label: 'Yes', next: 'second' },
      { id: 'no', label: 'No', next: 'second' },
    ],
  },
  second: {
    title: 'Does every page fail, or only some?',
    answers: [
      { id: 'all', label: 'Every page', next: 'first' },
      { id: 'some', label: 'Only some', next: 'first' },
    ],
  },
};

/** One zustand store, as the app has one (for preferences). */
const useAnswers = create<{ count: number; answered: () => void }>((set) => ({
  count: 0,
  answered: () => set((s) => ({ count: s.count + 1 })),
}));

function QuestionPage() {
  const { id = 'first' } = useParams();
  const answered = useAnswers((s) => s.answered);
  const question = questions[id] ?? questions['first']!;
  return (
    <main>
      <h1>{question.title}</h1>
      <ul>
        {question.answers.map((a) => (
          <li key={a.id}>
            <Link to={`/q/${a.next}/`} data-answer={a.id} onClick={answered}>
              {a.label}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <Routes>
          <Route path="q/:id" element={<QuestionPage />} />
          <Route path="*" element={<QuestionPage />} />
        </Routes>
      </BrowserRouter>
    </StrictMode>,
  );
}

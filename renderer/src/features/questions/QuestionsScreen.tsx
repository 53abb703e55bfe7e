// Past questions: every day you both answered, newest first, with both answers and your
// reactions, searchable. A day either of you didn't answer simply isn't here.

import type { Partner } from '../../../../shared/domain.ts';
import { longDate, plural } from '../../format.ts';
import { useChannel } from '../../use-channel.ts';
import { useDraft } from '../../drafts.ts';
import { QuestionCard, Revealed } from './QuestionCard.tsx';
import './questions.css';
import { LimitedInput } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

export function QuestionsScreen({ partners }: { partners: readonly Partner[] }) {
  const [query, setQuery] = useDraft('questions:search', '');
  const search = query.trim();
  const { data, error } = useChannel(
    'questions:archive',
    ['questions', 'settings'],
    search ? { search } : undefined,
  );
  return (
    <div className="screen questions">
      <header className="screen-header">
        <h1>Questions</h1>
        <p className="muted">One question a day for the two of you.</p>
      </header>
      <QuestionCard partners={partners} />
      <section className="card" aria-labelledby="archive-title">
        <h2 id="archive-title">Past questions</h2>
        <form role="search" aria-label="Past questions" onSubmit={(e) => e.preventDefault()}>
          <label className="field" htmlFor="question-search">
            Search questions and answers
          </label>
          <LimitedInput
            limit={FIELD_LIMITS.search}
            id="question-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query !== '') {
                e.preventDefault();
                setQuery('');
              }
            }}
            autoComplete="off"
          />
        </form>
        {error && <p role="alert">{error}</p>}
        <p className="muted" role="status" data-testid="archive-count">
          {data &&
            (data.total === 0
              ? 'Days you both answer gather here.'
              : search
                ? `${plural(data.days.length, 'day')} match “${search}”.`
                : `${plural(data.total, 'day')} so far.`)}
        </p>
        {data && data.days.length > 0 && (
          <ol className="question-archive-list">
            {data.days.map((day) => (
              <li key={day.date}>
                <article aria-labelledby={`q-${day.date}`}>
                  <h3 id={`q-${day.date}`}>
                    {longDate(day.date)}: {day.question.text}
                  </h3>
                  <Revealed day={day} partners={partners} reactable={false} />
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

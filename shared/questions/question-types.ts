// The shape of a daily question. Ids are stored with each day's answers, so they stay stable
// for ever: a question that is retired keeps its id unused rather than handing it on.

export type QuestionTheme =
  'appreciation' | 'daily-life' | 'hopes' | 'memories' | 'repair-trust' | 'fun';
export interface Question {
  /** Stable slug, never reused: `<theme>-<three digits>`, e.g. 'appreciation-017'. */
  readonly id: string;
  readonly theme: QuestionTheme;
  readonly text: string;
}

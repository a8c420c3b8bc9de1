import type { Answer, Article, Citation, Paragraph, SearchHit } from '../../src/core/types.ts';
import type { CorpusStats } from '../../src/discord/context.ts';
import type { QuestionCase } from '../../src/eval/score.ts';

export const STATS: CorpusStats = {
  articles: 5,
  paragraphs: 82,
  loadedAt: new Date('2024-05-01T12:00:00.000Z'),
};

export function article(
  id: string,
  fields: Partial<Omit<Article, 'id' | 'paragraphs'>> & { texts?: string[] } = {},
): Article {
  const texts = fields.texts ?? ['First paragraph.'];
  const paragraphs: Paragraph[] = texts.map((text, i) => ({
    key: `${id}#${i + 1}`,
    articleId: id,
    n: i + 1,
    text,
  }));
  return {
    id,
    file: fields.file ?? `${id}.txt`,
    title: fields.title ?? `Title of ${id}`,
    source: fields.source ?? '',
    date: fields.date ?? '',
    url: fields.url ?? '',
    paragraphs,
  };
}

export function citation(n: number, fields: Partial<Citation> = {}): Citation {
  return {
    n,
    file: `a${n}.txt`,
    title: `Title ${n}`,
    source: 'Outlet',
    date: '2020-10-14',
    url: '',
    paragraph: n + 1,
    text: `Before. Quoted sentence ${n}. After.`,
    snippet: `Quoted sentence ${n}.`,
    score: 1 / n,
    stance: 'asserts',
    attributedTo: 'Outlet',
    ...fields,
  };
}

export function answer(fields: Partial<Answer> = {}): Answer {
  return {
    question: 'Who denied it?',
    answered: true,
    answer: '“Quoted sentence 1.” [1] “Quoted sentence 2.” [2]',
    citations: [citation(1), citation(2)],
    perspectives: [],
    matchedWords: ['denied'],
    suggestions: [],
    ...fields,
  };
}

export function hit(a: Article, n: number, matchedWords: string[] = [], score = 1): SearchHit {
  const paragraph = a.paragraphs[n - 1];
  if (paragraph === undefined) throw new Error(`no paragraph ${n} in ${a.id}`);
  return { article: a, paragraph, score, matchedWords };
}

/** Two questions about tests/fixtures/harbour: one it answers, one it cannot. */
export const HARBOUR_QUESTIONS: readonly QuestionCase[] = [
  {
    id: 'h1',
    question: 'how many residents were evacuated',
    answerable: true,
    evidence: [{ file: 'valley-times.md', quote: 'Emergency crews evacuated 140 residents' }],
    answer_terms: ['140'],
  },
  { id: 'h2', question: 'what is the capital of the moon', answerable: false },
];

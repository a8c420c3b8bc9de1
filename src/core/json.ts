import type { Answer, Citation, Perspective } from './types.ts';

/** The stable JSON form of an answer, as printed by `ask --json` and `--stdin`. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  answer: string;
  citations: Citation[];
  perspectives: Perspective[];
}

/** Projects an answer onto its documented JSON contract (and nothing more). */
export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({
      n: c.n,
      file: c.file,
      title: c.title,
      source: c.source,
      date: c.date,
      url: c.url,
      paragraph: c.paragraph,
      text: c.text,
      snippet: c.snippet,
      score: c.score,
      stance: c.stance,
      attributedTo: c.attributedTo,
    })),
    perspectives: answer.perspectives.map((p) => ({
      stance: p.stance,
      citations: [...p.citations],
      sources: [...p.sources],
    })),
  };
}

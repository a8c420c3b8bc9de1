/**
 * Newsdesk behind the bench's engine interface: the full answer path (retrieve, rerank, render) of
 * `answerQuestion`, the index snapshot of `NewsIndex.toJSON`, and start-up via `NewsIndex.fromJSON`.
 */
import { answerQuestion } from '../src/core/answer.ts';
import { Newsdesk } from '../src/core/engine.ts';
import { type Lexicon, loadLexicon } from '../src/core/lexicon.ts';
import { NewsIndex } from '../src/core/search-index.ts';
import type { Answer } from '../src/core/types.ts';
import type { Engine, Outcome } from './engines.ts';

/** The paragraph key a citation points at: article id (file name without extension) and paragraph number. */
export function citationKey(citation: { readonly file: string; readonly paragraph: number }): string {
  const slash = Math.max(citation.file.lastIndexOf('/'), citation.file.lastIndexOf('\\'));
  const base = citation.file.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const id = dot > 0 ? base.slice(0, dot) : base;
  return `${id}#${citation.paragraph}`;
}

export function answerOutcome(answer: Answer): Outcome {
  const first = answer.citations[0];
  return { top: first === undefined ? null : citationKey(first), answered: answer.answered };
}

export function createNewsdeskEngine(): Engine {
  let lexicon: Lexicon | null = null;
  return {
    key: 'newsdesk',
    label: 'Newsdesk',
    async prepare() {
      lexicon = loadLexicon();
      // The English word list loads on first use: a one-off cost of the process, not of a build.
      lexicon.isDictionaryWord('news');
    },
    build(articles) {
      const lex = lexicon ?? loadLexicon();
      lexicon = lex;
      const index = NewsIndex.build(articles, lex);
      return {
        modes: [
          {
            key: 'newsdesk',
            label: 'Newsdesk answer',
            run: (q) => answerQuestion(index, q),
            outcome: (result) => answerOutcome(result as Answer),
          },
        ],
        snapshot: () => index.toJSON(),
        load: (json) => NewsIndex.fromJSON(json, articles, lex),
      };
    },
  };
}

/** The engine over a corpus folder, as the bot and the CLI open it. */
export function openNewsdesk(corpusDir: string): Promise<Newsdesk> {
  return Newsdesk.open({ corpusDir });
}

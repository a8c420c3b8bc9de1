import { searchParagraphs } from './answer.ts';
import type { NewsIndex } from './search-index.ts';
import { analyzeInContext, contextBefore } from './stance.ts';
import { splitSentences, words } from './text.ts';
import type { Article, Stance } from './types.ts';

/** One sentence that takes a stance on the topic, with who takes it and where it is. */
export interface ClaimStatement {
  readonly stance: Stance;
  readonly attributedTo: string;
  /** The sentence, exactly as in the paragraph. */
  readonly sentence: string;
  /** The reporting word that decided the stance, as written. */
  readonly cue: string;
  readonly article: Article;
  /** 1-based paragraph number. */
  readonly paragraph: number;
  readonly score: number;
}

/** Who asserts, confirms, denies and doubts what about a topic; `statements` in that order, best first within each. */
export interface ClaimsReport {
  readonly topic: string;
  readonly statements: readonly ClaimStatement[];
  readonly counts: Readonly<Record<Stance, number>>;
}

/** Paragraphs read for a topic (the search's own default is smaller). */
const PARAGRAPH_LIMIT = 60;
const STANCE_ORDER: readonly Stance[] = ['asserts', 'confirms', 'denies', 'doubts'];

/**
 * Every sentence of the paragraphs about a topic that uses at least one of the topic's matched words
 * and carries a reporting word, with its stance and speaker, grouped by stance.
 *
 * @example claimsAbout(index, 'syrian fighters').statements.filter((s) => s.stance === 'denies')
 */
export function claimsAbout(index: NewsIndex, topic: string): ClaimsReport {
  const statements: ClaimStatement[] = [];
  const seen = new Set<string>();
  for (const hit of searchParagraphs(index, topic, { limit: PARAGRAPH_LIMIT })) {
    const { article, paragraph } = hit;
    const matched = new Set(hit.matchedWords.map((w) => index.lexicon.term(w)).filter((t) => t !== null));
    const sentences = splitSentences(paragraph.text);
    let previousMatched = false;
    sentences.forEach((sentence, i) => {
      const key = sentence.replace(/\s+/g, ' ').trim();
      const terms = words(sentence).map((w) => index.lexicon.term(w));
      const matches = terms.some((t) => t !== null && matched.has(t));
      // "… accused X of it. X has denied the accusation.": a reply right after the claim is about it too.
      const replies = previousMatched;
      previousMatched = matches;
      if (seen.has(key) || !(matches || replies)) return;
      const statement = analyzeInContext(sentence, contextBefore(article, paragraph, sentences, i), article);
      if (statement.cue === '' || (!matches && statement.stance === 'asserts')) return;
      seen.add(key);
      statements.push({ ...statement, sentence, article, paragraph: paragraph.n, score: hit.score });
    });
  }
  const ordered = STANCE_ORDER.flatMap((stance) => statements.filter((s) => s.stance === stance));
  const counts = { asserts: 0, confirms: 0, denies: 0, doubts: 0 };
  for (const s of ordered) counts[s.stance]++;
  return { topic, statements: ordered, counts };
}

const PLAIN_LABELS: Record<Stance, string> = {
  asserts: 'Claimed',
  confirms: 'Confirmed',
  denies: 'Denied',
  doubts: 'Doubted',
};

/**
 * A claims report as plain text, one statement per entry: `Denied — Ankara: “…” (outlet, paragraph n)`;
 * at most `limit` statements, with a count of the rest.
 */
export function claimsAsText(report: ClaimsReport, limit: number): string {
  if (report.statements.length === 0) return `No article says anything for or against “${report.topic}”.`;
  const lines = report.statements.slice(0, limit).map((s) => {
    const who = s.attributedTo || s.article.source || s.article.title || s.article.file;
    const where = [s.article.source || s.article.title || s.article.file, `paragraph ${s.paragraph}`].join(
      ', ',
    );
    return `${PLAIN_LABELS[s.stance]} — ${who}: “${s.sentence.replace(/^["“]|["”]$/g, '')}” (${where})`;
  });
  const rest = report.statements.length - lines.length;
  if (rest > 0) lines.push(`…and ${rest} more.`);
  return lines.join('\n');
}

import { type PassageEvidence, weighPassage } from './evidence.ts';
import { termsOf } from './evidence-cache.ts';
import { bestFactor, type Concept, type QuestionAnalysis } from './question.ts';
import { AS_ASKED_WEIGHT, type NewsIndex } from './search-index.ts';
import type { Article, Paragraph } from './types.ts';

/** A paragraph weighed as the answer to a question. */
export interface RankedParagraph {
  readonly article: Article;
  readonly paragraph: Paragraph;
  /** The ranking score: the evidence's score plus a small share of the index's own (BM25) score. */
  readonly score: number;
  readonly evidence: PassageEvidence;
}

export interface RankOptions {
  readonly articleId?: string;
  readonly limit?: number;
  readonly budget?: number;
  readonly strictBudget?: boolean;
}

// Candidates taken from the index before weighing: enough to hold the answer when several articles
// tell the same story, few enough to weigh in well under a millisecond each.
const CANDIDATES = 30;
// The leading articles whose headline or lead shares a word with the question are read in full: the
// paragraph that answers often repeats none of the names (they are in the lead), so the index alone
// misses it.
const ARTICLES_READ_IN_FULL = 3;
const MAX_PARAGRAPHS_READ_PER_ARTICLE = 25;
// Passages whose sentences are read for the asked-for kind of fact (a tagger run per sentence). A
// story names its subject in paragraph after paragraph, which then tie on the question's words ("how
// old was the aircraft"): 15 reads past more of them than 10 did, at no cost to any ranking measured.
const FACTS_READ = 15;
// The index's BM25 score breaks ties between passages that cover the question alike.
const INDEX_SCORE_SHARE = 0.1;

// Candidates found only through other wordings of the question's words, besides those its own words find.
const RELATED_CANDIDATES = 15;
// The share of the posting budget those other wordings may score: they are many, and mostly rare.
const RELATED_BUDGET_SHARE = 0.25;

/**
 * The query terms to send to the index, each with its weight: the question's own words (as asked,
 * respelt or inflected), or their other wordings. The two are asked apart: BM25 adds up the scores of
 * all the terms a passage holds, so a passage with many loose synonyms of one word would otherwise
 * outrank the one passage that has the rare word asked.
 */
function weightedTerms(concepts: readonly Concept[], own: boolean): Map<string, number> {
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    for (const wording of concept.wordings) {
      if (wording.factor >= AS_ASKED_WEIGHT !== own) continue;
      for (const term of wording.terms) {
        weights.set(term, Math.max(weights.get(term) ?? 0, wording.factor / wording.terms.length));
      }
    }
  }
  return weights;
}

/** Whether an article's headline or lead paragraph shares a concept with the question: what it is about. */
function aboutTheQuestion(index: NewsIndex, analysis: QuestionAnalysis, article: Article): boolean {
  const lead = article.paragraphs[0];
  const places = [termsOf(index, article.title), ...(lead ? [index.paragraphTerms(lead)] : [])];
  return analysis.concepts.some((concept) => places.some((terms) => bestFactor(concept, terms) > 0));
}

/**
 * Ranks paragraphs for a question: candidates from the index (BM25 over paragraph and headline), and
 * every paragraph of the leading articles, each weighed by {@link weighPassage}.
 */
export function rankParagraphs(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  options: RankOptions = {},
): RankedParagraph[] {
  const limit = Math.max(CANDIDATES, options.limit ?? 0);
  const ownHits = index.query(weightedTerms(analysis.concepts, true), { ...options, limit });
  const topScore = ownHits[0]?.score ?? 1;
  const indexScore = new Map(ownHits.map((hit) => [hit.key, hit.score / topScore]));
  const related = weightedTerms(analysis.concepts, false);
  const hits =
    related.size > 0 && !options.strictBudget
      ? [
          ...ownHits,
          ...index.query(related, {
            ...options,
            limit: RELATED_CANDIDATES,
            budget: index.postingBudget * RELATED_BUDGET_SHARE,
            strictBudget: true,
          }),
        ]
      : ownHits;
  const candidates = new Map<string, Paragraph>();
  const articles: string[] = [];
  for (const hit of hits) {
    const paragraph = index.paragraph(hit.key);
    if (!paragraph) continue;
    candidates.set(paragraph.key, paragraph);
    if (!articles.includes(paragraph.articleId)) articles.push(paragraph.articleId);
  }
  if (!options.strictBudget) {
    for (const id of articles.slice(0, ARTICLES_READ_IN_FULL)) {
      const article = index.article(id);
      if (!article || !aboutTheQuestion(index, analysis, article)) continue;
      for (const paragraph of article.paragraphs.slice(0, MAX_PARAGRAPHS_READ_PER_ARTICLE)) {
        candidates.set(paragraph.key, paragraph);
      }
    }
  }
  const weigh = (article: Article, paragraph: Paragraph, readFacts: boolean): RankedParagraph => {
    const evidence = weighPassage(index, analysis, article, paragraph, readFacts);
    const score = evidence.score + INDEX_SCORE_SHARE * (indexScore.get(paragraph.key) ?? 0);
    return { article, paragraph, score, evidence };
  };
  const byScore = (a: RankedParagraph, b: RankedParagraph) =>
    b.score - a.score || a.paragraph.key.localeCompare(b.paragraph.key);
  const ranked: RankedParagraph[] = [];
  for (const paragraph of candidates.values()) {
    const article = index.article(paragraph.articleId);
    if (article) ranked.push(weigh(article, paragraph, false));
  }
  ranked.sort(byScore);
  // The asked-for facts are read only in the leading passages: reading them can only raise a score.
  if (analysis.expected.kind !== null) {
    for (let i = 0; i < Math.min(FACTS_READ, ranked.length); i++) {
      const r = ranked[i] as RankedParagraph;
      ranked[i] = weigh(r.article, r.paragraph, true);
    }
    ranked.sort(byScore);
  }
  return ranked.slice(0, limit);
}

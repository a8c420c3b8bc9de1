import type { APIEmbedField } from 'discord.js';
import type { ClaimStatement, ClaimsReport } from '../../core/claims.ts';
import { STANCE_LABELS, STANCE_ORDER } from '../../core/perspectives.ts';
import type { Answer, Citation } from '../../core/types.ts';
import type { CorpusStats } from '../context.ts';
import { formatCustomId } from '../custom-id.ts';
import { CLAIMS_PAGE_SIZE } from '../limits.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, joinWithin, plural, quoteLines, squashWhitespace, truncate } from '../text.ts';
import { COLOR, corpusFooter, pageOf, pagerRows, safeUrl } from './elements.ts';

/** Longest quoted sentence per statement, before escaping: five fit in a page and a field. */
const SENTENCE_MAX = 600;

/** Longest quote per citation when an answer is shown grouped by stance. */
const GROUPED_QUOTE_MAX = 500;
/** Room for the names of who takes one side. */
const SIDE_SOURCES_MAX = 200;

export interface ClaimsView {
  readonly session: string;
  readonly topic: string;
  /** 1-based. */
  readonly page: number;
  readonly ephemeral: boolean;
}

function statementField(s: ClaimStatement, rank: number): APIEmbedField {
  const who = s.attributedTo || s.article.source || s.article.title || s.article.file;
  const url = safeUrl(s.article.url);
  const where = [
    escapeText(s.article.source || s.article.title || s.article.file),
    s.article.date && escapeText(s.article.date),
    `paragraph ${s.paragraph}`,
    url && `[link](${url})`,
  ]
    .filter(Boolean)
    .join(' · ');
  const quote = quoteLines(escapeText(truncate(squashWhitespace(s.sentence), SENTENCE_MAX)));
  return {
    name: truncate(`${rank}. ${STANCE_LABELS[s.stance]} — ${escapeText(squashWhitespace(who))}`, 256),
    value: `${quote}\n${where}`,
  };
}

/** `Claimed 4 · Denied 3`: how many statements take each stance. */
export function stanceCounts(report: ClaimsReport): string {
  return STANCE_ORDER.filter((stance) => report.counts[stance] > 0)
    .map((stance) => `${STANCE_LABELS[stance]} ${report.counts[stance]}`)
    .join(' · ');
}

/**
 * An answer whose citations disagree, for an embed: what leads it ("The articles disagree.", the
 * figures each side gives), then one paragraph per side with who takes it and its quotes; `null`
 * when the answer has no sides.
 */
export function answerByStance(answer: Answer): string | null {
  const first = answer.perspectives[0];
  if (!first) return null;
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const leadEnd = answer.answer.indexOf(`${STANCE_LABELS[first.stance]}: `);
  const lead = leadEnd > 0 ? answer.answer.slice(0, leadEnd).trim() : '';
  const sides = answer.perspectives.map((side) => {
    const who = joinWithin(
      side.sources.map((s) => escapeText(squashWhitespace(s))),
      SIDE_SOURCES_MAX,
      ', ',
    );
    const quotes = side.citations
      .map((n) => byNumber.get(n))
      .filter((c): c is Citation => c !== undefined)
      .map((c) => `“${escapeText(truncate(squashWhitespace(c.snippet), GROUPED_QUOTE_MAX))}” **[${c.n}]**`)
      .join(' ');
    return `**${STANCE_LABELS[side.stance]}**${who ? ` — ${who}` : ''}\n${quotes}`;
  });
  const escapedLead = escapeText(lead).replace(/\\\[(\d+)\\\]/g, '**[$1]**');
  return [escapedLead, ...sides].filter(Boolean).join('\n\n');
}

/** Who asserts, confirms, denies and doubts what about a topic: five statements a page, with Previous/Next. */
export function renderClaims(report: ClaimsReport, view: ClaimsView, stats: CorpusStats): ReplyPayload {
  const topic = squashWhitespace(view.topic);
  const title = truncate(`Claims: ${escapeText(topic)}`, 256);
  const statements = report.statements;
  if (statements.length === 0) {
    return fitPayload({
      embeds: [
        {
          color: COLOR.unanswered,
          title,
          description: `No article says anything for or against “${escapeText(truncate(topic, 200))}”. Try other words, or /search to see the paragraphs that use them.`,
          footer: corpusFooter(stats),
          timestamp: stats.loadedAt.toISOString(),
        },
      ],
      components: [],
      ephemeral: view.ephemeral,
    });
  }
  const { page, pages, first, items } = pageOf(statements, view.page, CLAIMS_PAGE_SIZE);
  const fields = items.map((s, i) => statementField(s, first + i + 1));
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title,
        description: stanceCounts(report),
        fields,
        footer: { text: `Page ${page} of ${pages} · ${plural(statements.length, 'statement')}` },
      },
    ],
    components: pagerRows(page, pages, (p) =>
      formatCustomId({ view: 'claims', session: view.session, page: p }),
    ),
    ephemeral: view.ephemeral,
  });
}

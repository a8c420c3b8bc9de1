import { type APIEmbed, ComponentType } from 'discord.js';
import { printable } from '../../core/text.ts';
import type { Answer, Citation } from '../../core/types.ts';
import type { CorpusStats } from '../context.ts';
import { formatCustomId } from '../custom-id.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import {
  escapeText,
  joinWithin,
  neutralizeMentions,
  quoteLines,
  squashWhitespace,
  truncate,
} from '../text.ts';
import { answerByStance } from './claims.ts';
import { button, COLOR, corpusFooter, escapeName, safeUrl, titleLink } from './elements.ts';

/** Longest quote shown for the focused citation, so the two embeds stay well within 6000. */
const SNIPPET_MAX = 1200;

export interface AnswerView {
  /** The session the buttons point at. */
  readonly session: string;
  /** The citation shown in detail (1-based `n`). */
  readonly focus: number;
  readonly ephemeral: boolean;
}

/** `[n]` markers, escaped along with the text, shown in bold. */
function boldMarkers(escaped: string): string {
  return escaped.replace(/\\\[(\d+)\\\]/g, '**[$1]**');
}

/** `[n] Outlet` over the linked title, date and paragraph; the title moves up when the outlet is unknown. */
function sourceField(c: Citation) {
  const details = [c.date && escapeName(c.date), `paragraph ${c.paragraph}`].filter(Boolean).join(' · ');
  if (c.source) {
    return { name: truncate(`[${c.n}] ${escapeName(c.source)}`, 256), value: `${titleLink(c)}\n${details}` };
  }
  const url = safeUrl(c.url);
  return {
    name: truncate(`[${c.n}] ${escapeName(c.title || c.file)}`, 256),
    value: url ? `${details} · [link](${url})` : details,
  };
}

function citationEmbed(c: Citation, index: number, total: number): APIEmbed {
  const url = safeUrl(c.url);
  const where = [c.source, c.date]
    .filter(Boolean)
    .map(printable)
    .concat(`paragraph ${c.paragraph}`)
    .join(' · ');
  return {
    color: COLOR.answer,
    title: truncate(`[${c.n}] ${escapeName(c.title || 'Untitled')}`, 256),
    ...(url ? { url } : {}),
    description: quoteLines(escapeText(truncate(squashWhitespace(c.snippet || c.text), SNIPPET_MAX))),
    // Footers show no markdown, so only mentions are made inert there.
    footer: { text: neutralizeMentions(`Citation ${index} of ${total} · ${where}`) },
  };
}

/**
 * An answer as a reply: the quoted answer with its sources, and one citation in detail with buttons to
 * step through the others and to open the full paragraph.
 *
 * @example renderAnswer(engine.ask('Who denied it?'), { session: 'abcdefghij', focus: 1, ephemeral: false }, stats)
 */
export function renderAnswer(answer: Answer, view: AnswerView, stats: CorpusStats): ReplyPayload {
  const question = squashWhitespace(answer.question) || 'Your question';
  const citations = answer.citations;
  const answered = answer.answered && citations.length > 0;
  let description =
    answerByStance(answer) ??
    boldMarkers(escapeText(answer.answer.trim() || 'The articles don’t answer that.'));
  if (!answered && answer.suggestions.length > 0) {
    description += `\n\nThe articles do cover: ${joinWithin(answer.suggestions.map(escapeText), 1000, ', ')}`;
  }
  const main: APIEmbed = {
    color: answered ? COLOR.answer : COLOR.unanswered,
    title: truncate(escapeName(question), 256),
    description,
    ...(answered ? { fields: citations.map(sourceField) } : {}),
    footer: corpusFooter(stats),
    timestamp: stats.loadedAt.toISOString(),
  };
  if (!answered) return fitPayload({ embeds: [main], components: [], ephemeral: view.ephemeral });

  const index = Math.min(Math.max(view.focus, 1), citations.length);
  const focused = citations[index - 1] as Citation;
  const id = (action: 'cite' | 'paragraph', n: number) =>
    formatCustomId({ view: 'ask', session: view.session, action, n });
  const buttons = [button(id('paragraph', index), `Full paragraph [${focused.n}]`)];
  if (citations.length > 1) {
    buttons.unshift(
      button(id('cite', index - 1), '◀ Previous', index <= 1),
      button(id('cite', index + 1), 'Next ▶', index >= citations.length),
    );
  }
  return fitPayload({
    embeds: [main, citationEmbed(focused, index, citations.length)],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
    ephemeral: view.ephemeral,
  });
}

/** The whole paragraph a citation quotes, with the quoted part in bold; always private. */
export function renderParagraph(c: Citation): ReplyPayload {
  const text = squashWhitespace(c.text);
  const snippet = squashWhitespace(c.snippet);
  const at = snippet === '' ? -1 : text.indexOf(snippet);
  const body =
    at < 0
      ? escapeText(text)
      : `${escapeText(text.slice(0, at))}**${escapeText(snippet)}**${escapeText(text.slice(at + snippet.length))}`;
  const url = safeUrl(c.url);
  const where = [c.source, c.date, `paragraph ${c.paragraph}`, c.file]
    .filter(Boolean)
    .map(printable)
    .join(' · ');
  return fitPayload({
    embeds: [
      {
        color: COLOR.answer,
        title: truncate(`[${c.n}] ${escapeName(c.title || 'Untitled')}`, 256),
        ...(url ? { url } : {}),
        description: body,
        footer: { text: neutralizeMentions(where) },
      },
    ],
    components: [],
    ephemeral: true,
  });
}

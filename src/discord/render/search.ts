import type { APIEmbedField } from 'discord.js';
import type { Article, SearchHit } from '../../core/types.ts';
import type { CorpusStats } from '../context.ts';
import { formatCustomId } from '../custom-id.ts';
import { SEARCH_PAGE_SIZE } from '../limits.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, plural, quoteLines, squashWhitespace, truncate } from '../text.ts';
import { COLOR, corpusFooter, escapeName, highlight, pageOf, pagerRows, safeUrl } from './elements.ts';

/** Longest excerpt of a paragraph per hit, before escaping: five fit in a page. */
const EXCERPT_MAX = 600;

export interface SearchView {
  readonly session: string;
  readonly query: string;
  /** The article the search was limited to, if any. */
  readonly article: Article | undefined;
  /** 1-based. */
  readonly page: number;
  readonly ephemeral: boolean;
}

function hitField(hit: SearchHit, rank: number): APIEmbedField {
  const { article, paragraph } = hit;
  const head = [article.source, article.title || 'Untitled'].filter(Boolean).join(' — ');
  const excerpt = highlight(truncate(squashWhitespace(paragraph.text), EXCERPT_MAX), hit.matchedWords);
  const url = safeUrl(article.url);
  const where = [
    article.date && escapeName(article.date),
    `paragraph ${paragraph.n}`,
    url && `[link](${url})`,
  ]
    .filter(Boolean)
    .join(' · ');
  return { name: truncate(`${rank}. ${escapeName(head)}`, 256), value: `${quoteLines(excerpt)}\n${where}` };
}

/** Ranked paragraphs, five a page, with Previous/Next. */
export function renderSearch(hits: readonly SearchHit[], view: SearchView, stats: CorpusStats): ReplyPayload {
  const query = squashWhitespace(view.query);
  const scope = view.article ? ` in ${view.article.title || view.article.id}` : '';
  const title = truncate(`Search: ${escapeName(query)}${escapeName(scope)}`, 256);
  if (hits.length === 0) {
    return fitPayload({
      embeds: [
        {
          color: COLOR.unanswered,
          title,
          description: `No paragraph matches “${escapeText(truncate(query, 200))}”${escapeName(scope)}. Try other words, or /sources to see what the articles cover.`,
          footer: corpusFooter(stats),
          timestamp: stats.loadedAt.toISOString(),
        },
      ],
      components: [],
      ephemeral: view.ephemeral,
    });
  }
  const { page, pages, first, items } = pageOf(hits, view.page, SEARCH_PAGE_SIZE);
  const fields = items.map((hit, i) => hitField(hit, first + i + 1));
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title,
        fields,
        footer: { text: `Page ${page} of ${pages} · ${plural(hits.length, 'matching paragraph')}` },
      },
    ],
    components: pagerRows(page, pages, (p) =>
      formatCustomId({ view: 'search', session: view.session, page: p }),
    ),
    ephemeral: view.ephemeral,
  });
}

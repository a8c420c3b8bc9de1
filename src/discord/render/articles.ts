import { printable } from '../../core/text.ts';
import type { Article } from '../../core/types.ts';
import type { CorpusStats } from '../context.ts';
import { articleKey, formatCustomId } from '../custom-id.ts';
import { SOURCE_PARAGRAPHS_PAGE_SIZE, SOURCES_PAGE_SIZE } from '../limits.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, neutralizeMentions, plural, squashWhitespace, truncate } from '../text.ts';
import { articleLine, COLOR, corpusFooter, escapeName, pageOf, pagerRows, safeUrl } from './elements.ts';

/** Longest paragraph shown in `/source`, before escaping: five fit in one description. */
const PARAGRAPH_MAX = 700;
const LINE_MAX = 360;

export interface ListView {
  /** Who opened the list: their clicks turn its pages, anyone else's open a private copy. */
  readonly owner: string;
  /** 1-based. */
  readonly page: number;
  readonly ephemeral: boolean;
}

/** `/sources`: every article (outlet, title, date, paragraphs), ten a page. */
export function renderSources(
  articles: readonly Article[],
  view: ListView,
  stats: CorpusStats,
): ReplyPayload {
  const { page, pages, first, items } = pageOf(articles, view.page, SOURCES_PAGE_SIZE);
  const lines = items.map(
    (a, i) =>
      `**${first + i + 1}.** ${truncate(articleLine(a), LINE_MAX)} · ${plural(a.paragraphs.length, 'paragraph')}`,
  );
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title: 'Sources',
        description:
          lines.length > 0
            ? lines.join('\n')
            : 'The corpus folder has no articles yet. Add some and run /reload.',
        footer: { text: `Page ${page} of ${pages} · ${corpusFooter(stats).text}` },
        timestamp: stats.loadedAt.toISOString(),
      },
    ],
    components: pagerRows(page, pages, (p) =>
      formatCustomId({ view: 'sources', owner: view.owner, page: p }),
    ),
    ephemeral: view.ephemeral,
  });
}

/** `/source`: one article's details, then its paragraphs, five a page. */
export function renderSource(article: Article, view: ListView): ReplyPayload {
  const { page, pages, items } = pageOf(article.paragraphs, view.page, SOURCE_PARAGRAPHS_PAGE_SIZE);
  const paragraphs = items.map(
    (p) => `**¶${p.n}** ${escapeText(truncate(squashWhitespace(p.text), PARAGRAPH_MAX))}`,
  );
  const url = safeUrl(article.url);
  const key = articleKey(article.id);
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title: truncate(escapeName(article.title || article.id), 256),
        ...(url ? { url } : {}),
        description: paragraphs.join('\n\n'),
        fields: [
          { name: 'Outlet', value: escapeName(article.source || 'Unknown'), inline: true },
          { name: 'Date', value: escapeName(article.date || 'Unknown'), inline: true },
          { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
        ],
        footer: { text: neutralizeMentions(`Page ${page} of ${pages} · ${printable(article.file)}`) },
      },
    ],
    components: pagerRows(page, pages, (p) =>
      formatCustomId({ view: 'source', owner: view.owner, article: key, page: p }),
    ),
    ephemeral: view.ephemeral,
  });
}

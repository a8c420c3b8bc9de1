import type { APIEmbedField } from 'discord.js';
import type { ReloadReport } from '../../core/engine.ts';
import type { CorpusStats } from '../context.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, joinWithin, plural, squashWhitespace, truncate } from '../text.ts';
import { COLOR, escapeName } from './elements.ts';

function listField(name: string, lines: readonly string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  return [{ name: `${name} (${lines.length})`, value: joinWithin(lines, 1024) }];
}

/** The load report of a finished `/reload`; private to the moderator who ran it. */
export function renderReloadReport(report: ReloadReport): ReplyPayload {
  const changes = report.added.length + report.changed.length + report.removed.length;
  const summary = `${plural(report.articles, 'article')}, ${plural(report.paragraphs, 'paragraph')} in ${report.tookMs} ms.`;
  const detail =
    changes === 0 ? 'Nothing changed.' : `${report.unchanged} unchanged, ${plural(changes, 'file')} changed.`;
  return fitPayload({
    embeds: [
      {
        color: COLOR.report,
        title: 'Corpus reloaded',
        description: `${summary}\n${detail}`,
        fields: [
          ...listField('Added', report.added.map(escapeName)),
          ...listField('Changed', report.changed.map(escapeName)),
          ...listField('Removed', report.removed.map(escapeName)),
          ...listField(
            'Skipped',
            report.skipped.map(
              (s) => `${escapeName(s.file)}: ${escapeText(truncate(squashWhitespace(s.reason), 200))}`,
            ),
          ),
        ],
      },
    ],
    components: [],
    ephemeral: true,
  });
}

/** A reload that failed: the old index keeps answering. */
export function renderReloadFailure(reason: string, stats: CorpusStats): ReplyPayload {
  const loaded = Math.floor(stats.loadedAt.getTime() / 1000);
  return fitPayload({
    embeds: [
      {
        color: COLOR.failure,
        title: 'Reload failed',
        description: `${escapeText(truncate(squashWhitespace(reason), 1000))}\n\nStill answering from the ${plural(stats.articles, 'article')} loaded <t:${loaded}:R>.`,
      },
    ],
    components: [],
    ephemeral: true,
  });
}

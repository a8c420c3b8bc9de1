import type { APIEmbedField } from 'discord.js';
import {
  type AddedArticle,
  type ArticleSummary,
  AUTOMATIC,
  type AuditEntry,
  type AuditSummary,
  type EngineStatus,
  type LastReload,
  type RemovedArticle,
  type RestoredArticle,
  type SnapshotStatus,
} from '../../core/engine.ts';
import { TRASH_DIR } from '../../core/library.ts';
import type { CorpusStats } from '../context.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, joinWithin, plural, squashWhitespace, truncate } from '../text.ts';
import { articleLine, COLOR, escapeName, safeUrl } from './elements.ts';

/** The changes `/corpus` makes, as named in its replies. */
export type CurationAction = 'add' | 'remove' | 'restore';

/** Longest first line shown of an added or restored article, before escaping. */
const FIRST_LINE_MAX = 400;
/** Longest reason (a skip, a snapshot problem, an audit error) shown, before escaping. */
const REASON_MAX = 300;
const FIELD_MAX = 1024;

/** `13 articles · 200 paragraphs` */
function counts(stats: Pick<CorpusStats, 'articles' | 'paragraphs'>): string {
  return `${plural(stats.articles, 'article')} · ${plural(stats.paragraphs, 'paragraph')}`;
}

/** `<t:1714564800:R>`: Discord shows it as "2 minutes ago" in the reader's own time zone. */
function when(date: Date): string {
  return `<t:${Math.floor(date.getTime() / 1000)}:R>`;
}

const reasonText = (reason: string) => escapeText(truncate(squashWhitespace(reason), REASON_MAX));

/** A refusal's message as a sentence: capitalised, with a full stop. */
function sentence(message: string): string {
  const text = squashWhitespace(message);
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The article's first paragraphs as a block quote, so a wrong file or a garbled conversion shows at once. */
function firstLines(article: ArticleSummary): string {
  return article.firstLines
    .map((line) => `> ${escapeText(truncate(squashWhitespace(line), FIRST_LINE_MAX))}`)
    .join('\n');
}

/** Title, outlet, date, paragraphs and address, as understood from the file and the options. */
function summaryFields(article: ArticleSummary): APIEmbedField[] {
  const url = article.url === '' ? undefined : (safeUrl(article.url) ?? escapeText(article.url));
  return [
    { name: 'Title', value: escapeName(article.title) || 'Untitled' },
    { name: 'Outlet', value: escapeName(article.source) || 'Not given', inline: true },
    { name: 'Date', value: escapeName(article.date) || 'Not given', inline: true },
    { name: 'Paragraphs', value: String(article.paragraphs), inline: true },
    ...(url ? [{ name: 'URL', value: url }] : []),
  ];
}

/** `/corpus add` done: what was understood of the file, and where it went. Private to the moderator. */
export function renderArticleAdded(added: AddedArticle, stats: CorpusStats): ReplyPayload {
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title: 'Article added',
        description: firstLines(added.article),
        fields: [
          ...summaryFields(added.article),
          { name: 'Saved as', value: escapeName(added.file) },
          ...(added.notes.length > 0
            ? [{ name: 'Notes', value: joinWithin(added.notes.map(escapeText), FIELD_MAX) }]
            : []),
        ],
        footer: { text: `Not right? Remove it and add it again with the options set · ${counts(stats)}` },
      },
    ],
    components: [],
    ephemeral: true,
  });
}

/** `/corpus remove` done: out of the index, file in the trash. */
export function renderArticleRemoved(removed: RemovedArticle, stats: CorpusStats): ReplyPayload {
  const what = removed.article ? articleLine(removed.article) : escapeName(removed.file);
  return fitPayload({
    embeds: [
      {
        color: COLOR.report,
        title: 'Article removed',
        description: `${what} is no longer in the index; its file is in the trash. /corpus restore brings it back.`,
        fields: [
          { name: 'File', value: escapeName(removed.file), inline: true },
          { name: 'In the trash as', value: escapeName(`${TRASH_DIR}/${removed.trashName}`), inline: true },
          ...(removed.article
            ? [{ name: 'Paragraphs', value: String(removed.article.paragraphs), inline: true }]
            : []),
        ],
        footer: { text: counts(stats) },
      },
    ],
    components: [],
    ephemeral: true,
  });
}

/** `/corpus restore` done: back in the folder and the index. */
export function renderArticleRestored(restored: RestoredArticle, stats: CorpusStats): ReplyPayload {
  return fitPayload({
    embeds: [
      {
        color: COLOR.list,
        title: 'Article restored',
        description: firstLines(restored.article),
        fields: [
          ...summaryFields(restored.article),
          { name: 'File', value: escapeName(restored.file), inline: true },
          {
            name: 'From the trash',
            value: escapeName(`${TRASH_DIR}/${restored.trashName}`),
            inline: true,
          },
        ],
        footer: { text: counts(stats) },
      },
    ],
    components: [],
    ephemeral: true,
  });
}

const REFUSED_TITLE: Readonly<Record<CurationAction, string>> = {
  add: 'Article not added',
  remove: 'Article not removed',
  restore: 'Article not restored',
};

/** A refused change (the engine's or the download's message), private to the moderator. */
export function renderCurationRefusal(action: CurationAction, message: string): ReplyPayload {
  return fitPayload({
    embeds: [
      {
        color: COLOR.failure,
        title: REFUSED_TITLE[action],
        description: escapeText(truncate(sentence(message), 1000)),
      },
    ],
    components: [],
    ephemeral: true,
  });
}

function lastReloadText(last: LastReload): string {
  const who = last.by ? `**${escapeText(last.by.name)}**` : 'Newsdesk itself (start-up or a file change)';
  const { added, changed, removed } = last.report;
  return `${when(last.at)} by ${who} in ${last.tookMs} ms: ${added.length} added, ${changed.length} changed, ${removed.length} removed.`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function snapshotText(snapshot: SnapshotStatus, removedTempFiles: readonly string[]): string {
  const { startup, lastSave } = snapshot;
  const lines: string[] = [];
  switch (startup.state) {
    case 'disabled':
      lines.push('Not kept: no index folder is set, so every start reads every article again.');
      break;
    case 'loaded':
      lines.push(`Loaded from the snapshot at start-up in ${startup.tookMs} ms.`);
      break;
    case 'refreshed':
      lines.push(
        `Loaded from the snapshot at start-up in ${startup.tookMs} ms, then brought up to date: ${reasonText(startup.reason)}.`,
      );
      break;
    case 'rebuilt':
      lines.push(`Rebuilt at start-up in ${startup.tookMs} ms: ${reasonText(startup.reason)}.`);
      break;
  }
  if (startup.state !== 'disabled') {
    if (lastSave === null) lines.push('Not saved since start-up: nothing has changed.');
    else if (lastSave.ok)
      lines.push(`Saved ${when(lastSave.at)} (${formatBytes(lastSave.bytes)} in ${lastSave.tookMs} ms).`);
    else lines.push(`⚠ Saving failed ${when(lastSave.at)}: ${reasonText(lastSave.error)}`);
  }
  if (removedTempFiles.length > 0) {
    lines.push(`Deleted ${plural(removedTempFiles.length, 'temporary file')} a crash had left.`);
  }
  return lines.join('\n');
}

const PAST: Readonly<Record<AuditEntry['action'], string>> = {
  add: 'added',
  remove: 'removed',
  restore: 'restored',
  reload: 'reloaded',
};

/** One audit line: when, who, what, and how it went. */
export function auditLine(entry: AuditEntry): string {
  const at = new Date(entry.time);
  const time = Number.isNaN(at.getTime()) ? escapeText(entry.time) : when(at);
  const who =
    entry.moderator.id === AUTOMATIC.id ? '**Newsdesk**' : `**${escapeText(entry.moderator.name)}**`;
  const article = entry.article ? ` ${escapeName(entry.article)}` : '';
  if (entry.result === 'error') {
    // `cannot add "x.txt": too large`: the action and the file are already on the line.
    const reason = (entry.error ?? 'failed').replace(new RegExp(`^cannot ${entry.action} "[^"]*": `), '');
    return `${time} ✗ ${who} could not ${entry.action}${article}: ${reasonText(reason)}`;
  }
  // An add's detail (`saved as x.txt`) only repeats the file name.
  const detail = entry.detail && entry.action !== 'add' ? ` (${escapeText(entry.detail)})` : '';
  return `${time} ${who} ${PAST[entry.action]}${article}${detail}`;
}

function auditText(audit: AuditSummary): string {
  const lines = [
    ...(audit.writeError ? [`⚠ ${reasonText(audit.writeError)}`] : []),
    ...audit.recent.map(auditLine),
  ];
  return lines.length === 0 ? 'None yet.' : joinWithin(lines, FIELD_MAX);
}

/**
 * `/corpus status`: the corpus, the files left out and why, the last reload, the index snapshot and
 * the latest changes from the audit log. Private to the moderator.
 */
export function renderCorpusStatus(status: EngineStatus, trashed: number): ReplyPayload {
  const skipped = status.skipped.map((s) => `${escapeName(s.file)}: ${reasonText(s.reason)}`);
  const skippedText = skipped.length === 0 ? 'no files skipped' : `${plural(skipped.length, 'file')} skipped`;
  const trashText = trashed === 0 ? 'the trash is empty' : `${plural(trashed, 'article')} in the trash`;
  return fitPayload({
    embeds: [
      {
        color: COLOR.report,
        title: 'Corpus status',
        description: `${plural(status.articles, 'article')}, ${plural(status.paragraphs, 'paragraph')}; ${skippedText}; ${trashText}.`,
        fields: [
          { name: 'Last reload', value: lastReloadText(status.lastReload) },
          { name: 'Index snapshot', value: snapshotText(status.snapshot, status.removedTempFiles) },
          {
            name: status.audit.file ? 'Recent changes' : 'Recent changes (kept in memory only)',
            value: auditText(status.audit),
          },
          ...(skipped.length > 0
            ? [{ name: `Skipped (${skipped.length})`, value: joinWithin(skipped, FIELD_MAX) }]
            : []),
        ],
      },
    ],
    components: [],
    ephemeral: true,
  });
}

import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { articleIdOf } from '../core/article.ts';
import type { TrashedArticle } from '../core/engine.ts';
import { foldWord, words } from '../core/text.ts';
import type { Article } from '../core/types.ts';
import { LIMITS } from './limits.ts';
import { truncate } from './text.ts';

export type Choice = ApplicationCommandOptionChoiceData<string>;

/**
 * Completes the last word of a question being typed with words the articles use.
 *
 * @example questionChoices('who denied the arm', complete) // [{ name: 'who denied the armenian', … }, …]
 */
export function questionChoices(
  typed: string,
  complete: (prefix: string, limit: number) => string[],
): Choice[] {
  const text = typed.replace(/\s+/g, ' ').trimStart();
  const match = /^(.*?)([\p{L}\p{M}\p{N}]+)$/u.exec(text);
  if (match === null) return [];
  const head = match[1] as string;
  const partial = match[2] as string;
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const word of complete(partial, LIMITS.autocompleteChoices)) {
    const value = head + word;
    if (value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: value, value });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return choices;
}

/** `Title — Outlet` for a choice list (plain text: Discord shows choice names as typed). */
function articleChoiceName(article: Article): string {
  const name = article.source
    ? `${article.title || article.id} — ${article.source}`
    : article.title || article.id;
  return (
    truncate(name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName) || article.id.slice(0, LIMITS.choiceName)
  );
}

function matches(article: Article, wanted: readonly string[]): boolean {
  const haystack = new Set(words(`${article.title} ${article.source} ${article.id} ${article.date}`));
  const all = [...haystack];
  return wanted.every((w) => haystack.has(w) || all.some((h) => h.startsWith(w)));
}

/**
 * Articles whose title, outlet, date or id contain every word typed (whole, or the start of one); titles
 * that start with the text first; the value is the article id.
 */
export function articleChoices(typed: string, articles: readonly Article[]): Choice[] {
  const wanted = words(typed);
  const folded = foldWord(typed.trim());
  const found = articles.filter((a) => a.id.length <= LIMITS.choiceValue && matches(a, wanted));
  const first = found.filter((a) => folded !== '' && foldWord(a.title).startsWith(folded));
  const rest = found.filter((a) => !first.includes(a));
  return [...first, ...rest]
    .slice(0, LIMITS.autocompleteChoices)
    .map((article) => ({ name: articleChoiceName(article), value: article.id }));
}

/**
 * The article meant by an option value: its id (what autocomplete fills in), its exact title, or the one
 * article that matches what was typed.
 */
export function resolveArticle(typed: string, articles: readonly Article[]): Article | undefined {
  const text = typed.trim();
  const byId = articles.find((a) => a.id === text);
  if (byId) return byId;
  const folded = foldWord(text);
  const byTitle = articles.filter((a) => foldWord(a.title) === folded);
  if (byTitle.length === 1) return byTitle[0];
  if (words(text).length === 0) return undefined;
  const candidates = articles.filter((a) => matches(a, words(text)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The article a removal means, exactly: its id (what autocomplete fills in), its file name, or its title
 * when no other article has that title. No partial matches: a removal should not guess.
 */
export function exactArticle(typed: string, articles: readonly Article[]): Article | undefined {
  const text = typed.trim();
  const exact = articles.find((a) => a.id === text || a.file === text);
  if (exact) return exact;
  const folded = foldWord(text);
  if (folded === '') return undefined;
  const byTitle = articles.filter((a) => foldWord(a.title) === folded);
  return byTitle.length === 1 ? byTitle[0] : undefined;
}

/** `2024-02-14 08:30 UTC` */
const minuteOf = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Articles in the trash whose title or file name contain every word typed, most recently removed first.
 * The value is the trash name, which names one copy; when that is too long for a choice, the file
 * name, which restores the latest copy.
 */
export function trashChoices(typed: string, trashed: readonly TrashedArticle[]): Choice[] {
  const wanted = words(typed);
  const choices: Choice[] = [];
  for (const item of trashed) {
    const value = item.trashName.length <= LIMITS.choiceValue ? item.trashName : item.file;
    if (value.length === 0 || value.length > LIMITS.choiceValue) continue;
    const haystack = words(`${item.title} ${item.file}`);
    if (!wanted.every((w) => haystack.some((h) => h.startsWith(w)))) continue;
    const label = item.title ? `${item.title} (${item.file})` : item.file;
    const suffix = ` · removed ${minuteOf(item.removedAt)}`;
    const name = truncate(label.replace(/\s+/g, ' ').trim(), LIMITS.choiceName - suffix.length) + suffix;
    choices.push({ name, value });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return choices;
}

/**
 * What to restore for what was typed: a trash name, file name or article id as it is (the engine finds
 * those), else the trashed article with that exact title (its latest copy), else the text as typed.
 */
export function trashTarget(typed: string, trashed: readonly TrashedArticle[]): string {
  const text = typed.trim();
  const lower = text.toLowerCase();
  const direct = trashed.some(
    (t) =>
      t.trashName === text || t.file.toLowerCase() === lower || articleIdOf(t.file).toLowerCase() === lower,
  );
  if (direct) return text;
  const folded = foldWord(text);
  const byTitle = trashed.filter((t) => t.title !== '' && foldWord(t.title) === folded);
  // Newest first: the first is the latest copy; two different files with one title stay ambiguous.
  const first = byTitle[0];
  return first && byTitle.every((t) => t.file === first.file) ? first.trashName : text;
}

import { createInterface } from 'node:readline';
import { claimsAsText } from '../core/claims.ts';
import type { Newsdesk, ReloadReport } from '../core/engine.ts';
import { errorReference, NewsdeskError } from '../core/errors.ts';
import { printable } from '../core/text.ts';
import type { SearchHit } from '../core/types.ts';
import { warmUp } from '../core/warm-up.ts';
import { SEARCH_PAGE_SIZE } from '../discord/limits.ts';
import { unexpectedFailureLine } from './entry.ts';
import { renderStartupReport } from './loading.ts';
import {
  cyan,
  describeArticle,
  dim,
  highlight,
  renderAnswerForTerminal,
  renderSourcesForTerminal,
  type TerminalStyle,
  yellow,
} from './terminal.ts';

export interface ConsoleIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

export const CONSOLE_HELP = [
  'Ask a question about the articles in plain words, e.g. who denied sending fighters',
  `  /search <words>   paragraphs that match, best first, ${SEARCH_PAGE_SIZE} at a time`,
  `  /more             the next ${SEARCH_PAGE_SIZE} (or just press Enter)`,
  '  /claims <topic>   who claims, confirms, denies or doubts what about it',
  '  /sources          the articles and their outlets',
  '  /reload           rescan the corpus folder',
  '  /help             this text',
  '  /quit             leave',
].join('\n');

/** Most hits kept for paging: ten pages, as the bot's `/search` keeps. */
export const MAX_SEARCH_HITS = 10 * SEARCH_PAGE_SIZE;

/** Most statements `/claims` prints. */
const MAX_CLAIMS_SHOWN = 20;

/** What the console remembers between lines: the search being paged through. */
export interface ConsoleSession {
  search?: { readonly hits: readonly SearchHit[]; page: number };
}

/**
 * One page of search hits, numbered across pages, with where it is in the list and how to go on.
 * @example renderSearchPage(hits, 2, plain) // '6. Coast Herald · …\n…\nResults 6–10 of 29. /more or Enter for the next 5.'
 */
export function renderSearchPage(hits: readonly SearchHit[], page: number, style: TerminalStyle): string {
  if (hits.length === 0) return 'No paragraph matches that.';
  const first = (page - 1) * SEARCH_PAGE_SIZE;
  const shown = hits.slice(first, first + SEARCH_PAGE_SIZE);
  const lines = shown.map(
    (hit, i) =>
      `${cyan(`${first + i + 1}.`, style)} ${describeArticle(hit.article) || printable(hit.article.file)}, ${dim(
        `paragraph ${hit.paragraph.n}`,
        style,
      )}\n   ${highlight(hit.paragraph.text, hit.matchedWords, style)}`,
  );
  if (hits.length > SEARCH_PAGE_SIZE) {
    const last = first + shown.length;
    const next = Math.min(SEARCH_PAGE_SIZE, hits.length - last);
    lines.push(
      `Results ${first + 1}–${last} of ${hits.length}.${next > 0 ? ` /more or Enter for the next ${next}.` : ''}`,
    );
  }
  return lines.join('\n');
}

/** What a reload did: totals, then the articles added, changed and removed, and every skipped file. */
export function renderReloadForTerminal(report: ReloadReport, style: TerminalStyle): string {
  const lines = [
    `Reloaded in ${report.tookMs} ms: ${report.articles} articles, ${report.paragraphs} paragraphs.`,
  ];
  const changes = [
    ['Added', report.added],
    ['Changed', report.changed],
    ['Removed', report.removed],
  ] as const;
  for (const [label, files] of changes)
    if (files.length > 0) lines.push(`${label}: ${files.map(printable).join(', ')}`);
  if (changes.every(([, files]) => files.length === 0))
    lines.push('No article was added, changed or removed.');
  for (const s of report.skipped) lines.push(`${yellow('skipped', style)} ${printable(s.file)}: ${s.reason}`);
  return lines.join('\n');
}

/** The next page of the search being paged through, or `null` when there is none. */
function nextPage(session: ConsoleSession, style: TerminalStyle): string | null {
  const search = session.search;
  if (!search || search.page * SEARCH_PAGE_SIZE >= search.hits.length) return null;
  search.page += 1;
  return renderSearchPage(search.hits, search.page, style);
}

/**
 * Handles one line typed at the console and returns the reply, or `null` to quit. `session` keeps the
 * search being paged through from one line to the next (an empty line or `/more` shows its next page).
 * Never throws: a failure becomes a message.
 */
export async function handleConsoleLine(
  engine: Newsdesk,
  line: string,
  style: TerminalStyle,
  session: ConsoleSession = {},
): Promise<string | null> {
  const text = line.trim();
  if (!text) return nextPage(session, style) ?? '';
  const [command = '', ...rest] = text.split(/\s+/);
  const argument = rest.join(' ');
  try {
    switch (command.toLowerCase()) {
      case '/quit':
      case '/exit':
        return null;
      case '/help':
        return CONSOLE_HELP;
      case '/sources':
        return renderSourcesForTerminal(engine.articles, style);
      case '/search': {
        if (!argument) return 'usage: /search <words>';
        const hits = engine.search(argument, { limit: MAX_SEARCH_HITS });
        session.search = { hits, page: 1 };
        return renderSearchPage(hits, 1, style);
      }
      case '/claims':
        return argument ? claimsAsText(engine.claims(argument), MAX_CLAIMS_SHOWN) : 'usage: /claims <topic>';
      case '/more':
        return nextPage(session, style) ?? 'No more results. Search with /search <words>.';
      case '/reload':
        return renderReloadForTerminal(await engine.reload(), style);
      default:
        if (command.startsWith('/')) return `Unknown command ${command}. Type /help for the list.`;
        return renderAnswerForTerminal(engine.ask(text), style);
    }
  } catch (error) {
    // The console's one catch: a refusal is said as it is, anything else gets a reference on its log line.
    if (error instanceof NewsdeskError) return error.message;
    const ref = errorReference();
    process.stderr.write(`${unexpectedFailureLine(error, ref)}\n`);
    return `Something went wrong, sorry (reference ${ref}).`;
  }
}

/**
 * The console chat: a prompt, answers rendered for a terminal (in colour on a TTY), until /quit or EOF.
 * At a terminal the language resources are loaded before the first prompt, so that the first answer
 * comes as fast as the rest; from a pipe that gains nothing (the first line would wait for them all the same).
 */
export async function runConsole(
  engine: Newsdesk,
  io: ConsoleIo = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const style = { color: io.output.isTTY === true };
  const write = (text: string) => io.output.write(`${text}\n`);
  write(`${renderStartupReport(engine.status())}\nType /help for commands.`);
  if (io.input.isTTY === true) warmUp();
  const session: ConsoleSession = {};
  const prompt = createInterface({ input: io.input, output: io.output, terminal: io.output.isTTY === true });
  prompt.setPrompt('> ');
  prompt.prompt();
  for await (const line of prompt) {
    const reply = await handleConsoleLine(engine, line, style, session);
    if (reply === null) break;
    if (reply) write(reply);
    prompt.prompt();
  }
  prompt.close();
}

import { createInterface } from 'node:readline';
import { claimsAsText } from '../core/claims.ts';
import type { Newsdesk } from '../core/engine.ts';
import { errorReference, NewsdeskError } from '../core/errors.ts';
import { unexpectedFailureLine } from './entry.ts';
import {
  renderAnswerForTerminal,
  renderHitsForTerminal,
  renderReportForTerminal,
  renderSourcesForTerminal,
  type TerminalStyle,
} from './terminal.ts';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

export const CONSOLE_HELP = [
  'Ask a question about the articles in plain words, e.g. who denied sending fighters',
  '  /search <words>   paragraphs that match, best first',
  '  /claims <topic>   who claims, confirms, denies or doubts what about it',
  '  /sources          the articles and their outlets',
  '  /reload           rescan the corpus folder',
  '  /help             this text',
  '  /quit             leave',
].join('\n');

const SEARCH_LIMIT = 5;
/** Most statements `/claims` prints. */
const MAX_CLAIMS_SHOWN = 20;

/**
 * Handles one line typed at the console and returns the reply, or `null` to quit.
 * Never throws: a failure becomes a message.
 */
export async function handleConsoleLine(
  engine: Newsdesk,
  line: string,
  style: TerminalStyle,
): Promise<string | null> {
  const text = line.trim();
  if (!text) return '';
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
      case '/search':
        return argument
          ? renderHitsForTerminal(engine.search(argument, { limit: SEARCH_LIMIT }), style)
          : 'usage: /search <words>';
      case '/claims':
        return argument ? claimsAsText(engine.claims(argument), MAX_CLAIMS_SHOWN) : 'usage: /claims <topic>';
      case '/reload':
        return renderReportForTerminal(await engine.reload(), style);
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

/** The console chat: a prompt, answers rendered for a terminal (in colour on a TTY), until /quit or EOF. */
export async function runConsole(
  engine: Newsdesk,
  io: ConsoleIo = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const style = { color: io.output.isTTY === true };
  const write = (text: string) => io.output.write(`${text}\n`);
  write(
    `Newsdesk: ${engine.articles.length} articles, ${engine.paragraphCount} paragraphs. Type /help for commands.`,
  );
  const prompt = createInterface({ input: io.input, output: io.output, terminal: io.output.isTTY === true });
  prompt.setPrompt('> ');
  prompt.prompt();
  for await (const line of prompt) {
    const reply = await handleConsoleLine(engine, line, style);
    if (reply === null) break;
    if (reply) write(reply);
    prompt.prompt();
  }
  prompt.close();
}

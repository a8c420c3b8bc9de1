import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';
import type { ReloadReport } from '../core/engine.ts';
import { printable } from '../core/text.ts';

const REDACTED = '[redacted]';

/**
 * Removes secrets from a serialized log line: the bot token (and its signature part on its own), and
 * the interaction and webhook tokens inside Discord URLs.
 */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) out = out.replaceAll(secret, REDACTED);
  return out
    .replace(/(\/interactions\/\d+\/)[^/"\s?]+/g, `$1${REDACTED}`)
    .replace(/(\/webhooks\/\d+\/)[^/"\s?]+/g, `$1${REDACTED}`);
}

/**
 * A JSON log line with the characters JSON leaves as they are (bidirectional and C1 controls, line
 * separators, zero-width characters, as in a file name) written as `\uXXXX` escapes: the same JSON, but
 * nothing in it can reorder or hide text in a terminal.
 */
export function escapeLogLine(line: string): string {
  return line.endsWith('\n') ? `${printable(line.slice(0, -1))}\n` : printable(line);
}

/** The bot token and its signature part, the pieces that must never be written out. */
export function tokenSecrets(token: string | undefined): string[] {
  if (token === undefined) return [];
  const signature = token.split('.').at(-1) ?? '';
  return [token, ...(signature.length >= 8 ? [signature] : [])];
}

/** Structured JSON logs (pino); every line passes through {@link scrubSecrets}. */
export function createLogger(options: {
  level: LogLevel;
  token?: string | undefined;
  destination?: DestinationStream;
}): Logger {
  const secrets = tokenSecrets(options.token);
  return pino(
    {
      level: options.level,
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'],
        censor: REDACTED,
      },
      hooks: { streamWrite: (line) => escapeLogLine(scrubSecrets(line, secrets)) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The figures of a reload worth a log line: counts, not file names. */
export function reloadLogFields(report: ReloadReport) {
  return {
    articles: report.articles,
    paragraphs: report.paragraphs,
    added: report.added.length,
    changed: report.changed.length,
    removed: report.removed.length,
    skipped: report.skipped.length,
    tookMs: report.tookMs,
  };
}

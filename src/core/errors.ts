import { randomBytes } from 'node:crypto';

/** Why a change to the corpus (add, remove, restore) was refused. */
export type CurationErrorCode =
  | 'too-large'
  | 'empty'
  | 'unsupported-type'
  | 'binary'
  | 'not-utf8'
  | 'no-paragraphs'
  | 'duplicate'
  | 'invalid-option'
  | 'not-found'
  | 'name-taken'
  | 'write-failed';

/** Why an attachment was not downloaded (`too-large` is shared with the curation codes). */
export type DownloadErrorCode = 'too-large' | 'bad-url' | 'download-failed';

/** Why Newsdesk cannot start, or cannot go on. */
export type StartupErrorCode =
  /** A setting is wrong; {@link NewsdeskError.problems} lists every one. */
  | 'invalid-config'
  | 'corpus-unreadable'
  | 'lexicon-unreadable'
  /** Discord refused the bot: a bad token, disallowed intents. Retrying does not help. */
  | 'discord-rejected'
  /** Discord (or `DISCORD_API_URL`) could not be reached or failed to answer. */
  | 'discord-unreachable';

/** A saved index that cannot be used; the engine rebuilds it and says why. */
export type SnapshotErrorCode = 'snapshot-invalid';

export type NewsdeskErrorCode = CurationErrorCode | DownloadErrorCode | StartupErrorCode | SnapshotErrorCode;

export interface NewsdeskErrorOptions {
  /** The underlying failure, for the logs; never shown to the user. */
  readonly cause?: unknown;
  /** The separate problems when there are several (one per setting), in the order found. */
  readonly problems?: readonly string[];
}

/**
 * A failure written for the person who can fix it: the message is shown as it is (no prefix to add or
 * strip) by every front end, which catches it once: the Discord interaction and message handlers, the
 * console chat, and the command-line entry points. Any other error is unexpected: it is logged with a
 * reference instead of being shown.
 *
 * @example
 * try { await engine.removeArticle('missing', moderator) }
 * catch (error) { if (error instanceof NewsdeskError && error.code === 'not-found') ... }
 */
export class NewsdeskError extends Error {
  readonly code: NewsdeskErrorCode;
  readonly problems: readonly string[];

  constructor(code: NewsdeskErrorCode, message: string, options: NewsdeskErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsdeskError';
    this.code = code;
    this.problems = options.problems ?? [];
  }
}

/** Whether `error` is a {@link NewsdeskError}, optionally of one of `codes`. */
export function isNewsdeskError(error: unknown, ...codes: NewsdeskErrorCode[]): error is NewsdeskError {
  return error instanceof NewsdeskError && (codes.length === 0 || codes.includes(error.code));
}

/** A short reference shown to the user with an unexpected failure and written on its log line. */
export function errorReference(): string {
  return randomBytes(4).toString('hex');
}

/** Why a change to the corpus was refused; one code per kind of problem, for front ends that branch on it. */
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

/**
 * A refused change to the corpus (add, remove, restore). The message is written for the moderator who
 * asked and starts with `Newsdesk:`; nothing in the corpus changed.
 *
 * @example
 * try { await engine.removeArticle('missing', moderator) }
 * catch (error) { if (error instanceof CurationError && error.code === 'not-found') ... }
 */
export class CurationError extends Error {
  readonly code: CurationErrorCode;

  constructor(code: CurationErrorCode, message: string) {
    super(`Newsdesk: ${message}`);
    this.name = 'CurationError';
    this.code = code;
  }
}

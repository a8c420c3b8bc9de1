import { type DownloadErrorCode, NewsdeskError } from '../core/errors.ts';
import { displayName } from '../core/library.ts';

/** How attachments are fetched: the global `fetch` in production, a loopback-only one in tests. */
export type Fetch = typeof globalThis.fetch;

/** What the bot needs of a Discord attachment. */
export interface AttachmentRef {
  /** The file name it was uploaded under (not trusted: only shown, and its extension read). */
  readonly name: string;
  readonly url: string;
  /** The size Discord reports, in bytes. */
  readonly size: number;
}

/** Longest wait for an attachment download, headers and body together. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

export interface DownloadOptions {
  readonly fetch: Fetch;
  /** The largest file accepted (`MAX_ARTICLE_BYTES`). */
  readonly maxBytes: number;
  readonly timeoutMs?: number;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'it took too long';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Downloads an attachment, refusing it before reading a byte when Discord's size or the server's
 * `Content-Length` is over the limit, and stopping mid-stream if the body turns out larger anyway.
 * Only http(s) addresses are fetched.
 * @throws NewsdeskError (`too-large`, `bad-url`, `download-failed`) saying why nothing was added; the
 *   message is for the moderator, and nothing in the corpus changed.
 * @example const bytes = await downloadAttachment(attachment, { fetch, maxBytes: 1_000_000 })
 */
export async function downloadAttachment(
  attachment: AttachmentRef,
  options: DownloadOptions,
): Promise<Uint8Array> {
  const shown = displayName(attachment.name) || '(no name)';
  const refuse = (code: DownloadErrorCode, reason: string) =>
    new NewsdeskError(code, `cannot add "${shown}": ${reason}`);
  const limit = options.maxBytes;
  const tooLarge = (size: number) => refuse('too-large', `too large (${size} bytes, limit ${limit})`);

  if (attachment.size > limit) throw tooLarge(attachment.size);
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw refuse('bad-url', 'the attachment has no address to download it from');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refuse('bad-url', `the attachment's address is not a web address (${url.protocol})`);

  const failed = (error: unknown) =>
    refuse('download-failed', `the download failed (${reasonOf(error)}); try again`);
  let response: Response;
  try {
    response = await options.fetch(url.href, {
      signal: AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    throw failed(error);
  }
  const body = response.body;
  if (!response.ok) {
    await body?.cancel().catch(() => undefined);
    throw refuse('download-failed', `the download failed (HTTP ${response.status}); try again`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (body === null) return new Uint8Array(0);

  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw refuse('too-large', `too large (over ${limit} bytes, the limit)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    throw failed(error);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

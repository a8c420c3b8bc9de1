/**
 * Attachment downloads with a stand-in `fetch` (no network at all): the size is checked before a byte
 * is read, and a body larger than announced is cut off while streaming.
 */
import { describe, expect, test } from 'vitest';
import { NewsdeskError } from '../../src/core/errors.ts';
import { downloadAttachment, type Fetch } from '../../src/discord/attachments.ts';

const URL_OK = 'https://cdn.example/attachments/1/2/article.txt';

/** A fetch that answers every request with `make()` and counts the calls and the bytes pulled. */
function stubFetch(make: () => Response | Promise<Response>) {
  const calls: string[] = [];
  const fetch: Fetch = async (input) => {
    calls.push(String(input));
    return make();
  };
  return { fetch, calls };
}

/** A streamed body of `chunks` pieces of `size` bytes, with no Content-Length; counts what was pulled. */
function streamed(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { status: 200 }), state };
}

const attachment = (over: Partial<{ name: string; url: string; size: number }> = {}) => ({
  name: 'article.txt',
  url: URL_OK,
  size: 10,
  ...over,
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    const { code, message } = error as NewsdeskError;
    return { code, message };
  }
  throw new Error('expected a refusal');
}

describe('downloadAttachment', () => {
  test('reads the whole body', async () => {
    const { fetch, calls } = stubFetch(() => new Response('Hello, harbour.'));
    const bytes = await downloadAttachment(attachment(), { fetch, maxBytes: 100 });
    expect(new TextDecoder().decode(bytes)).toBe('Hello, harbour.');
    expect(calls).toEqual([URL_OK]);
  });

  test('joins a streamed body of several chunks', async () => {
    const { response } = streamed(3, 1000);
    const bytes = await downloadAttachment(attachment(), { fetch: async () => response, maxBytes: 3000 });
    expect(bytes.length).toBe(3000);
  });

  const refusedBeforeFetching = [
    {
      what: 'declared size over the limit',
      input: attachment({ size: 101 }),
      expected: {
        code: 'too-large',
        message: 'cannot add "article.txt": too large (101 bytes, limit 100)',
      },
    },
    {
      what: 'an address that is not http(s)',
      input: attachment({ url: 'file:///etc/passwd' }),
      expected: {
        code: 'bad-url',
        message: `cannot add "article.txt": the attachment's address is not a web address (file:)`,
      },
    },
    {
      what: 'no address at all',
      input: attachment({ url: '' }),
      expected: {
        code: 'bad-url',
        message: 'cannot add "article.txt": the attachment has no address to download it from',
      },
    },
    {
      what: 'a name that tries to format or hide itself is shown plainly',
      input: attachment({ name: '\u202e../big\u0000.txt', size: 5000 }),
      expected: {
        code: 'too-large',
        message: 'cannot add "../big.txt": too large (5000 bytes, limit 100)',
      },
    },
  ] as const;
  for (const { what, input, expected } of refusedBeforeFetching) {
    test(`refused without fetching: ${what}`, async () => {
      const { fetch, calls } = stubFetch(() => new Response('x'));
      expect(await refusal(downloadAttachment(input, { fetch, maxBytes: 100 }))).toEqual(expected);
      expect(calls).toEqual([]);
    });
  }

  test('a Content-Length over the limit: refused before the body is read', async () => {
    const { response, state } = streamed(100, 1000);
    const headers = new Headers({ 'content-length': '100000' });
    const lying = new Response(response.body, { status: 200, headers });
    const result = await refusal(
      downloadAttachment(attachment({ size: 10 }), { fetch: async () => lying, maxBytes: 5000 }),
    );
    expect(result).toEqual({
      code: 'too-large',
      message: 'cannot add "article.txt": too large (100000 bytes, limit 5000)',
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(state.cancelled).toBe(true);
  });

  test('a body larger than announced: cut off once past the limit', async () => {
    const { response, state } = streamed(1000, 1000);
    const result = await refusal(
      downloadAttachment(attachment({ size: 10 }), { fetch: async () => response, maxBytes: 5000 }),
    );
    expect(result).toEqual({
      code: 'too-large',
      message: 'cannot add "article.txt": too large (over 5000 bytes, the limit)',
    });
    expect(state.pulled).toBeLessThanOrEqual(7);
    expect(state.cancelled).toBe(true);
  });

  const failures = [
    {
      what: 'an HTTP error',
      fetch: (async () => new Response('gone', { status: 404 })) as Fetch,
      message: 'cannot add "article.txt": the download failed (HTTP 404); try again',
    },
    {
      what: 'a network error',
      fetch: (async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
        });
      }) as Fetch,
      message: 'cannot add "article.txt": the download failed (ECONNREFUSED); try again',
    },
    {
      what: 'a timeout',
      fetch: ((_input: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        })) as Fetch,
      message: 'cannot add "article.txt": the download failed (it took too long); try again',
    },
  ] as const;
  for (const { what, fetch, message } of failures) {
    test(`a failed download: ${what}`, async () => {
      expect(
        await refusal(downloadAttachment(attachment(), { fetch, maxBytes: 100, timeoutMs: 50 })),
      ).toEqual({
        code: 'download-failed',
        message,
      });
    });
  }
});

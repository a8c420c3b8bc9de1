import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Refuses every TCP connection that is not to loopback, and remembers the attempts, so a test can
 * prove that nothing reached the network.
 */
export function guardLoopback(): { readonly attempts: string[]; restore(): void } {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as
      | { host?: string; path?: string; port?: number }
      | number
      | string;
    let host: string | undefined;
    if (typeof first === 'object' && first !== null)
      host = first.path ? undefined : (first.host ?? 'localhost');
    else if (typeof first === 'number') host = typeof args[1] === 'string' ? args[1] : 'localhost';
    if (host !== undefined && !LOOPBACK.has(host)) {
      attempts.push(host);
      throw new Error(`Blocked a connection to ${host}: tests may only reach 127.0.0.1`);
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return {
    attempts,
    restore() {
      net.Socket.prototype.connect = original;
    },
  };
}

/**
 * A `fetch` that only reaches 127.0.0.1 (anything else is refused before a connection is tried), and
 * remembers every address it was asked for.
 */
export function loopbackFetch(): { readonly fetch: typeof globalThis.fetch; readonly urls: string[] } {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    urls.push(url.href);
    if (url.hostname !== '127.0.0.1')
      throw new TypeError(`Blocked a fetch of ${url.host}: tests may only reach 127.0.0.1`);
    return globalThis.fetch(input, init);
  };
  return { fetch, urls };
}

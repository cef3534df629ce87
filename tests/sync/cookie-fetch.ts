// A fetch with its own cookie jar, standing in for one browser profile in Node: Node's fetch keeps
// no cookies, and PouchDB's Node fetch shares one jar per process (alice and bob would overwrite
// each other's session). Enough of RFC 6265 for CouchDB's AuthSession on 127.0.0.1.
import type { FetchLike } from '../../src/sync/pouch';

export type CookieFetch = FetchLike & {
  /** The cookies held now, name → value. */
  cookies: Map<string, string>;
  /** Every request made, for tests that check where requests went. */
  requests: string[];
};

export function cookieFetch(): CookieFetch {
  const cookies = new Map<string, string>();
  const requests: string[] = [];
  const doFetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    requests.push(`${init.method ?? 'GET'} ${url}`);
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (value === '' || expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return Object.assign(doFetch, { cookies, requests });
}

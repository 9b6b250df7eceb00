/**
 * A browser without JavaScript, for the campaign's HTTP tests: keeps the cookies it is given, never follows
 * redirects (the test reads them), reads a page's CSRF token, posts forms (URL-encoded or a multipart upload).
 */
export class WebClient {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /Max-Age=0/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
  async csrf(path: string): Promise<string> {
    const text = await (await this.fetch(path)).text();
    return /name="csrf" value="([^"]+)"/.exec(text)![1];
  }
  /** Signs in on the sign-in page (its CSRF token first). */
  async signIn(key: string): Promise<Response> {
    return this.post('/sign-in', { key, csrf: await this.csrf('/sign-in') });
  }
  post(path: string, fields: Record<string, string>): Promise<Response> {
    return this.fetch(path, { method: 'POST', body: new URLSearchParams(fields) });
  }
  upload(path: string, csrf: string | null, name: string, bytes: Buffer): Promise<Response> {
    const form = new FormData();
    if (csrf !== null) form.set('csrf', csrf);
    form.set('kind', 'measurements');
    form.set('file', new Blob([bytes]), name);
    return this.fetch(path, { method: 'POST', body: form });
  }
}

/** The session cookie: read from the Cookie header, written HttpOnly, SameSite=Strict, Secure over HTTPS. */
export const SESSION_COOKIE = 'egov_session';
/** The sign-in form's CSRF cookie (double submit: no session exists yet when the form is sent). */
export const SIGN_IN_COOKIE = 'egov_signin';

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

export function setCookie(name: string, value: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

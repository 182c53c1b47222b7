/**
 * The session cookie, by hand (docs/decisions/2026-12-01-http-plugins.md): one cookie, read and
 * written here only. `HttpOnly; SameSite=Strict`, and `Secure` behind TLS.
 */
export const sessionCookieName = 'referent_session';

/** The value of cookie `name` in a `Cookie` header; `''` when it is malformed (no login, 401). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      // A malformed cookie is no login (401), not a server error.
      return '';
    }
  }
  return undefined;
}

/** `Set-Cookie` for a new session lasting `maxAgeSeconds`. */
export function toSessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookieName}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` that removes the session cookie (logout). */
export const clearedSessionCookie = `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;

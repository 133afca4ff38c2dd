/**
 * The session cookie of a professional: Payload's own `payload-token` (so `payload.auth` reads
 * it), HttpOnly, SameSite=Lax, Secure on https, as long as the token lives.
 */
import type { AstroCookies } from 'astro'

export const SESSION_COOKIE = 'payload-token'

export function setSession(cookies: AstroCookies, url: URL, token: string, expiresAt?: number): void {
  cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    path: '/',
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })
}

export function clearSession(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' })
}

/** Only same-site paths may be a target after login ("/vraag-stellen?…"), never another host. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/account'
  return value
}

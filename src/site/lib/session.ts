/**
 * The session of a professional on the site: Payload's own `payload-token` cookie, HttpOnly,
 * SameSite=Lax, Secure whenever SERVER_URL is https (also behind a TLS proxy, where the request
 * itself arrives over http), as long as the token lives.
 */
import type { AstroCookies } from 'astro'
import type { Payload } from 'payload'
import { safeRedirectPath } from '../../domain/security/safeRedirect'
import type { Professional } from '../../payload-types'
import { publicOrigin } from './origin'

export const SESSION_COOKIE = 'payload-token'

export function setSession(cookies: AstroCookies, token: string, expiresAt?: number): void {
  cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicOrigin().https,
    path: '/',
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })
}

export function clearSession(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/', secure: publicOrigin().https, httpOnly: true, sameSite: 'lax' })
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether the session cookie may speak for this request: always for reading, and for a change
 * only when the browser says the request comes from the very origin it was sent to. (Astro's
 * checkOrigin already refuses cross-site form posts; the SameSite=Lax cookie is not even sent
 * with them.)
 */
export function mayUseSession(request: Request, url: URL): boolean {
  return SAFE_METHODS.has(request.method) || request.headers.get('origin') === url.origin
}

/**
 * The professional the session cookie belongs to, or undefined. Payload checks the token
 * (signature, expiry, the account itself), handed over as a token rather than as the browser's
 * headers: Payload's own origin check compares the Origin with SERVER_URL only, so a session
 * at 127.0.0.1, at www. or behind a proxy would count as logged in on a GET and as anonymous on
 * the POST that sends the question. The site does its own same-origin check above instead.
 */
export async function professionalFromSession(
  payload: Payload,
  cookies: AstroCookies,
  request: Request,
  url: URL,
): Promise<Professional | undefined> {
  const token = cookies.get(SESSION_COOKIE)?.value
  if (!token || !mayUseSession(request, url)) return undefined
  try {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    return user?.collection === 'professionals' ? user : undefined
  } catch {
    // An invalid or expired token simply means: not logged in.
    return undefined
  }
}

/** Where to go after logging in: a path on this site only (see safeRedirectPath), else /account. */
export function safeNextPath(value: string | null | undefined): string {
  return safeRedirectPath(value, publicOrigin().origin, '/account')
}

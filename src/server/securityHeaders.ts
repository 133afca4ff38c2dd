/**
 * The security headers of every response the server sends (site pages, admin, API, media,
 * static files, the search index, feeds, the one-click unsubscribe, error answers): set on the
 * response before any handler runs, so whatever answers keeps them.
 *
 * The Content-Security-Policy set here is the one for answers that are not pages: site pages
 * replace it with Astro's own (with the hashes of that page's scripts and styles, see
 * astro.config.mjs), the admin gets a nonce-based policy that Next applies to its scripts.
 */
import crypto from 'node:crypto'
import type http from 'node:http'
import {
  adminCsp,
  closedCsp,
  permissionsPolicy,
  referrerPolicy,
  searchIndexCsp,
  strictTransportSecurity,
} from '../domain/security/policies'

const ADMIN_PATH = /^\/(admin|_next)(\/|$)/
const SEARCH_INDEX_PATH = '/pagefind/'

export function applySecurityHeaders(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  options: { https: boolean },
): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', referrerPolicy)
  res.setHeader('Permissions-Policy', permissionsPolicy)
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  if (options.https) res.setHeader('Strict-Transport-Security', strictTransportSecurity)

  // Next takes the script nonce from the request's CSP header; never from a visitor's own.
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']
  if (ADMIN_PATH.test(pathname)) {
    const policy = adminCsp(crypto.randomBytes(16).toString('base64'))
    req.headers['content-security-policy'] = policy
    res.setHeader('Content-Security-Policy', policy)
  } else {
    res.setHeader('Content-Security-Policy', pathname.startsWith(SEARCH_INDEX_PATH) ? searchIndexCsp : closedCsp)
  }
}

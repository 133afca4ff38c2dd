/**
 * What the email log may keep of a message. The log is read by coordinators, and a mail may
 * carry a secret link (set a password, confirm an account, unsubscribe, cancel a registration):
 * whoever reads such a link can act as the recipient. The stored copy therefore has every
 * secret in a link replaced by REDACTED; the mail itself is sent with the real links.
 *
 * Deny by default, so that a new kind of token link cannot be forgotten:
 * - every query value is redacted unless its parameter is on the short list of harmless
 *   ones (the site's own filters and navigation), so `?token=`, `?key=`, `?sleutel=` … all go;
 * - a path segment after `reset` or `verify` (Payload's `/admin/reset/<token>`) is redacted;
 * - any other path segment or fragment that looks like a random token (a long hexadecimal
 *   string, or a long mixed-case base64url string) is redacted, wherever it appears.
 * Document IDs (UUIDs), slugs and file names stay readable.
 */

export const REDACTED = '[verwijderd]'

/** Query parameters that never carry a secret: filters, paging and navigation of the site. */
const harmlessParameters = new Set([
  'hulp', 'doelgroep', 'setting', 'financiering', 'gebied', 'organisatie', 'netwerk', 'leeftijd',
  'q', 'sorteer', 'pagina', 'pad', 'jaar', 'formaat', 'terug', 'redirect', 'soort', 'categorie',
  'utm_source', 'utm_medium', 'utm_campaign',
])

/** Path segments after which the next segment is a one-time token. */
const tokenRoutes = new Set(['reset', 'verify'])

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a piece of a URL looks like a random secret rather than a word, slug, number or ID. */
export function looksLikeToken(value: string): boolean {
  if (value.length < 16 || value.length > 4096 || uuid.test(value)) return false
  if (value.includes('.')) return value.split('.').some(looksLikeToken)
  if (/^[0-9a-f]+$/i.test(value)) return /[0-9]/.test(value) && /[a-f]/i.test(value)
  if (!/^[A-Za-z0-9_~+/=-]+$/.test(value)) return false
  const mixedCase = /[A-Z]/.test(value) && /[a-z]/.test(value)
  return mixedCase && (value.length >= 32 || (value.length >= 20 && /[0-9]/.test(value)))
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function redactPath(path: string): string {
  const segments = path.split('/')
  return segments
    .map((segment, index) => {
      if (!segment) return segment
      const previous = decode(segments[index - 1] ?? '').toLowerCase()
      return tokenRoutes.has(previous) || looksLikeToken(decode(segment)) ? REDACTED : segment
    })
    .join('/')
}

/** Query string or fragment: `a=1&amp;b=2`, the separators kept as written (HTML or plain). */
function redactParameters(query: string): string {
  return query
    .split(/(&amp;|&)/)
    .map((part) => {
      if (part === '&' || part === '&amp;' || part === '') return part
      const equals = part.indexOf('=')
      if (equals === -1) return looksLikeToken(decode(part)) ? REDACTED : part
      const name = decode(part.slice(0, equals)).toLowerCase()
      const value = part.slice(equals + 1)
      if (value === '' || (harmlessParameters.has(name) && !looksLikeToken(decode(value)))) return part
      return `${part.slice(0, equals)}=${REDACTED}`
    })
    .join('')
}

/** One URL (absolute or relative), with its secrets redacted. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#')
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt)
  const fragment = hashAt === -1 ? undefined : url.slice(hashAt + 1)
  const queryAt = beforeHash.indexOf('?')
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)
  const query = queryAt === -1 ? undefined : beforeHash.slice(queryAt + 1)
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? ''
  let result = origin + redactPath(base.slice(origin.length))
  if (query !== undefined) result += `?${redactParameters(query)}`
  if (fragment !== undefined) result += `#${redactParameters(fragment)}`
  return result
}

// Absolute http(s) links anywhere (HTML, text, headers), and relative links in HTML attributes.
const absoluteUrl = /\bhttps?:\/\/[^\s"'<>`]+/gi
const relativeLink = /(\b(?:href|src|action)\s*=\s*["'])([/?#][^"'\s<>]*)/gi

/** A text (HTML, plain text, a header) with every secret in its links redacted. */
export function redactSecrets(text: string): string {
  return text
    .replace(absoluteUrl, (match) => {
      // Punctuation right after a link in prose ("(https://…)." ) is not part of it.
      let end = match.length
      while (end > 0 && ').,;:!?'.includes(match[end - 1])) end--
      const url = match.slice(0, end)
      return redactUrl(url) + match.slice(url.length)
    })
    .replace(relativeLink, (_, attribute: string, url: string) => attribute + redactUrl(url))
}

/** Every string in a value (a message with headers and attachments), redacted; the rest as is. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T
  if (Array.isArray(value)) return value.map((item) => redactDeep(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item)])) as T
  }
  return value
}

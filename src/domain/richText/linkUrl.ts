/**
 * The one rule for link addresses in rich text, used by the validator (refuse on save) and by
 * every renderer (drop the link when stored data breaks it): web (http, https), e-mail (mailto),
 * phone (tel) and addresses on this site (/pad, #anker, ?vraag).
 *
 * tel: is allowed on purpose: the crisis and advice lines the network points to are phone
 * numbers, and a tappable number helps people on a phone. It is held to digits and - . ( ).
 *
 * Obfuscation is refused rather than decoded: before the first / ? or # only letters, digits and
 * `+ . - : @ _ ~` may appear, so entities (`javascript&colon;`), percent-escapes and invisible
 * characters can never spell a scheme for a browser or another consumer of the API.
 */
import { LIMITS } from './vocabulary'

export type LinkUrlProblem =
  | 'empty'
  | 'tooLong'
  | 'invisible'
  | 'obfuscated'
  | 'scheme'
  | 'protocolRelative'
  | 'host'
  | 'mailto'
  | 'tel'

export type LinkUrlCheck = { ok: true; href: string } | { ok: false; problem: LinkUrlProblem }

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
// Whitespace, control characters, zero-width and direction marks anywhere: browsers strip some of
// them while parsing, so they only ever serve to hide a scheme.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/
const SAFE_HEAD = /^[A-Za-z0-9+.\-:@_~]*$/
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/
const MAILTO = /^mailto:[^@/?#]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(\?.*)?$/i
const TEL = /^tel:\+?[0-9][0-9\-.()]{1,30}$/i

export function checkLinkUrl(value: unknown): LinkUrlCheck {
  if (typeof value !== 'string') return { ok: false, problem: 'empty' }
  // Bound before any pattern runs; then leading and trailing spaces go, as a browser drops them.
  if (value.length > LIMITS.urlChars + 100) return { ok: false, problem: 'tooLong' }
  const url = value.trim()
  if (url === '') return { ok: false, problem: 'empty' }
  if (url.length > LIMITS.urlChars) return { ok: false, problem: 'tooLong' }
  if (INVISIBLE.test(url)) return { ok: false, problem: 'invisible' }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase()
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) return { ok: false, problem: 'scheme' }
  if (url.includes('\\')) return { ok: false, problem: 'obfuscated' }
  const head = url.split(/[/?#]/, 1)[0] ?? ''
  if (!SAFE_HEAD.test(head)) return { ok: false, problem: 'obfuscated' }

  if (scheme === undefined) {
    if (url.startsWith('//')) return { ok: false, problem: 'protocolRelative' }
    // "www.example.nl" is what people type; it means the website, not a page of this site.
    return { ok: true, href: /^www\./i.test(url) ? `https://${url}` : url }
  }
  if (scheme === 'mailto') return MAILTO.test(url) ? { ok: true, href: url } : { ok: false, problem: 'mailto' }
  if (scheme === 'tel') return TEL.test(url) ? { ok: true, href: url } : { ok: false, problem: 'tel' }
  if (!/^https?:\/\//i.test(url)) return { ok: false, problem: 'host' }
  try {
    const parsed = new URL(url)
    const host = parsed.hostname
    if (!host || (!host.includes('.') && host !== 'localhost')) return { ok: false, problem: 'host' }
  } catch {
    return { ok: false, problem: 'host' }
  }
  return { ok: true, href: url }
}

/** The address to put in `href`, or undefined when the link must be shown as plain text. */
export function safeLinkHref(value: unknown): string | undefined {
  const result = checkLinkUrl(value)
  return result.ok ? result.href : undefined
}

const PROBLEM_TEXT: Record<LinkUrlProblem, string> = {
  empty: 'heeft geen webadres',
  tooLong: `heeft een webadres van meer dan ${LIMITS.urlChars} tekens`,
  invisible: 'heeft een webadres met spaties of onzichtbare tekens',
  obfuscated: 'heeft een webadres met gecodeerde of ongebruikelijke tekens vóór het eerste "/"',
  scheme: 'heeft een soort webadres dat niet is toegestaan (alleen https://, http://, mailto:, tel: of een pad op deze site zoals /aanbod)',
  protocolRelative: 'heeft een webadres dat met "//" begint; schrijf het volledig, met https://',
  host: 'heeft een webadres zonder geldige websitenaam (bijvoorbeeld https://www.voorbeeld.nl)',
  mailto: 'heeft een mailto:-adres zonder geldig e-mailadres',
  tel: 'heeft een tel:-adres dat geen telefoonnummer is (alleen cijfers, +, -, . en haakjes)',
}

/** Dutch explanation of a refused address, to follow the name of the link ("De link … "). */
export function linkUrlProblemText(problem: LinkUrlProblem): string {
  return PROBLEM_TEXT[problem]
}

/**
 * Crisis numbers and e-mail addresses in running text become links: someone who reads "bel 112"
 * or "Veilig Thuis, 0800-2000" on a phone must be able to tap it, wherever the text comes from
 * (a page of the CMS, the routekaart, a form's message). Only the known crisis lines are
 * recognised, never any number: "112 plaatsen" or "€ 112" is not a phone number we may guess at.
 *
 * A hand-written scanner, not a regular expression over the whole text, so it stays linear on
 * any input (an e-mail pattern like /[\w.]+@/ backtracks quadratically on a long word).
 */
import { escapeHtml } from '../email/escapeHtml'

export interface TextSegment {
  text: string
  /** The link address, for a crisis number (tel:) or an e-mail address (mailto:). */
  href?: string
}

/** The crisis lines the network points to: how they are written, and what a phone dials. */
export const CRISIS_NUMBERS: readonly { digits: string; tel: string; label: string }[] = [
  { digits: '112', tel: 'tel:112', label: 'Alarmnummer' },
  { digits: '08002000', tel: 'tel:08002000', label: 'Veilig Thuis' },
  { digits: '113', tel: 'tel:113', label: '113 Zelfmoordpreventie' },
  { digits: '08000113', tel: 'tel:08000113', label: '113 Zelfmoordpreventie (gratis)' },
]

const SHORT_NUMBERS = new Map(CRISIS_NUMBERS.filter((n) => n.digits.length === 3).map((n) => [n.digits, n.tel]))
const FREE_NUMBERS = new Map(CRISIS_NUMBERS.filter((n) => n.digits.startsWith('0800')).map((n) => [n.digits.slice(4), n.tel]))

const MAX_LOCAL = 64
const MAX_DOMAIN = 253

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isAsciiAlnum = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
const isLocalChar = (c: string | undefined) => isAsciiAlnum(c) || (c !== undefined && '._%+-'.includes(c))
const isDomainChar = (c: string | undefined) => isAsciiAlnum(c) || c === '.' || c === '-'
const isLetterOrDigit = (c: string | undefined) => isAsciiAlnum(c) || (c !== undefined && c > '\u007f' && /^[\p{L}\p{N}]$/u.test(c))

/** A crisis number starting at `start` (a digit that does not continue a number): its end and tel: address. */
function crisisNumberAt(text: string, start: number): { end: number; href: string } | undefined {
  const before = text[start - 1]
  // Part of a larger number, an amount or a code ("06-112", "€112", "1.112", "A112"): not a phone number.
  if (isDigit(before) || isLetterOrDigit(before) || (before !== undefined && '€$.,-+/'.includes(before))) return undefined
  // "€ 112": an amount with a space.
  if (before === ' ' && text[start - 2] === '€') return undefined
  const notContinued = (end: number) => {
    const after = text[end]
    if (after === undefined) return true
    if (isDigit(after) || isLetterOrDigit(after)) return false
    // "112,50" or "112.3": a number with decimals, not the alarm number.
    if ((after === ',' || after === '.') && isDigit(text[end + 1])) return false
    return true
  }
  const three = text.slice(start, start + 3)
  const short = SHORT_NUMBERS.get(three)
  if (short && notContinued(start + 3)) return { end: start + 3, href: short }
  if (text.startsWith('0800', start)) {
    let at = start + 4
    if (text[at] === '-' || text[at] === ' ' || text[at] === '\u00a0') at += 1
    const rest = text.slice(at, at + 4)
    const free = FREE_NUMBERS.get(rest)
    if (free && notContinued(at + 4)) return { end: at + 4, href: free }
  }
  return undefined
}

/** The e-mail address around the '@' at `at`: its start, end and mailto: address. */
function emailAround(text: string, at: number, from: number): { start: number; end: number; href: string } | undefined {
  let start = at
  while (start > from && at - start < MAX_LOCAL && isLocalChar(text[start - 1])) start -= 1
  let end = at + 1
  while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text[end])) end += 1
  // A sentence ends with a full stop, not the address: "mail naar a@b.nl."
  while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end -= 1
  while (start < at && text[start] === '.') start += 1
  if (start === at || end === at + 1) return undefined
  const domain = text.slice(at + 1, end)
  const labels = domain.split('.')
  if (labels.length < 2 || labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) return undefined
  if (!/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) return undefined
  const address = text.slice(start, end)
  return { start, end, href: `mailto:${address}` }
}

/**
 * The text in pieces: plain text, and the crisis numbers and e-mail addresses in it with their
 * link address. Joining the pieces' `text` gives back the input exactly.
 */
export function contactSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let plainFrom = 0
  let index = 0
  const push = (start: number, end: number, href: string) => {
    if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start) })
    segments.push({ text: text.slice(start, end), href })
    plainFrom = end
    index = end
  }
  while (index < text.length) {
    const c = text[index]
    if (c === '@') {
      const email = emailAround(text, index, plainFrom)
      if (email) {
        push(email.start, email.end, email.href)
        continue
      }
    } else if (isDigit(c) && !isDigit(text[index - 1])) {
      const number = crisisNumberAt(text, index)
      if (number) {
        push(index, number.end, number.href)
        continue
      }
    }
    index += 1
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) })
  return segments
}

/** A phone number never breaks over two lines: non-breaking spaces and hyphens in its link text. */
export function linkText(segment: TextSegment): string {
  return segment.href?.startsWith('tel:') ? segment.text.replace(/[ \u00a0]/g, '\u00a0').replace(/-/g, '\u2011') : segment.text
}

/** The text as escaped HTML, with the crisis numbers and e-mail addresses as links. */
export function contactLinksHtml(text: string, linkClass?: string): string {
  const classAttribute = linkClass ? ` class="${escapeHtml(linkClass)}"` : ''
  return contactSegments(text)
    .map((segment) => (segment.href ? `<a${classAttribute} href="${escapeHtml(segment.href)}">${escapeHtml(linkText(segment))}</a>` : escapeHtml(segment.text)))
    .join('')
}

/**
 * Pure validation and normalisation of the small formats the content model uses.
 *
 * Each `validate*` function answers like a Payload `validate`: `true` when the value is fine,
 * otherwise a Dutch message for the editor. An empty value is always fine here: whether a field
 * is required is the field's own business, so one rule serves required and optional fields.
 * No Payload imports: the admin runs these in the browser too, the site's forms may reuse them.
 */

export type ValidationResult = true | string

/**
 * Longest input each format is read at: anything longer is refused before a pattern or a
 * normalisation touches it, so a megabyte pasted into a field costs nothing.
 */
export const FORMAT_MAX_LENGTH = { postcode: 32, domain: 260, url: 2048, phone: 40 } as const

function isEmpty(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
}

// ---------------------------------------------------------------------------------------------
// Postcode

/** Dutch postcode: 4 digits (no leading 0), 2 letters; SA, SD and SS are never issued. */
const POSTCODE = /^([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})$/

/** "1234ab" and "1234  AB" become "1234 AB"; anything unrecognisable is only trimmed. */
export function normalizePostcode(value: string): string {
  if (value.length > FORMAT_MAX_LENGTH.postcode) return value
  const compact = value.trim().toUpperCase().replace(/\s+/g, ' ')
  const match = POSTCODE.exec(compact)
  return match ? `${match[1]} ${match[2]}` : value.trim()
}

export function validatePostcode(value: string | null | undefined): ValidationResult {
  if (isEmpty(value)) return true
  return value.length <= FORMAT_MAX_LENGTH.postcode && POSTCODE.test(value.trim().toUpperCase().replace(/\s+/g, ' '))
    ? true
    : 'Vul een geldige Nederlandse postcode in, bijvoorbeeld 1012 AB.'
}

// ---------------------------------------------------------------------------------------------
// Domain names (e.g. the e-mail domains of a member organisation)

/** Labels of letters, digits and inner hyphens, a TLD of at least two letters. */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** Editors paste "@Cordaan.nl" or "Cordaan.NL ": keep only "cordaan.nl". */
export function normalizeDomain(value: string): string {
  const domain = value.trim().toLowerCase()
  // By hand: /\.+$/ rescans a run of dots from every position, quadratic on long input.
  let start = 0
  let end = domain.length
  while (start < end && domain[start] === '@') start++
  while (end > start && domain[end - 1] === '.') end--
  return domain.slice(start, end)
}

export function validateDomain(value: string | null | undefined): ValidationResult {
  if (isEmpty(value)) return true
  return value.length <= FORMAT_MAX_LENGTH.domain && DOMAIN.test(normalizeDomain(value))
    ? true
    : `"${value}" is geen geldig domein. Vul alleen het deel na de @ in, bijvoorbeeld cordaan.nl.`
}

// ---------------------------------------------------------------------------------------------
// Web addresses

/** "www.cordaan.nl" becomes "https://www.cordaan.nl": editors rarely type the scheme. */
export function normalizeUrl(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  return `https://${trimmed}`
}

/** Only http(s) to a real host name: a `javascript:` or `file:` link must never reach a page. */
export function validateUrl(value: string | null | undefined): ValidationResult {
  if (isEmpty(value)) return true
  const message = 'Vul een geldig webadres in dat begint met https://, bijvoorbeeld https://www.cordaan.nl.'
  if (value.length > FORMAT_MAX_LENGTH.url) return message
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return message
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return message
  if (!DOMAIN.test(url.hostname.toLowerCase())) return message
  return true
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * Loose on purpose: Dutch numbers come as "020 123 45 67", "+31 (0)20-1234567", "0800-0432" or
 * the municipal "14 020". Only the characters and the number of digits are checked.
 */
export function validatePhone(value: string | null | undefined): ValidationResult {
  if (isEmpty(value)) return true
  if (value.length > FORMAT_MAX_LENGTH.phone) return 'Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67.'
  const trimmed = value.trim()
  const digits = trimmed.replace(/\D/g, '').length
  if (!/^\+?[0-9 ()-]+$/.test(trimmed) || digits < 5 || digits > 15) {
    return 'Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67.'
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// Dates and ranges

/** Milliseconds since the epoch, or undefined for an empty or unreadable date. */
export function toTime(value: Date | string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime()
  return Number.isNaN(time) ? undefined : time
}

export interface DateOrderOptions {
  /** Whether the two moments may coincide (a one-day working group may start and end on one date). */
  allowEqual?: boolean
  message?: string
}

/**
 * `later` must not come before `earlier`. When either is empty there is nothing to compare:
 * requiredness is checked elsewhere.
 */
export function validateDateOrder(
  earlier: Date | string | null | undefined,
  later: Date | string | null | undefined,
  { allowEqual = true, message }: DateOrderOptions = {},
): ValidationResult {
  const start = toTime(earlier)
  const end = toTime(later)
  if (start === undefined || end === undefined) return true
  if (end > start || (allowEqual && end === start)) return true
  return message ?? (allowEqual ? 'De einddatum mag niet vóór de begindatum liggen.' : 'Het einde moet na het begin liggen.')
}

/** Minimum and maximum age of a target group: both optional, minimum not above maximum. */
export function validateAgeRange(ageMin: number | null | undefined, ageMax: number | null | undefined): ValidationResult {
  if (typeof ageMin !== 'number' || typeof ageMax !== 'number') return true
  return ageMin <= ageMax ? true : 'De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.'
}

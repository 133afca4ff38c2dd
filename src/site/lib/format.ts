/**
 * Formatting for the site: every date and time is stored in UTC and shown in Europe/Amsterdam,
 * in Dutch. Pages never call `toLocaleString` themselves, so the whole site speaks one format.
 */

const TIME_ZONE = 'Europe/Amsterdam'

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, dateStyle: 'long' })
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
})
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, timeStyle: 'short' })
const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

type DateInput = string | number | Date | null | undefined

function toDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** "23 november 2026", or '' when there is no (valid) date. */
export function formatDate(value: DateInput): string {
  const date = toDate(value)
  return date ? dateFormat.format(date) : ''
}

/** "23 november 2026 om 14:00". */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value)
  return date ? dateTimeFormat.format(date) : ''
}

/** "14:00". */
export function formatTime(value: DateInput): string {
  const date = toDate(value)
  return date ? timeFormat.format(date) : ''
}

/** The calendar day in Amsterdam as YYYY-MM-DD, for `<time datetime>` of whole days. */
export function isoDay(value: DateInput): string {
  const date = toDate(value)
  return date ? isoDayFormat.format(date) : ''
}

/** The moment as an ISO string, for `<time datetime>` of moments. */
export function isoMoment(value: DateInput): string {
  const date = toDate(value)
  return date ? date.toISOString() : ''
}

/** Whether two moments fall on the same day in Amsterdam. */
export function sameDay(a: DateInput, b: DateInput): boolean {
  const day = isoDay(a)
  return day !== '' && day === isoDay(b)
}

/** "23 november 2026, 14:00–16:30" or, across days, "23 november 2026 om 14:00 tot 24 november 2026 om 12:00". */
export function formatEventPeriod(startsAt: DateInput, endsAt?: DateInput): string {
  if (!toDate(startsAt)) return ''
  if (!toDate(endsAt)) return formatDateTime(startsAt)
  if (sameDay(startsAt, endsAt)) return `${formatDate(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)} uur`
  return `${formatDateTime(startsAt)} tot ${formatDateTime(endsAt)}`
}

/** An age range: "12 tot en met 23 jaar", "vanaf 18 jaar", "tot en met 23 jaar". */
export function formatAgeRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = typeof min === 'number'
  const hasMax = typeof max === 'number'
  if (hasMin && hasMax) return min === max ? `${min} jaar` : `${min} tot en met ${max} jaar`
  if (hasMin) return `vanaf ${min} jaar`
  if (hasMax) return `tot en met ${max} jaar`
  return ''
}

/** A waiting time in weeks: "geen wachttijd", "1 week", "6 weken". */
export function formatWeeks(weeks: number | null | undefined): string {
  if (typeof weeks !== 'number') return ''
  if (weeks === 0) return 'geen wachttijd'
  return weeks === 1 ? '1 week' : `${weeks} weken`
}

/** The host name of a web address for link text ("www.cordaan.nl"), or the address itself. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const path = parsed.pathname === '/' ? '' : parsed.pathname
    return `${parsed.host}${path}`
  } catch {
    return url
  }
}

/** Only http(s) addresses become links on the site; anything else is not linked. */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** A phone number as a tel: URI ("020 123 45 67" → "tel:+31201234567"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (digits.startsWith('+')) return `tel:${digits}`
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`
  if (digits.startsWith('0')) return `tel:+31${digits.slice(1)}`
  return `tel:${digits}`
}

/** A count with its noun in the right number: "1 plaats", "2 plaatsen", "0 plaatsen". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/**
 * The places of an event in words: "Geen maximum aantal deelnemers.", "20 plaatsen, nog 1 vrij.",
 * "Vol (1 plaats). Er staat 1 persoon op de wachtlijst."
 */
export function placesSummary(capacity: number | null | undefined, left: number | undefined, waiting: number): string {
  if (typeof capacity !== 'number' || capacity <= 0) return 'Geen maximum aantal deelnemers.'
  const places = countOf(capacity, 'plaats', 'plaatsen')
  if (left === 0) {
    const list = waiting === 0 ? 'Er staat nog niemand op de wachtlijst.' : `Er ${waiting === 1 ? 'staat' : 'staan'} ${countOf(waiting, 'persoon', 'personen')} op de wachtlijst.`
    return `Vol (${places}). ${list}`
  }
  return `${places}, nog ${left ?? capacity} vrij.`
}

/** A phone number as link text that never breaks over two lines ("020 123 45 67", "0800-2000"). */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
}

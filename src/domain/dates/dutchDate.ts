/**
 * Dates as the network's staff type and read them: `15-12-2026 14:00` (day, month, year, then
 * the time on the 24-hour clock), always Europe/Amsterdam time, whatever the time zone of the
 * server or the browser. Stored as UTC instants. What cannot be read is refused with a reason:
 * never a guess (a date library's fallback read "15-12-2026 14:00" as 1 January 2026).
 *
 * A day without a time (a deadline, a decision date) is stored at 12:00 UTC of that day, as
 * Payload's own date picker does: the same calendar day in Amsterdam and in UTC.
 */
import { AMSTERDAM, instantOf, wallTimeOf } from '../calendar/timeZone'

export interface DutchDateOptions {
  /** With a time of day (`dd-MM-yyyy HH:mm`) or the day only (`dd-MM-yyyy`). */
  time: boolean
}

export type DutchDateParse = { ok: true; iso: string | null } | { ok: false; message: string }

export const DUTCH_DATE_FORMAT = 'dd-MM-yyyy'
export const DUTCH_DATE_TIME_FORMAT = 'dd-MM-yyyy HH:mm'

/** What the field shows while empty. */
export function dutchDatePlaceholder({ time }: DutchDateOptions): string {
  return time ? 'dd-mm-jjjj uu:mm' : 'dd-mm-jjjj'
}

const two = (value: number) => String(value).padStart(2, '0')

function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value as string | number)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** "15-12-2026 14:00" (or "15-12-2026"), in Amsterdam time; '' for no (valid) date. */
export function formatDutchDate(value: unknown, { time }: DutchDateOptions): string {
  const date = toDate(value)
  if (!date) return ''
  const wall = wallTimeOf(date, AMSTERDAM)
  const day = `${two(wall.day)}-${two(wall.month)}-${wall.year}`
  return time ? `${day} ${two(wall.hour)}:${two(wall.minute)}` : day
}

/** The Amsterdam wall-clock time of an instant, as numbers (for a calendar widget to show). */
export function amsterdamWallClock(value: unknown) {
  const date = toDate(value)
  return date ? wallTimeOf(date, AMSTERDAM) : undefined
}

/** The instant of an Amsterdam wall-clock time; a day alone is 12:00 UTC of that day. */
export function instantOfWallClock(wall: { year: number; month: number; day: number; hour?: number; minute?: number }, { time }: DutchDateOptions): Date {
  if (!time) return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, 12))
  return instantOf({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour ?? 0, minute: wall.minute ?? 0, second: 0 }, AMSTERDAM)
}

// Bounded input (a date is short): at most 40 characters are looked at, and the pattern is linear.
const MAX_INPUT = 40
const PATTERN = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(?:om\s+)?(\d{1,2})[:.](\d{2}))?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Reads what someone typed: `15-12-2026 14:00`, also `15-12-2026 9:05`, `1-2-2027`, with `/`
 * or `.` between the parts. An empty text means "no date". Anything else is refused with the
 * format to use; a day or time that does not exist (31-02, 25:00, the hour skipped when summer
 * time starts) is refused too.
 */
export function parseDutchDate(text: string, { time }: DutchDateOptions): DutchDateParse {
  const example = time ? '15-12-2026 14:00' : '15-12-2026'
  const format = time ? 'dd-mm-jjjj uu:mm' : 'dd-mm-jjjj'
  const refuse = (reason: string): DutchDateParse => ({ ok: false, message: `${reason} Schrijf de datum als ${format}, bijvoorbeeld ${example}.` })
  const trimmed = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT + 1) : text.trim()
  if (trimmed === '') return { ok: true, iso: null }
  if (trimmed.length > MAX_INPUT) return refuse('Dit is geen datum.')
  const match = PATTERN.exec(trimmed)
  if (!match) return refuse(`"${trimmed}" is geen datum${time ? ' met tijd' : ''} die te lezen is.`)
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const hasTime = match[4] !== undefined
  if (time && !hasTime) return refuse('De tijd ontbreekt.')
  if (!time && hasTime) return refuse('Hier hoort alleen een datum, zonder tijd.')
  if (year < 1900 || year > 2199) return refuse(`Het jaar ${year} kan niet kloppen.`)
  if (month < 1 || month > 12) return refuse(`Maand ${month} bestaat niet.`)
  if (day < 1 || day > daysInMonth(year, month)) return refuse(`${day}-${month}-${year} bestaat niet.`)
  if (!time) return { ok: true, iso: instantOfWallClock({ year, month, day }, { time: false }).toISOString() }
  const [hour, minute] = [Number(match[4]), Number(match[5])]
  if (hour > 23 || minute > 59) return refuse(`${match[4]}:${match[5]} is geen tijd.`)
  const instant = instantOfWallClock({ year, month, day, hour, minute }, { time: true })
  const back = wallTimeOf(instant, AMSTERDAM)
  if (back.hour !== hour || back.minute !== minute || back.day !== day) {
    return refuse(`${two(hour)}:${two(minute)} bestaat niet op ${day}-${month}-${year}: de klok gaat dan een uur vooruit.`)
  }
  return { ok: true, iso: instant.toISOString() }
}

// A date as the API takes it: ISO 8601 with its zone (what the admin sends), or a day alone.
// A text without a zone would be read in the server's own time zone: a guess, so refused.
const STORED = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/

/**
 * Why a date sent to the API cannot be stored, or undefined when it can. The server's own date
 * check (Date.parse) reads "1-2-2027" as 2 January and "2026-02-31" as 3 March: both refused.
 * A field with a time of day also refuses a day alone: "2026-12-15" would be stored as
 * midnight UTC (01:00 in Amsterdam), a time nobody chose; the person is asked for the time.
 */
export function unreadableStoredDate(value: unknown, { time }: DutchDateOptions = { time: true }): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const placeholder = dutchDatePlaceholder({ time })
  const example = time ? '15-12-2026 14:00' : '15-12-2026'
  const api = time ? '2026-12-15T13:00:00.000Z' : '2026-12-15'
  const refuse = `Dit is geen datum${time ? ' met tijd' : ''} die te lezen is. Typ de datum als ${placeholder}, bijvoorbeeld ${example} (via de API: ISO 8601${time ? ' met tijdzone' : ''}, bijvoorbeeld ${api}).`
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? refuse : undefined
  if (typeof value !== 'string' || value.length > MAX_INPUT) return refuse
  const match = STORED.exec(value)
  if (!match) {
    // Typed in the admin but unreadable (it sends such text as typed): the typist's own reason.
    const typed = parseDutchDate(value, { time })
    return typed.ok ? refuse : typed.message
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return refuse
  if (time && value.length === 10) return `De tijd ontbreekt. Typ de datum met tijd als ${placeholder}, bijvoorbeeld ${example} (via de API: ISO 8601 met tijdzone, bijvoorbeeld ${api}).`
  return Number.isNaN(Date.parse(value)) ? refuse : undefined
}

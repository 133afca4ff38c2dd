/**
 * iCalendar (RFC 5545) for the agenda: the feed `/agenda.ics`, the `.ics` of one event and the
 * attachment of the confirmation e-mail. Pure: the caller passes the events and "now".
 *
 * Times are written as local Amsterdam time with `TZID=Europe/Amsterdam` and a VTIMEZONE that
 * describes the Dutch summer-time rules. Unlike UTC times ("…Z") this keeps a meeting at 14:00
 * in Amsterdam at 14:00 for every subscriber, and calendar apps show the zone the organisers
 * meant. RFC 5545 (3.2.19) requires a VTIMEZONE for every TZID used, so it is always included.
 */
import { AMSTERDAM, wallTimeOf } from './timeZone'

export interface CalendarEvent {
  /** Stable identity (the event's `icalUid`): a calendar updates the entry with this UID. */
  uid: string
  /** Raised with every change a calendar shows; a calendar ignores an update with a lower one. */
  sequence: number
  start: Date | string
  end: Date | string
  summary: string
  description?: string | null
  location?: string | null
  url?: string | null
  cancelled?: boolean | null
  /** When the event was last changed (LAST-MODIFIED). */
  updatedAt?: Date | string | null
}

export interface CalendarOptions {
  /** PRODID: who made the file, as "-//Organisation//Product//NL". */
  prodId: string
  /** The calendar's name shown by apps that subscribe to a feed (X-WR-CALNAME). */
  name?: string
  /** The moment the file is made: DTSTAMP of every event. */
  now: Date
}

export const CRLF = '\r\n'
const MAX_OCTETS = 75

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 3.1): continuation lines start
 * with one space, which counts. Splits only between characters, never inside a multi-byte UTF-8
 * sequence (an "ë" or an emoji stays whole).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const lines: string[] = []
  let current = ''
  let octets = 0
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > limit) {
      lines.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1 // room for the leading space
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(`${CRLF} `)
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new Error(`Ongeldige datum in agenda: ${String(value)}`)
  return date
}

/** DATE-TIME in UTC: 20261210T140000Z. */
export function formatUtc(value: Date | string): string {
  const date = toDate(value)
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  )
}

/** DATE-TIME as wall-clock time in a zone (to be used with TZID): 20261210T150000. */
export function formatLocal(value: Date | string, timeZone = AMSTERDAM): string {
  const wall = wallTimeOf(toDate(value), timeZone)
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
}

/**
 * Europe/Amsterdam since 1996 (EU rules): summer time from the last Sunday of March 02:00 to the
 * last Sunday of October 03:00. Written as recurrence rules, so it holds for every year.
 */
export const amsterdamTimeZone: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence || 0))}`,
    `DTSTART;TZID=${AMSTERDAM}:${formatLocal(event.start)}`,
    `DTEND;TZID=${AMSTERDAM}:${formatLocal(event.end)}`,
    `SUMMARY:${escapeText(event.cancelled ? `Geannuleerd: ${event.summary}` : event.summary)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  // URL is a URI value, not TEXT: it is not escaped (RFC 5545 3.8.4.6).
  if (event.url) lines.push(`URL:${event.url}`)
  if (event.updatedAt) lines.push(`LAST-MODIFIED:${formatUtc(event.updatedAt)}`)
  lines.push('END:VEVENT')
  return lines
}

/** A complete VCALENDAR (METHOD:PUBLISH) with CRLF line endings and folded lines. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`, `X-WR-TIMEZONE:${AMSTERDAM}`)
  lines.push(...amsterdamTimeZone)
  for (const event of events) lines.push(...eventLines(event, options.now))
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}

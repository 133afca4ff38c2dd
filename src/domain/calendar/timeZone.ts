/**
 * Wall-clock time in a named time zone, with nothing but `Intl` (no time-zone library): the
 * agenda stores instants in UTC and shows them, writes them into calendars and plans reminders
 * in Europe/Amsterdam, where the offset changes twice a year.
 */

export const AMSTERDAM = 'Europe/Amsterdam'

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock time of an instant in `timeZone`. */
export function wallTimeOf(instant: Date, timeZone = AMSTERDAM): WallTime {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second }
}

/** The offset of `timeZone` from UTC at an instant, in milliseconds (Amsterdam: +1 h or +2 h). */
export function offsetAt(instant: Date, timeZone = AMSTERDAM): number {
  const wall = wallTimeOf(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant at which the clocks in `timeZone` show `wall`. Fields may overflow (day 0 is the
 * last day of the previous month), as with `Date.UTC`. A time that does not exist (skipped at the
 * start of summer time) resolves to the instant one hour later, as calendar apps do.
 */
export function instantOf(wall: Partial<WallTime> & Pick<WallTime, 'year' | 'month' | 'day'>, timeZone = AMSTERDAM): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0)
  // Two rounds settle the offset on either side of a change.
  let guess = asUtc - offsetAt(new Date(asUtc), timeZone)
  guess = asUtc - offsetAt(new Date(guess), timeZone)
  return new Date(guess)
}

/**
 * The period and filters of the monitoring views: a calendar year in Europe/Amsterdam and
 * optionally one network, both read from the URL (`?jaar=2026&netwerk=jeugd`), so a view can
 * be shared, bookmarked and printed as it is.
 */
import { AMSTERDAM, instantOf, wallTimeOf } from '../calendar/timeZone'
import { networks, type Network } from '../vocabulary'

export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

export interface MonitoringFilters {
  year: number
  /** undefined: both networks. */
  network?: Network
}

// "YYYY-MM-DD" in Amsterdam. One formatter, and `format` rather than `formatToParts`: the
// monitoring dates every question of a year (10,000 of them) twice.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, year: 'numeric', month: '2-digit', day: '2-digit' })
const isoDay = (moment: Date) => dayFormat.format(moment)

/** The year (in Amsterdam) of an instant. */
export function amsterdamYear(moment: Date): number {
  return Number(isoDay(moment).slice(0, 4))
}

/** "YYYY-MM" of the calendar month in Amsterdam: 31 March 23:30 UTC is already April there. */
export function amsterdamMonth(moment: Date): string {
  return isoDay(moment).slice(0, 7)
}

/** The instants at which the Amsterdam year starts and the next one starts (for a `where`). */
export function amsterdamYearRange(year: number): { from: Date; to: Date } {
  return { from: instantOf({ year, month: 1, day: 1 }, AMSTERDAM), to: instantOf({ year: year + 1, month: 1, day: 1 }, AMSTERDAM) }
}

/** The twelve months of a year as "YYYY-MM". */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`)
}

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const MONTH_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']

/** "maart 2026" for "2026-03". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return `${MONTH_NAMES[number - 1] ?? '?'} ${year}`
}

/** "mrt" for "2026-03", for a chart's axis. */
export function monthShort(month: string): string {
  return MONTH_SHORT[Number(month.split('-')[1]) - 1] ?? month
}

/** "15-12-2026" in Amsterdam, or '' for no (or an invalid) date. */
export function dutchDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const moment = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(moment.getTime())) return ''
  const [year, month, day] = isoDay(moment).split('-')
  return `${day}-${month}-${year}`
}

/** "15-12-2026 14:00" in Amsterdam. */
export function dutchDateTime(value: string | Date | null | undefined): string {
  const day = dutchDate(value)
  if (!day) return ''
  const wall = wallTimeOf(value instanceof Date ? value : new Date(value as string), AMSTERDAM)
  return `${day} ${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`
}

function single(value: string | string[] | null | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined)
}

/**
 * The filters from the query string. A missing or malformed year means the current year in
 * Amsterdam; an unknown network means both. Input is bounded before it is read.
 */
export function parseMonitoringFilters(
  query: { jaar?: string | string[] | null; netwerk?: string | string[] | null },
  now = new Date(),
): MonitoringFilters {
  const rawYear = (single(query.jaar) ?? '').slice(0, 8)
  const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN
  const rawNetwork = (single(query.netwerk) ?? '').slice(0, 40)
  const network = networks.find((option) => option.value === rawNetwork)?.value
  return {
    year: year >= FIRST_YEAR && year <= LAST_YEAR ? year : amsterdamYear(now),
    ...(network ? { network } : {}),
  }
}

/** The query string of the filters, for links that keep them ("jaar=2026&netwerk=jeugd"). */
export function filtersQuery(filters: MonitoringFilters): string {
  return `jaar=${filters.year}${filters.network ? `&netwerk=${filters.network}` : ''}`
}

/** "2026" or "2026, LVB18+": what the figures are about, for titles and file names. */
export function filtersLabel(filters: MonitoringFilters): string {
  const network = filters.network ? networks.find((option) => option.value === filters.network)?.label : undefined
  return network ? `${filters.year}, ${network}` : `${filters.year}, beide netwerken`
}

/** The years to choose from: from the first year with data (or this year) to next year, newest first. */
export function yearOptions(earliest: Date | undefined, now = new Date()): number[] {
  const current = amsterdamYear(now)
  const first = Math.max(FIRST_YEAR, Math.min(earliest ? amsterdamYear(earliest) : current, current))
  const years: number[] = []
  for (let year = current + 1; year >= first; year--) years.push(year)
  return years
}

/**
 * Working days for case-question deadlines: Monday to Friday, minus the Dutch public holidays
 * that are generally days off. Decisions (the law fixes no list; we follow common practice
 * in Dutch care CAO's):
 * - Days off: Nieuwjaarsdag, Tweede paasdag, Koningsdag, Hemelvaartsdag, Tweede pinksterdag,
 *   Eerste en Tweede kerstdag (Pasen and Pinksteren fall on Sundays anyway).
 * - Goede Vrijdag is NOT a day off: most employers in care work on it.
 * - Bevrijdingsdag (5 May) is a day off only in lustrum years (2025, 2030, …), as in most CAO's.
 *
 * Days are calendar days in Europe/Amsterdam: a question received on Friday evening in
 * Amsterdam counts from that Friday, whatever the UTC time says.
 */
import Holidays from 'date-holidays'

const TIME_ZONE = 'Europe/Amsterdam'
const holidays = new Holidays('NL')
const holidayCache = new Map<number, Map<string, string>>()

// One formatter for the process: creating one costs far more than formatting (the monitoring
// formats tens of thousands of days).
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** "YYYY-MM-DD" of the calendar day in Amsterdam. */
export function amsterdamDay(moment: Date): string {
  return dayFormat.format(moment)
}

/** The days off of a year as "YYYY-MM-DD" → Dutch name. */
export function daysOff(year: number): Map<string, string> {
  const cached = holidayCache.get(year)
  if (cached) return cached
  const result = new Map<string, string>()
  for (const holiday of holidays.getHolidays(year)) {
    const day = holiday.date.slice(0, 10)
    const isBevrijdingsdag = day.endsWith('-05-05')
    if (holiday.type === 'public' || (isBevrijdingsdag && year % 5 === 0)) result.set(day, holiday.name)
  }
  holidayCache.set(year, result)
  return result
}

function parseDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`)
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Whether the calendar day ("YYYY-MM-DD") is a working day. */
export function isWorkingDay(day: string): boolean {
  const date = parseDay(day)
  const weekday = date.getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return !daysOff(date.getUTCFullYear()).has(day)
}

function addCalendarDays(day: string, days: number): string {
  const date = parseDay(day)
  date.setUTCDate(date.getUTCDate() + days)
  return formatDay(date)
}

/** The working day `count` working days after `day` (the day itself does not count). */
export function addWorkingDays(day: string, count: number): string {
  let current = day
  let remaining = count
  while (remaining > 0) {
    current = addCalendarDays(current, 1)
    if (isWorkingDay(current)) remaining--
  }
  return current
}

/** `count` calendar days after `day`; when that is not a working day, the next working day. */
export function addDaysToWorkingDay(day: string, count: number): string {
  let current = addCalendarDays(day, count)
  while (!isWorkingDay(current)) current = addCalendarDays(current, 1)
  return current
}

/** The last moment of an Amsterdam calendar day, as a UTC Date (a deadline "on" that day). */
export function endOfAmsterdamDay(day: string): Date {
  // 23:59 in Amsterdam is 21:59 or 22:59 UTC; try both offsets and keep the one on that day.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(`${day}T${String(23 - offsetHours).padStart(2, '0')}:59:59.000Z`)
    const next = new Date(candidate.getTime() + 1000)
    if (amsterdamDay(candidate) === day && amsterdamDay(next) !== day) return candidate
  }
  return new Date(`${day}T22:59:59.000Z`)
}

export interface CaseNorms {
  triageWorkingDays: number
  adviceDays: number
  adviceDaysAreWorkingDays?: boolean | null
}

/** The triage and advice deadlines of a question received at `receivedAt`. */
export function caseDeadlines(receivedAt: Date, norms: CaseNorms): { triageDueAt: Date; adviceDueAt: Date } {
  const day = amsterdamDay(receivedAt)
  const triageDay = addWorkingDays(day, norms.triageWorkingDays)
  const adviceDay = norms.adviceDaysAreWorkingDays
    ? addWorkingDays(day, norms.adviceDays)
    : addDaysToWorkingDay(day, norms.adviceDays)
  return { triageDueAt: endOfAmsterdamDay(triageDay), adviceDueAt: endOfAmsterdamDay(adviceDay) }
}

export type DeadlineState = 'op-tijd' | 'vandaag' | 'verlopen'

/** Whether a deadline has passed, falls on today (Amsterdam) or is still ahead. */
export function deadlineState(dueAt: Date, now: Date): DeadlineState {
  if (now.getTime() > dueAt.getTime()) return 'verlopen'
  return amsterdamDay(now) === amsterdamDay(dueAt) ? 'vandaag' : 'op-tijd'
}

/** Working days from `from` to `to` (Amsterdam days; 0 on the same day; negative when `to` is earlier). */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = amsterdamDay(from)
  const end = amsterdamDay(to)
  if (start === end) return 0
  const sign = start < end ? 1 : -1
  let count = 0
  let current = start
  while (current !== end) {
    current = addCalendarDays(current, sign)
    if (isWorkingDay(current)) count += sign
  }
  return count
}

/**
 * The deadline that matters now for a question in `status`, in words for the admin list:
 * "⚠ Triage verlopen (2 werkdagen te laat)", "Advies vandaag", "Triage uiterlijk 2026-11-30".
 * Empty when no deadline applies any more (answered, referred or closed).
 */
export function caseDeadlineSummary(
  question: { status?: string | null; triageDueAt?: string | null; adviceDueAt?: string | null },
  now: Date,
): string {
  const which =
    question.status === 'ontvangen' || question.status === 'in-behandeling'
      ? { label: 'Triage', due: question.triageDueAt }
      : question.status === 'doorgezet' || question.status === 'expert-gekoppeld'
        ? { label: 'Advies', due: question.adviceDueAt }
        : undefined
  if (!which?.due) return ''
  const due = new Date(which.due)
  if (Number.isNaN(due.getTime())) return ''
  const state = deadlineState(due, now)
  if (state === 'verlopen') {
    const late = Math.max(workingDaysBetween(due, now), 0)
    return `⚠ ${which.label} verlopen${late > 0 ? ` (${late} ${late === 1 ? 'werkdag' : 'werkdagen'} te laat)` : ''}`
  }
  if (state === 'vandaag') return `⚠ ${which.label} vandaag`
  const [year, month, day] = amsterdamDay(due).split('-')
  return `${which.label} uiterlijk ${Number(day)}-${Number(month)}-${year}`
}

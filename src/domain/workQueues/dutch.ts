/**
 * The Dutch words of the dashboard: counts with the right singular or plural, and deadlines in
 * working days ("nog 2 werkdagen", "3 werkdagen te laat").
 */
import { amsterdamDay, workingDaysBetween } from '../caseQuestions/workingDays'

export interface Noun {
  singular: string
  plural: string
}

/** "Geen nieuwe vragen", "1 nieuwe vraag", "3 nieuwe vragen". */
export function countPhrase(count: number, noun: Noun): string {
  if (count === 0) return `Geen ${noun.plural}`
  return `${count} ${count === 1 ? noun.singular : noun.plural}`
}

/** "1 werkdag", "2 werkdagen". */
export function workingDays(count: number): string {
  return `${count} ${count === 1 ? 'werkdag' : 'werkdagen'}`
}

export type DeadlineStatus = 'op-tijd' | 'vandaag' | 'te-laat'

export interface DeadlineText {
  status: DeadlineStatus
  /** "nog 2 werkdagen", "vandaag", "3 werkdagen te laat", "verlopen". */
  text: string
}

/**
 * Where a deadline (the end of an Amsterdam working day) stands now, in working days. A deadline
 * that passed on Friday reads "verlopen" on Saturday: no working day has been missed yet.
 */
export function deadlineText(dueAt: Date, now: Date): DeadlineText {
  if (now.getTime() > dueAt.getTime()) {
    const late = workingDaysBetween(dueAt, now)
    return { status: 'te-laat', text: late > 0 ? `${workingDays(late)} te laat` : 'verlopen' }
  }
  if (amsterdamDay(now) === amsterdamDay(dueAt)) return { status: 'vandaag', text: 'vandaag' }
  const left = workingDaysBetween(now, dueAt)
  return left > 0 ? { status: 'op-tijd', text: `nog ${workingDays(left)}` } : { status: 'vandaag', text: 'vandaag' }
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', month: 'long' })
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })

/** "do 12 maart, 14:00" in Amsterdam time. */
export function dayAndTime(moment: Date): string {
  return `${dayFormat.format(moment)}, ${timeFormat.format(moment)}`
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })

/** "16 maart 2026" in Amsterdam time. */
export function dayText(moment: Date): string {
  return dateFormat.format(moment)
}

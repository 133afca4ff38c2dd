/**
 * When the reminder e-mail goes out: on the day before the event (in Amsterdam), from 09:00, so
 * it arrives during working hours whatever time the event starts and whether or not summer time
 * changes in between.
 */
import { AMSTERDAM, instantOf, wallTimeOf } from '../calendar/timeZone'

export const REMINDER_HOUR = 9

/** 09:00 Amsterdam time on the calendar day before the event's start. */
export function reminderDueAt(startsAt: Date | string): Date {
  const start = wallTimeOf(new Date(startsAt), AMSTERDAM)
  return instantOf({ year: start.year, month: start.month, day: start.day - 1, hour: REMINDER_HOUR }, AMSTERDAM)
}

/** Whether the reminder for an event is due now: from `reminderDueAt` until the event starts. */
export function isReminderDue(startsAt: Date | string, now: Date = new Date()): boolean {
  const start = new Date(startsAt).getTime()
  return now.getTime() >= reminderDueAt(startsAt).getTime() && now.getTime() < start
}

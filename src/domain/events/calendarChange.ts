import { toTime } from '../validation'

/**
 * What a subscribed calendar (iCalendar feed, .ics attachment) shows of an event. When one of
 * these changes, the event's SEQUENCE must go up or calendar apps keep the old version.
 */
export interface CalendarFields {
  title?: string | null
  startsAt?: Date | string | null
  endsAt?: Date | string | null
  location?: { name?: string | null; address?: string | null } | null
  onlineUrl?: string | null
  cancelled?: boolean | null
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  // Whitespace edits and empty-versus-missing are not changes a calendar should show.
  return (a ?? '').trim() === (b ?? '').trim()
}

function sameMoment(a: CalendarFields['startsAt'], b: CalendarFields['startsAt']): boolean {
  // Compare instants, not strings: "2026-03-01T09:00:00.000Z" and a Date of it are the same.
  return toTime(a) === toTime(b)
}

/**
 * True when `next` changes something a calendar shows compared with `previous`. A field that is
 * undefined in `next` was not sent with the update and counts as unchanged; the summary,
 * programme, capacity and registration dates are not in the calendar entry and never count.
 */
export function hasCalendarChange(previous: CalendarFields, next: CalendarFields): boolean {
  if (next.title !== undefined && !sameText(previous.title, next.title)) return true
  if (next.startsAt !== undefined && !sameMoment(previous.startsAt, next.startsAt)) return true
  if (next.endsAt !== undefined && !sameMoment(previous.endsAt, next.endsAt)) return true
  if (next.onlineUrl !== undefined && !sameText(previous.onlineUrl, next.onlineUrl)) return true
  if (next.cancelled !== undefined && Boolean(previous.cancelled) !== Boolean(next.cancelled)) return true
  if (next.location !== undefined) {
    const before = previous.location ?? {}
    const after = next.location ?? {}
    if (after.name !== undefined && !sameText(before.name, after.name)) return true
    if (after.address !== undefined && !sameText(before.address, after.address)) return true
    // A location removed altogether ({} or null) while it had a name or address is a change.
    if (next.location === null && (!sameText(before.name, null) || !sameText(before.address, null))) return true
  }
  return false
}

/** The SEQUENCE for the next save: raised by one on a calendar change, otherwise unchanged. */
export function nextIcalSequence(current: number | null | undefined, changed: boolean): number {
  const sequence = typeof current === 'number' && current >= 0 ? Math.floor(current) : 0
  return changed ? sequence + 1 : sequence
}

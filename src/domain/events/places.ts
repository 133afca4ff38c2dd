/**
 * Places at an event: whether registering is possible now, how many places are left, and who is
 * in or on the waiting list. Pure, so the rules are tested without a database; the CMS applies
 * them (src/cms/events/).
 */
import { toTime } from '../validation'

export interface RegistrationWindowFields {
  cancelled?: boolean | null
  registrationEnabled?: boolean | null
  startsAt: Date | string
  registrationOpensAt?: Date | string | null
  registrationClosesAt?: Date | string | null
}

/**
 * - `open`: the form is shown and accepted;
 * - `not-open-yet`: before registrationOpensAt;
 * - `closed`: after registrationClosesAt (or, without one, from the start of the event);
 * - `cancelled`: the event is cancelled;
 * - `disabled`: the event takes no registrations through the website.
 */
export type RegistrationState = 'open' | 'not-open-yet' | 'closed' | 'cancelled' | 'disabled'

export function registrationState(event: RegistrationWindowFields, now: Date = new Date()): RegistrationState {
  if (event.cancelled) return 'cancelled'
  if (event.registrationEnabled === false) return 'disabled'
  const time = now.getTime()
  const closesAt = toTime(event.registrationClosesAt) ?? toTime(event.startsAt)
  if (closesAt !== undefined && time >= closesAt) return 'closed'
  const opensAt = toTime(event.registrationOpensAt)
  if (opensAt !== undefined && time < opensAt) return 'not-open-yet'
  return 'open'
}

/** Places left, never below zero; undefined when the event has no maximum. */
export function placesLeft(capacity: number | null | undefined, registeredCount: number): number | undefined {
  if (typeof capacity !== 'number' || capacity <= 0) return undefined
  return Math.max(0, capacity - registeredCount)
}

/** Whether a new registration gets a place or goes to the waiting list. */
export function statusForNewRegistration(capacity: number | null | undefined, registeredCount: number): 'aangemeld' | 'wachtlijst' {
  const left = placesLeft(capacity, registeredCount)
  return left === undefined || left > 0 ? 'aangemeld' : 'wachtlijst'
}

export interface QueuedRegistration {
  id: string | number
  registeredAt?: Date | string | null
}

/** First come, first served: by registration time, then by ID so every process agrees on ties. */
export function compareRegistrations(a: QueuedRegistration, b: QueuedRegistration): number {
  const byTime = (toTime(a.registeredAt) ?? Number.MAX_SAFE_INTEGER) - (toTime(b.registeredAt) ?? Number.MAX_SAFE_INTEGER)
  if (byTime !== 0) return byTime
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0
}

/**
 * The registrations beyond the capacity, latest first come first: after two people took the last
 * place at the same moment, each re-counts and the one ranked beyond the capacity moves to the
 * waiting list. Both rank the same way, so exactly one of them moves.
 */
export function overbooked<T extends QueuedRegistration>(registered: readonly T[], capacity: number | null | undefined): T[] {
  if (typeof capacity !== 'number' || capacity <= 0) return []
  return [...registered].sort(compareRegistrations).slice(capacity)
}

/** The people on the waiting list who move up into the free places, in order of registration. */
export function nextFromWaitingList<T extends QueuedRegistration>(
  waiting: readonly T[],
  capacity: number | null | undefined,
  registeredCount: number,
): T[] {
  const sorted = [...waiting].sort(compareRegistrations)
  const left = placesLeft(capacity, registeredCount)
  return left === undefined ? sorted : sorted.slice(0, left)
}

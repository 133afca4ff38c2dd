import { describe, expect, it } from 'vitest'
import {
  nextFromWaitingList,
  overbooked,
  placesLeft,
  registrationState,
  statusForNewRegistration,
} from '../../src/domain/events/places'
import { isReminderDue, reminderDueAt } from '../../src/domain/events/reminder'
import { parseEventRegistration } from '../../src/domain/events/registrationForm'
import { instantOf } from '../../src/domain/calendar/timeZone'

const event = {
  startsAt: '2027-03-18T13:00:00.000Z',
  registrationOpensAt: '2027-01-01T08:00:00.000Z',
  registrationClosesAt: '2027-03-15T17:00:00.000Z',
}

describe('registrationState', () => {
  it('is open only between opening and closing', () => {
    expect(registrationState(event, new Date('2026-12-31T12:00:00Z'))).toBe('not-open-yet')
    expect(registrationState(event, new Date('2027-01-01T08:00:00Z'))).toBe('open')
    expect(registrationState(event, new Date('2027-03-15T16:59:59Z'))).toBe('open')
    expect(registrationState(event, new Date('2027-03-15T17:00:00Z'))).toBe('closed')
  })
  it('closes at the start when no closing time is set', () => {
    const open = { startsAt: event.startsAt }
    expect(registrationState(open, new Date('2027-03-18T12:59:00Z'))).toBe('open')
    expect(registrationState(open, new Date('2027-03-18T13:00:00Z'))).toBe('closed')
  })
  it('takes no registrations for cancelled events or with registration switched off', () => {
    const now = new Date('2027-02-01T00:00:00Z')
    expect(registrationState({ ...event, cancelled: true }, now)).toBe('cancelled')
    expect(registrationState({ ...event, registrationEnabled: false }, now)).toBe('disabled')
  })
})

describe('places and the waiting list', () => {
  it('counts places left, unlimited without a capacity', () => {
    expect(placesLeft(3, 1)).toBe(2)
    expect(placesLeft(3, 5)).toBe(0)
    expect(placesLeft(null, 100)).toBeUndefined()
  })
  it('sends a new registration to the waiting list when full', () => {
    expect(statusForNewRegistration(2, 1)).toBe('aangemeld')
    expect(statusForNewRegistration(2, 2)).toBe('wachtlijst')
    expect(statusForNewRegistration(undefined, 1000)).toBe('aangemeld')
  })
  it('demotes exactly the registrations beyond the capacity, the latest first', () => {
    const registered = [
      { id: 'b', registeredAt: '2027-01-02T10:00:00.000Z' },
      { id: 'a', registeredAt: '2027-01-01T10:00:00.000Z' },
      // two at the same millisecond: the ID decides, the same way in every process
      { id: 'd', registeredAt: '2027-01-03T10:00:00.000Z' },
      { id: 'c', registeredAt: '2027-01-03T10:00:00.000Z' },
    ]
    expect(overbooked(registered, 3).map((r) => r.id)).toEqual(['d'])
    expect(overbooked(registered, 4)).toEqual([])
    expect(overbooked(registered, null)).toEqual([])
  })
  it('moves up the first on the waiting list into the free places', () => {
    const waiting = [
      { id: 'z', registeredAt: '2027-01-05T00:00:00.000Z' },
      { id: 'y', registeredAt: '2027-01-04T00:00:00.000Z' },
      { id: 'x', registeredAt: '2027-01-06T00:00:00.000Z' },
    ]
    expect(nextFromWaitingList(waiting, 3, 2).map((r) => r.id)).toEqual(['y'])
    expect(nextFromWaitingList(waiting, 3, 1).map((r) => r.id)).toEqual(['y', 'z'])
    expect(nextFromWaitingList(waiting, 3, 3)).toEqual([])
    expect(nextFromWaitingList(waiting, undefined, 3).map((r) => r.id)).toEqual(['y', 'z', 'x'])
  })
})

describe('reminder', () => {
  it('is due from 09:00 Amsterdam time on the day before', () => {
    // 18 March 2027 14:00 CET; reminder 17 March 09:00 CET = 08:00 UTC
    expect(reminderDueAt('2027-03-18T13:00:00.000Z').toISOString()).toBe('2027-03-17T08:00:00.000Z')
    expect(isReminderDue('2027-03-18T13:00:00.000Z', new Date('2027-03-17T07:59:00Z'))).toBe(false)
    expect(isReminderDue('2027-03-18T13:00:00.000Z', new Date('2027-03-17T08:00:00Z'))).toBe(true)
    expect(isReminderDue('2027-03-18T13:00:00.000Z', new Date('2027-03-18T13:00:00Z'))).toBe(false)
  })
  it('uses the offset of the reminder day across a change to summer time', () => {
    // Event Monday 29 March 2027 10:00 CEST; reminder Sunday 28 March 09:00 CEST = 07:00 UTC
    expect(reminderDueAt('2027-03-29T08:00:00.000Z').toISOString()).toBe('2027-03-28T07:00:00.000Z')
    // Event on the first of a month: the day before is in the previous month
    expect(reminderDueAt('2026-12-01T09:00:00.000Z').toISOString()).toBe('2026-11-30T08:00:00.000Z')
  })
  it('resolves a wall time that does not exist to one hour later', () => {
    expect(instantOf({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }).toISOString()).toBe('2027-03-28T01:30:00.000Z')
  })
})

describe('registration form', () => {
  it('accepts a complete form and normalises the e-mail address', () => {
    const result = parseEventRegistration({ name: ' Anna ', email: ' Anna@Example.ORG ', organisation: 'Cordaan' })
    expect(result).toEqual({ ok: true, data: { name: 'Anna', email: 'anna@example.org', organisation: 'Cordaan' } })
  })
  it('gives one Dutch message per field', () => {
    const result = parseEventRegistration({ name: '', email: 'geen-adres', organisation: '  ' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: 'Vul je naam in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
      organisation: 'Vul je organisatie in.',
    })
  })
  it('asks for an e-mail address when it is empty', () => {
    const result = parseEventRegistration({ name: 'Anna', organisation: 'Cordaan' })
    expect(result.ok === false && result.errors.email).toBe('Vul je e-mailadres in.')
  })
})

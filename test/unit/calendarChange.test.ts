import { describe, expect, it } from 'vitest'
import { hasCalendarChange, nextIcalSequence, type CalendarFields } from '../../src/domain/events/calendarChange'

const event: CalendarFields = {
  title: 'Netwerkbijeenkomst voorjaar',
  startsAt: '2026-03-12T14:00:00.000Z',
  endsAt: '2026-03-12T16:30:00.000Z',
  location: { name: 'Pakhuis de Zwijger', address: 'Piet Heinkade 179, Amsterdam' },
  onlineUrl: null,
  cancelled: false,
}

describe('hasCalendarChange', () => {
  it('sees no change in an identical or partial update', () => {
    expect(hasCalendarChange(event, { ...event })).toBe(false)
    expect(hasCalendarChange(event, {})).toBe(false)
    expect(hasCalendarChange(event, { title: ' Netwerkbijeenkomst voorjaar ' })).toBe(false)
    expect(hasCalendarChange(event, { startsAt: new Date('2026-03-12T14:00:00.000Z') })).toBe(false)
    expect(hasCalendarChange(event, { onlineUrl: '' })).toBe(false)
  })

  it('sees a change of time, title, place, link or cancellation', () => {
    expect(hasCalendarChange(event, { startsAt: '2026-03-12T15:00:00.000Z' })).toBe(true)
    expect(hasCalendarChange(event, { endsAt: '2026-03-12T17:00:00.000Z' })).toBe(true)
    expect(hasCalendarChange(event, { title: 'Netwerkbijeenkomst' })).toBe(true)
    expect(hasCalendarChange(event, { location: { name: 'OBA Oosterdok' } })).toBe(true)
    expect(hasCalendarChange(event, { location: { address: 'Oosterdokskade 143' } })).toBe(true)
    expect(hasCalendarChange(event, { location: null })).toBe(true)
    expect(hasCalendarChange(event, { onlineUrl: 'https://teams.example.nl/abc' })).toBe(true)
    expect(hasCalendarChange(event, { cancelled: true })).toBe(true)
  })

  it('ignores a location update that repeats the same place', () => {
    expect(hasCalendarChange(event, { location: { name: 'Pakhuis de Zwijger' } })).toBe(false)
  })
})

describe('nextIcalSequence', () => {
  it('raises by one on a change only', () => {
    expect(nextIcalSequence(0, true)).toBe(1)
    expect(nextIcalSequence(3, false)).toBe(3)
    expect(nextIcalSequence(undefined, true)).toBe(1)
    expect(nextIcalSequence(null, false)).toBe(0)
  })
})

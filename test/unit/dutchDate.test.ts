import { describe, expect, it } from 'vitest'
import { formatDutchDate, parseDutchDate, unreadableStoredDate } from '../../src/domain/dates/dutchDate'

const time = { time: true }
const day = { time: false }

describe('Dutch dates in the admin', () => {
  it('reads 15-12-2026 14:00 as Amsterdam time (winter: UTC+1), not as 1 January', () => {
    expect(parseDutchDate('15-12-2026 14:00', time)).toEqual({ ok: true, iso: '2026-12-15T13:00:00.000Z' })
    expect(parseDutchDate(' 5/6/2026 9:05 ', time)).toEqual({ ok: true, iso: '2026-06-05T07:05:00.000Z' })
    expect(parseDutchDate('05.06.2026 om 09.05', time)).toEqual({ ok: true, iso: '2026-06-05T07:05:00.000Z' })
  })

  it('stores a day without time at noon UTC (the same day everywhere)', () => {
    expect(parseDutchDate('1-2-2027', day)).toEqual({ ok: true, iso: '2027-02-01T12:00:00.000Z' })
    expect(formatDutchDate('2027-02-01T12:00:00.000Z', day)).toBe('01-02-2027')
  })

  it('shows instants in Amsterdam time, whatever the process time zone', () => {
    expect(formatDutchDate('2026-12-15T13:00:00.000Z', time)).toBe('15-12-2026 14:00')
    expect(formatDutchDate('2026-07-01T21:59:00.000Z', time)).toBe('01-07-2026 23:59')
    expect(formatDutchDate('2026-11-23T23:30:00.000Z', day)).toBe('24-11-2026')
    expect(formatDutchDate(null, time)).toBe('')
    expect(formatDutchDate('geen datum', time)).toBe('')
  })

  it('refuses what it cannot read, with the format to use, and never guesses', () => {
    for (const text of ['15-13-2026 14:00', '31-02-2026 10:00', '15-12-26 14:00', '2026-12-15 14:00', 'morgen', '15-12-2026 24:00', '15-12-2026 14:60', '15-12-2026']) {
      const result = parseDutchDate(text, time)
      expect(result.ok, text).toBe(false)
      if (!result.ok) expect(result.message).toContain('dd-mm-jjjj uu:mm')
    }
    expect(parseDutchDate('15-12-2026 14:00', day).ok).toBe(false)
    expect(parseDutchDate('x'.repeat(1_000_000), time).ok).toBe(false)
  })

  it('refuses the hour that does not exist when summer time starts', () => {
    const skipped = parseDutchDate('29-03-2026 02:30', time)
    expect(skipped.ok).toBe(false)
    expect(parseDutchDate('29-03-2026 03:30', time)).toEqual({ ok: true, iso: '2026-03-29T01:30:00.000Z' })
  })

  it('an empty text is no date', () => {
    expect(parseDutchDate('  ', time)).toEqual({ ok: true, iso: null })
  })
})

describe('dates sent to the API', () => {
  it('takes ISO 8601 with a zone, or a Date', () => {
    for (const value of ['2026-12-15T13:00:00.000Z', '2026-12-15T14:00:00+01:00', '2026-12-15T14:00+0100', new Date(), null, undefined, '']) {
      expect(unreadableStoredDate(value), String(value)).toBeUndefined()
      expect(unreadableStoredDate(value, { time: false }), String(value)).toBeUndefined()
    }
  })
  it('takes a day alone only where no time is asked; a date-and-time field asks for the time', () => {
    expect(unreadableStoredDate('2026-12-15', { time: false })).toBeUndefined()
    expect(unreadableStoredDate('2026-12-15', { time: true })).toMatch(/^De tijd ontbreekt\..*dd-mm-jjjj uu:mm/)
    expect(unreadableStoredDate('2026-12-15')).toMatch(/^De tijd ontbreekt/)
    expect(unreadableStoredDate('15-12-2026', { time: false })).toMatch(/geen datum die te lezen is.*dd-mm-jjjj,/)
  })
  it('refuses what Date.parse would guess: Dutch or American order, no zone, a day that does not exist', () => {
    for (const value of ['15-12-2026 14:00', '1-2-2027', '12/15/2026', '2026-12-15 14:00', '2026-12-15T14:00:00', '2026-02-31', '2026-13-01', 'Dec 15 2026', 42, {}, new Date('x'), '2026-12-15T13:00:00.000Z'.repeat(3)]) {
      expect(unreadableStoredDate(value), String(value)).toMatch(/(geen datum|bestaat niet|ontbreekt).*dd-mm-jjjj uu:mm/)
    }
  })
  it('gives the typist’s own reason for a Dutch text that is no date', () => {
    expect(unreadableStoredDate('15-13-2026 14:00')).toMatch(/^Maand 13 bestaat niet\. Schrijf de datum als dd-mm-jjjj uu:mm/)
    expect(unreadableStoredDate('15-12-2026')).toMatch(/^De tijd ontbreekt\./)
    // Readable Dutch is still no API date: the admin sends ISO, a guess is never stored.
    expect(unreadableStoredDate('15-12-2026 14:00')).toMatch(/^Dit is geen datum met tijd/)
  })
})

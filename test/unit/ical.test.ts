import { describe, expect, it } from 'vitest'
import { buildCalendar, escapeText, foldLine, formatLocal, formatUtc, type CalendarEvent } from '../../src/domain/calendar/ical'
import { parseICalendar, propertyValue, unescapeText, unfold } from '../../src/domain/calendar/parse'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

const event: CalendarEvent = {
  uid: 'abc-123@lvbinamsterdam.nl',
  sequence: 2,
  start: '2026-12-10T14:00:00.000Z',
  end: '2026-12-10T16:00:00.000Z',
  summary: 'Expertmeeting LVB, trauma; en meer',
  description: 'Regel één\nRegel twee met \\ backslash',
  location: 'Zaal 1, Dam 1, Amsterdam',
  url: 'https://example.org/agenda/expertmeeting',
  updatedAt: '2026-11-01T08:00:00.000Z',
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (backslash first)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
  it('round-trips through unescapeText', () => {
    const text = 'Zaal 1, Dam 1; \\ pad\nvolgende regel'
    expect(unescapeText(escapeText(text))).toBe(text)
  })
})

describe('foldLine', () => {
  it('leaves lines of 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`
    expect(octets(line)).toBe(75)
    expect(foldLine(line)).toBe(line)
  })

  it('folds longer lines into pieces of at most 75 octets with a leading space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`
    const folded = foldLine(line)
    const pieces = folded.split('\r\n')
    expect(pieces.length).toBe(3)
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75)
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true)
    expect(unfold(folded)).toEqual([line])
  })

  it('never splits a multi-byte UTF-8 character', () => {
    // "ë" is 2 octets, "€" 3, "🎉" 4: a split at 75 octets would fall inside one of them.
    const line = `SUMMARY:${'ë€🎉'.repeat(30)}`
    const folded = foldLine(line)
    const pieces = folded.split('\r\n')
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) {
      expect(octets(piece)).toBeLessThanOrEqual(75)
      // A split character would show up as a replacement character after a round trip.
      expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece)
      expect(piece).not.toContain('\uFFFD')
    }
    expect(unfold(folded)).toEqual([line])
  })
})

describe('dates', () => {
  it('writes UTC with Z', () => {
    expect(formatUtc('2026-12-10T14:00:05.000Z')).toBe('20261210T140005Z')
  })
  it('writes Amsterdam wall time: +1 h in winter, +2 h in summer', () => {
    expect(formatLocal('2026-12-10T14:00:00.000Z')).toBe('20261210T150000')
    expect(formatLocal('2027-06-10T12:00:00.000Z')).toBe('20270610T140000')
  })
  it('follows the change to summer time on the last Sunday of March', () => {
    expect(formatLocal('2027-03-28T00:59:00.000Z')).toBe('20270328T015900')
    expect(formatLocal('2027-03-28T01:00:00.000Z')).toBe('20270328T030000')
  })
})

describe('buildCalendar', () => {
  const now = new Date('2026-11-23T10:00:00.000Z')
  const text = buildCalendar([event, { ...event, uid: 'gone@lvbinamsterdam.nl', cancelled: true, sequence: 5 }], {
    prodId: '-//Expertisenetwerk (L)VB Amsterdam//Agenda//NL',
    name: 'Agenda Expertisenetwerk',
    now,
  })

  it('uses CRLF line endings only and ends with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps every physical line within 75 octets', () => {
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
  })

  it('has the calendar properties and a VTIMEZONE for Europe/Amsterdam', () => {
    const calendar = parseICalendar(text)
    expect(calendar.name).toBe('VCALENDAR')
    expect(propertyValue(calendar, 'VERSION')).toBe('2.0')
    expect(propertyValue(calendar, 'PRODID')).toContain('Expertisenetwerk')
    expect(propertyValue(calendar, 'CALSCALE')).toBe('GREGORIAN')
    expect(propertyValue(calendar, 'METHOD')).toBe('PUBLISH')
    const zone = calendar.components.find((component) => component.name === 'VTIMEZONE')
    expect(zone && propertyValue(zone, 'TZID')).toBe('Europe/Amsterdam')
    expect(zone?.components.map((component) => component.name).sort()).toEqual(['DAYLIGHT', 'STANDARD'])
  })

  it('writes each event with UID, DTSTAMP, SEQUENCE, local times with TZID and unescaped text', () => {
    const calendar = parseICalendar(text)
    const [first, second] = calendar.components.filter((component) => component.name === 'VEVENT')
    expect(propertyValue(first, 'UID')).toBe('abc-123@lvbinamsterdam.nl')
    expect(propertyValue(first, 'DTSTAMP')).toBe('20261123T100000Z')
    expect(propertyValue(first, 'SEQUENCE')).toBe('2')
    const start = first.properties.find((property) => property.name === 'DTSTART')
    expect(start?.params.TZID).toBe('Europe/Amsterdam')
    expect(start?.value).toBe('20261210T150000')
    expect(propertyValue(first, 'DTEND')).toBe('20261210T170000')
    expect(propertyValue(first, 'SUMMARY')).toBe(event.summary)
    expect(propertyValue(first, 'DESCRIPTION')).toBe(event.description)
    expect(propertyValue(first, 'LOCATION')).toBe(event.location)
    expect(propertyValue(first, 'STATUS')).toBe('CONFIRMED')
    expect(propertyValue(first, 'URL')).toBe(event.url)
    expect(propertyValue(first, 'LAST-MODIFIED')).toBe('20261101T080000Z')

    expect(propertyValue(second, 'STATUS')).toBe('CANCELLED')
    expect(propertyValue(second, 'SEQUENCE')).toBe('5')
    expect(propertyValue(second, 'SUMMARY')).toMatch(/^Geannuleerd: /)
  })

  it('escapes commas and semicolons in the raw text', () => {
    expect(text).toContain('SUMMARY:Expertmeeting LVB\\, trauma\\; en meer')
  })
})

describe('parseICalendar', () => {
  it('refuses a calendar whose BEGIN and END do not match', () => {
    expect(() => parseICalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow()
  })
})

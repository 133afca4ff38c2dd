import { describe, expect, it } from 'vitest'
import { renderChartSvg } from '../../src/cms/monitoring/charts/renderChart'
import { attendanceCsv, eventStatistics, eventStatisticsCsv } from '../../src/domain/events/statistics'
import { csvCell, csvDocument } from '../../src/domain/monitoring/csv'
import { median } from '../../src/domain/monitoring/numbers'
import { newsletterStatistics, newsletterStatisticsCsv } from '../../src/domain/newsletter/statistics'
import { confirmChange, unsubscribeChange } from '../../src/domain/newsletter/subscription'
import { signToken, subscriberLinks, verifyToken } from '../../src/domain/newsletter/tokens'

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n')

describe('CSV for Dutch Excel', () => {
  it('quotes every cell, writes ja/nee and decimal commas, and disarms formulas', () => {
    expect(csvCell(true)).toBe('"ja"')
    expect(csvCell(false)).toBe('"nee"')
    expect(csvCell(12.5)).toBe('"12,5"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('-1')).toBe(`"'-1"`)
    expect(csvCell('Zeg "hoi"; dag')).toBe('"Zeg ""hoi""; dag"')
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\uFEFF"a";"b"\r\n"1";"x"\r\n')
  })
  it('has a median of the middle values', () => {
    expect(median([])).toBeNull()
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('event statistics', () => {
  const now = new Date('2026-06-15T12:00:00Z')
  const events = [
    { id: 'e1', title: 'Netwerkbijeenkomst voorjaar', kind: 'netwerkbijeenkomst', startsAt: '2026-04-09T13:00:00.000Z', networks: ['jeugd'], capacity: 2 },
    { id: 'e2', title: 'Training najaar', kind: 'training', startsAt: '2026-10-01T08:00:00.000Z', networks: ['jeugd', 'volwassenen'], capacity: null },
  ]
  const registrations = [
    { event: 'e1', status: 'aangemeld', attended: true },
    { event: { id: 'e1' }, status: 'aangemeld', attended: false },
    { event: 'e1', status: 'wachtlijst' },
    { event: 'e1', status: 'geannuleerd', attended: true },
    { event: 'e2', status: 'aangemeld', attended: true },
    { event: 'other', status: 'aangemeld', attended: true },
  ]
  const statistics = eventStatistics(events, registrations, now)
  it('counts places, waiting list, cancellations and attendance per event', () => {
    expect(statistics.rows[0]).toMatchObject({ registered: 2, waitingList: 1, cancelled: 1, attended: 1, attendanceRecorded: true, attendanceRate: 50, date: '09-04-2026' })
    // A future event has no attendance yet, whatever is ticked.
    expect(statistics.rows[1]).toMatchObject({ registered: 1, attendanceRecorded: false, attendanceRate: null })
    expect(statistics.totals).toEqual({ events: 2, registered: 3, waitingList: 1, cancelled: 1, attended: 1, withAttendance: 1 })
  })
  it('exports per event with Dutch headers and labels', () => {
    const [header, first, second] = lines(eventStatisticsCsv(statistics))
    expect(header).toBe('"Bijeenkomst";"Soort";"Datum";"Netwerken";"Maximum aantal deelnemers";"Geannuleerd";"Aangemeld (met plek)";"Wachtlijst";"Afgemeld";"Aanwezig";"Opkomst (%)"')
    expect(first).toBe('"Netwerkbijeenkomst voorjaar";"Netwerkbijeenkomst";"09-04-2026";"Jeugd (L)VB Amsterdam";"2";"nee";"2";"1";"1";"1";"50"')
    expect(second).toContain('"Jeugd (L)VB Amsterdam, LVB18+";"onbeperkt"')
  })
  it('exports the attendance list: people with a place first, Amsterdam times', () => {
    const csv = lines(
      attendanceCsv([
        { name: 'Zoë Wachter', organisation: 'Cordaan', email: 'z@example.org', status: 'wachtlijst', registeredAt: '2026-03-01T10:00:00.000Z' },
        { name: 'Bram', organisation: '=cmd', email: 'b@example.org', status: 'aangemeld', registeredAt: '2026-03-31T22:30:00.000Z', attended: true },
        { name: 'Anna', organisation: 'MEE', email: 'a@example.org', status: 'aangemeld', registeredAt: '2026-03-02T10:00:00.000Z' },
      ]),
    )
    expect(csv[0]).toBe('"Naam";"Organisatie";"E-mailadres";"Status";"Aangemeld op";"Aanwezig"')
    expect(csv[1]).toBe('"Anna";"MEE";"a@example.org";"Aangemeld";"02-03-2026 11:00";"nee"')
    expect(csv[2]).toBe(`"Bram";"'=cmd";"b@example.org";"Aangemeld";"01-04-2026 00:30";"ja"`)
    expect(csv[3]).toBe('"Zoë Wachter";"Cordaan";"z@example.org";"Wachtlijst";"01-03-2026 11:00";""')
  })
})

describe('newsletter statistics', () => {
  const statistics = newsletterStatistics(
    [
      { id: 'n1', title: 'Nieuwsbrief maart', sentAt: '2026-03-10T08:00:00.000Z', networks: ['jeugd'], status: 'verzonden' },
      { id: 'n2', title: 'Nieuwsbrief juni', sentAt: null, networks: ['volwassenen'], status: 'verzenden' },
    ],
    new Map([
      ['n1', { sent: 198, failed: 2, waiting: 0, unsubscribes: 4 }],
      ['n2', { sent: 10, failed: 0, waiting: 90, unsubscribes: 0 }],
    ]),
    3,
  )
  it('gives per edition the recipients, sent, failed and unsubscribes', () => {
    expect(statistics.rows[0]).toMatchObject({ recipients: 200, sent: 198, failed: 2, unsubscribes: 4, unsubscribeRate: 2, date: '10-03-2026' })
    expect(statistics.rows[1]).toMatchObject({ recipients: 100, waiting: 90, unsubscribeRate: 0, date: '' })
    expect(statistics.totals).toEqual({ editions: 2, recipients: 300, sent: 208, failed: 2, unsubscribes: 4 })
  })
  it('exports with the unsubscribes without an edition on a row of their own', () => {
    const csv = lines(newsletterStatisticsCsv(statistics))
    expect(csv[0]).toBe('"Nieuwsbrief";"Verzonden op";"Netwerken";"Ontvangers";"Verzonden";"Mislukt";"Nog in de wachtrij";"Afmeldingen";"Afmeldingen (%)"')
    expect(csv[1]).toBe('"Nieuwsbrief maart";"10-03-2026";"Jeugd (L)VB Amsterdam";"200";"198";"2";"0";"4";"2"')
    expect(csv[3]).toContain('Afmeldingen zonder bekende nieuwsbrief')
    expect(csv[3]).toContain('"3"')
  })
})

describe('the edition of an unsubscribe', () => {
  const secret = 'geheim-geheim-geheim'
  it('travels signed in the unsubscribe link of a newsletter, and only there', () => {
    const links = subscriberLinks(secret, 'https://portaal.example', 'abonnee-1', { edition: 'editie-7' })
    const token = new URL(links.oneClickUrl).searchParams.get('token')
    expect(verifyToken(secret, 'afmelden', token)).toEqual({ ok: true, subject: 'abonnee-1', edition: 'editie-7' })
    expect(verifyToken(secret, 'voorkeuren', new URL(links.preferencesUrl).searchParams.get('token'))).toEqual({ ok: true, subject: 'abonnee-1' })
    // Links without an edition (and all older links) still work, without one.
    expect(verifyToken(secret, 'afmelden', signToken(secret, 'afmelden', 'abonnee-1'))).toEqual({ ok: true, subject: 'abonnee-1' })
  })
  it('cannot be changed without breaking the signature', () => {
    const token = signToken(secret, 'afmelden', 'abonnee-1', { edition: 'editie-7' })
    const [body, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), n: 'editie-8' })).toString('base64url')
    expect(verifyToken(secret, 'afmelden', `${forged}.${signature}`)).toEqual({ ok: false, reason: 'ongeldig' })
  })
  it('is recorded when unsubscribing and cleared when confirming again', () => {
    expect(unsubscribeChange({ status: 'actief' }, 'one-click', new Date('2026-03-11T09:00:00Z'), 'editie-7')).toMatchObject({ status: 'afgemeld', unsubscribedFrom: 'editie-7' })
    expect(unsubscribeChange({ status: 'actief' }, 'voorkeuren')).toMatchObject({ unsubscribedFrom: null })
    expect(confirmChange({ status: 'afgemeld' }, '127.0.0.1')).toMatchObject({ status: 'actief', unsubscribedFrom: null, unsubscribedAt: null })
  })
})

describe('charts', () => {
  const spec = {
    orientation: 'horizontal' as const,
    layout: 'grouped' as const,
    categories: ['<script>alert(1)</script> & "co"', 'Training'],
    series: [
      { key: 'a', label: 'Aangemeld', color: '#1d5f8a' },
      { key: 'b', label: 'Wachtlijst', color: '#b45309' },
    ],
    data: [
      { category: '<script>alert(1)</script> & "co"', series: 'a', value: 3 },
      { category: 'Training', series: 'b', value: 1200 },
    ],
    valueLabel: 'Aantal',
  }
  it('draws an SVG image named by the figure, with markup in labels as text', () => {
    const svg = renderChartSvg(spec, 'titel samenvatting')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('aria-labelledby="titel samenvatting"')
    expect(svg).not.toContain('<script')
    expect(svg).toContain('&lt;script&gt;')
    expect(svg).toContain('1.200') // Dutch thousands
    expect(svg).not.toMatch(/<g[^>]* aria-label=/)
  })
  it('draws vertical stacked bars with whole-number ticks only', () => {
    const svg = renderChartSvg(
      { orientation: 'vertical', layout: 'stacked', categories: ['jan', 'feb'], series: [{ key: 'x', label: 'X', color: '#1d5f8a' }], data: [{ category: 'jan', series: 'x', value: 1 }], valueLabel: 'Aantal vragen' },
      'id',
    )
    expect(svg).toContain('Aantal vragen')
    expect(svg).not.toMatch(/>0[.,]5</)
  })
})

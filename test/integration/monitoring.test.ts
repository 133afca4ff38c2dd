import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseMonitoringReport } from '../../src/domain/caseQuestions/monitoring'
import { subscriberLinks } from '../../src/domain/newsletter/tokens'
import { apiFor, type Api } from '../helpers/api'
import { caseQuestionData, createTrusted, eventData, organisationData, professionalData, signalData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The monitoring exports and their access, on the Local API and Payload's own REST handler:
 * labels and totals in the CSVs, the attendance list, the edition of an unsubscribe, the
 * platform member's numbers without references, and no cap on the number of questions read.
 */
let cms: TestPayload
let payload: Payload
let api: Api
const tokens: Record<string, string | undefined> = {}
const users: Record<string, any> = {}
const trusted = { overrideAccess: true, depth: 0 } as const
const YEAR = 2031

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  api = await apiFor(payload)
  const organisation = await createTrusted(payload, 'organisations', organisationData('monitoring'))
  for (const [actor, roles] of Object.entries({ coordinator: ['coordinator'], admin: ['admin'], platformMember: ['platformMember'], expert: ['expert'], partnerEditor: ['partnerEditor'] })) {
    const id = await createTrusted(payload, 'users', staffData(`monitoring ${actor}`, roles, actor === 'partnerEditor' || actor === 'expert' ? organisation : undefined))
    users[actor] = await payload.findByID({ collection: 'users', id, ...trusted })
    tokens[actor] = await api.login('users', users[actor].email, testPassword)
  }
  const professional = await createTrusted(payload, 'professionals', professionalData('monitoring'))
  users.professional = await payload.findByID({ collection: 'professionals', id: professional, ...trusted })
  tokens.professional = await api.login('professionals', users.professional.email, testPassword)
  tokens.anonymous = undefined
})
afterAll(async () => {
  await cms?.close()
})

const get = (actor: string, path: string) => api.rest('get', path, { token: tokens[actor] })
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n')

/** A question as it stands after handling: the dates written past the hooks, as history would have left them. */
async function question(at: string, extra: Record<string, unknown> = {}): Promise<string> {
  const id = await createTrusted(payload, 'caseQuestions', { ...caseQuestionData(String(users.professional.id)), network: extra.network ?? 'jeugd', context: { age: 14, problems: extra.problems ?? ['lvb'] } })
  const { network: _network, problems: _problems, ...rest } = extra
  // Array rows written past Payload need their own IDs.
  if (Array.isArray(rest.statusHistory)) rest.statusHistory = rest.statusHistory.map((entry: object) => ({ id: crypto.randomUUID(), ...entry }))
  const doc = await payload.findByID({ collection: 'caseQuestions', id, ...trusted })
  await payload.db.updateOne({ collection: 'caseQuestions', where: { id: { equals: id } }, data: { ...doc, createdAt: at, ...rest } })
  return id
}

describe('case questions', () => {
  let references: string[] = []
  beforeAll(async () => {
    await question(`${YEAR}-01-05T09:00:00.000Z`, {
      status: 'advies-gegeven',
      triageDueAt: `${YEAR}-01-12T22:59:59.000Z`,
      adviceDueAt: `${YEAR}-01-19T22:59:59.000Z`,
      statusHistory: [{ status: 'doorgezet', at: `${YEAR}-01-07T09:00:00.000Z` }],
      advice: { givenAt: `${YEAR}-01-15T09:00:00.000Z` },
      followUp: { pickedUp: true },
      problems: ['lvb', 'trauma'],
    })
    await question(`${YEAR}-03-31T22:30:00.000Z`, { network: 'volwassenen', isReturningCase: true }) // April in Amsterdam
    await question(`${YEAR - 1}-12-31T22:30:00.000Z`) // 31 December in Amsterdam: the year before
    await createTrusted(payload, 'signals', { ...signalData('monitoring'), raisedAt: `${YEAR}-02-01T10:00:00.000Z` })
    const { docs } = await payload.find({ collection: 'caseQuestions', ...trusted, where: { createdAt: { greater_than: `${YEAR - 1}-06-01T00:00:00.000Z` } }, sort: 'createdAt', limit: 10 })
    references = docs.map((doc) => String(doc.reference))
  })

  it('exports one row per question of the Amsterdam year, in labels, for coordinators', async () => {
    const answer = await get('coordinator', `/caseQuestions/monitoring?jaar=${YEAR}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('text/csv')
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="casusvragen-${YEAR}.csv"`)
    // (The byte-order mark is checked on the raw bytes in the e2e test: Response.text() drops it.)
    const lines = rows(answer.text)
    expect(lines).toHaveLength(3)
    expect(lines[0].split(';')[0]).toBe('"Kenmerk"')
    expect(lines[1]).toContain(`"${references[1]}";"05-01-${YEAR}";"Jeugd (L)VB Amsterdam";"Advies gegeven";"Normaal";"14";"Licht verstandelijke beperking (LVB), Trauma";"Binnen de norm";"2"`)
    expect(lines[2]).toContain(`"01-04-${YEAR}";"LVB18+";"Ontvangen"`)
    expect(answer.text).not.toContain('Welke behandeling') // no text of the case
    expect(answer.text).not.toContain(references[0]) // 31 December of the year before
  })

  it('filters by network', async () => {
    const lines = rows((await get('admin', `/caseQuestions/monitoring?jaar=${YEAR}&netwerk=volwassenen`)).text)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"LVB18+"')
  })

  it('refuses the export to everyone else', async () => {
    for (const actor of ['platformMember', 'expert', 'partnerEditor', 'professional']) expect((await get(actor, `/caseQuestions/monitoring?jaar=${YEAR}`)).status).toBe(403)
    expect((await get('anonymous', `/caseQuestions/monitoring?jaar=${YEAR}`)).status).toBe(401)
  })

  it('gives a platform member every question as numbers, without references', async () => {
    const { caseReadAs, loadMonitoredQuestions, loadMonitoredSignals, loadCaseNorms } = await import('../../src/cms/monitoring/load/caseQuestions')
    const req = await createLocalReq({ user: { ...users.platformMember, collection: 'users' } }, payload)
    const filters = { year: YEAR }
    const questions = await loadMonitoredQuestions(payload, filters, caseReadAs(req))
    expect(questions).toHaveLength(2)
    expect(questions.every((q) => !q.reference)).toBe(true)
    expect(JSON.stringify(questions)).not.toContain('Welke behandeling')
    const report = caseMonitoringReport(YEAR, questions, await loadMonitoredSignals(payload, filters, req), await loadCaseNorms(payload, req))
    expect(report.total).toBe(2)
    expect(report.returning).toBe(1)
    expect(report.signals.total).toBe(1)
    // Their own read of the collection still shows them nothing that is not assigned to them.
    expect((await payload.find({ collection: 'caseQuestions', overrideAccess: false, user: req.user, depth: 0 })).totalDocs).toBe(0)
  })

  it('reads page after page, whatever the number of questions: no silent cap', async () => {
    const { findAll } = await import('../../src/cms/monitoring/load/pages')
    const { MONITORED_FIELDS } = await import('../../src/cms/monitoring/load/caseQuestions')
    const all = await payload.count({ collection: 'caseQuestions', ...trusted })
    expect(all.totalDocs).toBe(3)
    // Pages of one question: three pages, every question once.
    const read = await findAll<{ id: string }>(payload, 'caseQuestions', {}, MONITORED_FIELDS, { overrideAccess: true }, 'createdAt', 1)
    expect(new Set(read.map((q) => q.id)).size).toBe(3)
  })
})

describe('events', () => {
  let eventId = ''
  const registrations: Record<string, string> = {}
  beforeAll(async () => {
    eventId = await createTrusted(payload, 'events', { ...eventData('monitoring'), title: 'Netwerkbijeenkomst voorjaar', capacity: 2, startsAt: `${YEAR}-04-09T13:00:00.000Z`, endsAt: `${YEAR}-04-09T15:00:00.000Z` }, { draft: false })
    for (const [name, status] of [['Anna', 'aangemeld'], ['Bram', 'aangemeld'], ['Cem', 'wachtlijst'], ['Dirk', 'geannuleerd']]) {
      registrations[name] = await createTrusted(payload, 'eventRegistrations', { event: eventId, name, email: `${name.toLowerCase()}@example.org`, organisation: 'Cordaan', status })
    }
  })

  it('saves the attendance for registrations with a place, and only those of this event', async () => {
    const other = await createTrusted(payload, 'events', { ...eventData('andere'), startsAt: `${YEAR}-05-09T13:00:00.000Z`, endsAt: `${YEAR}-05-09T15:00:00.000Z` }, { draft: false })
    const stranger = await createTrusted(payload, 'eventRegistrations', { event: other, name: 'Eva', email: 'eva@example.org', organisation: 'MEE', status: 'aangemeld' })
    const body = { deelnemer: [registrations.Anna, registrations.Bram, registrations.Cem, stranger], aanwezig: [registrations.Anna, registrations.Cem, stranger] }
    for (const actor of ['platformMember', 'expert', 'partnerEditor', 'professional']) {
      expect((await api.rest('post', `/monitoring/bijeenkomsten/${eventId}/presentie`, { token: tokens[actor], body })).status).toBe(403)
    }
    const answer = await api.rest('post', `/monitoring/bijeenkomsten/${eventId}/presentie`, { token: tokens.coordinator, body })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ bijgewerkt: 1 })
    const attended = async (id: string) => (await payload.findByID({ collection: 'eventRegistrations', id, ...trusted })).attended
    expect(await attended(registrations.Anna)).toBe(true)
    expect(await attended(registrations.Bram)).toBe(false)
    expect(await attended(registrations.Cem)).toBe(false) // on the waiting list: no place, no attendance
    expect(await attended(stranger)).toBe(false)
  })

  it('takes the form of the attendance list and sends the browser back to it', async () => {
    const answer = await api.rest('post', `/monitoring/bijeenkomsten/${eventId}/presentie`, {
      token: tokens.coordinator,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: undefined,
    })
    // An empty form changes nothing and still goes back.
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`/admin/monitoring/bijeenkomsten/${eventId}?opgeslagen=0`)
  })

  it('refuses malformed and oversized lists with a 4xx', async () => {
    const post = (body: unknown) => api.rest('post', `/monitoring/bijeenkomsten/${eventId}/presentie`, { token: tokens.coordinator, body })
    expect((await post({ deelnemer: [{ id: 1 }] })).status).toBe(400)
    expect((await post({ deelnemer: 'x'.repeat(65) })).status).toBe(400)
    expect((await post({ deelnemer: Array.from({ length: 6000 }, (_, i) => String(i)) })).status).toBe(400)
    expect((await post({ deelnemer: ['a'.repeat(60)], aanwezig: 'b'.repeat(300_000) })).status).toBe(413)
    expect((await api.rest('post', `/monitoring/bijeenkomsten/onbekend/presentie`, { token: tokens.coordinator, body: {} })).status).toBe(404)
  })

  it('exports the events of the year with totals, and the attendance list with Dutch headers', async () => {
    const events = await get('coordinator', `/monitoring/bijeenkomsten?jaar=${YEAR}`)
    expect(events.status).toBe(200)
    const lines = rows(events.text)
    expect(lines[0]).toContain('"Bijeenkomst";"Soort";"Datum"')
    expect(lines[1]).toBe(`"Netwerkbijeenkomst voorjaar";"Netwerkbijeenkomst";"09-04-${YEAR}";"Jeugd (L)VB Amsterdam";"2";"nee";"2";"1";"1";"";""`)
    const list = await get('coordinator', `/monitoring/bijeenkomsten/${eventId}/presentielijst`)
    expect(list.status).toBe(200)
    expect(list.headers.get('content-disposition')).toBe('attachment; filename="presentielijst-netwerkbijeenkomst-voorjaar.csv"')
    expect(rows(list.text)).toEqual([
      '"Naam";"Organisatie";"E-mailadres";"Status";"Aangemeld op";"Aanwezig"',
      expect.stringMatching(/^"Anna";"Cordaan";"anna@example.org";"Aangemeld";"\d\d-\d\d-\d{4} \d\d:\d\d";"ja"$/),
      expect.stringMatching(/^"Bram";.*;"nee"$/),
      expect.stringMatching(/^"Cem";.*"Wachtlijst";.*;""$/),
      expect.stringMatching(/^"Dirk";.*"Geannuleerd";.*;""$/),
    ])
    for (const actor of ['platformMember', 'expert', 'partnerEditor', 'professional']) {
      expect((await get(actor, `/monitoring/bijeenkomsten?jaar=${YEAR}`)).status).toBe(403)
      expect((await get(actor, `/monitoring/bijeenkomsten/${eventId}/presentielijst`)).status).toBe(403)
    }
    expect((await get('anonymous', `/monitoring/bijeenkomsten/${eventId}/presentielijst`)).status).toBe(401)
  })
})

describe('newsletter', () => {
  it('counts sent, failed and unsubscribes per edition, recording the edition from the link', async () => {
    const edition = await createTrusted(payload, 'newsletters', { title: 'Nieuwsbrief maart', networks: ['jeugd'], status: 'verzonden', sentAt: `${YEAR}-03-10T08:00:00.000Z` })
    const subscribers: string[] = []
    for (let i = 0; i < 4; i++) {
      const id = await createTrusted(payload, 'subscribers', { email: `lezer-${i}@example.org`, networks: ['jeugd'], status: 'actief' })
      subscribers.push(id)
      await payload.create({
        collection: 'newsletterDeliveries',
        ...trusted,
        data: { newsletter: edition, subscriber: id, email: `lezer-${i}@example.org`, key: `${edition}:${id}`, status: i === 3 ? 'mislukt' : 'verzonden' },
      })
    }
    const { unsubscribeByToken } = await import('../../src/cms/newsletter/subscriptions')
    const tokenOf = (subscriber: string, options: { edition?: string } = {}) =>
      new URL(subscriberLinks(payload.secret, payload.config.serverURL, subscriber, options).oneClickUrl).searchParams.get('token')
    expect(await unsubscribeByToken(payload, tokenOf(subscribers[0], { edition }), 'one-click')).toBe('afgemeld')
    expect((await payload.findByID({ collection: 'subscribers', id: subscribers[0], ...trusted })).unsubscribedFrom).toBe(edition)
    // A link of a deleted edition still unsubscribes; the edition is just unknown.
    const gone = await createTrusted(payload, 'newsletters', { title: 'Weg', networks: ['jeugd'], status: 'concept' })
    await payload.delete({ collection: 'newsletters', id: gone, ...trusted })
    expect(await unsubscribeByToken(payload, tokenOf(subscribers[1], { edition: gone }), 'one-click')).toBe('afgemeld')
    expect((await payload.findByID({ collection: 'subscribers', id: subscribers[1], ...trusted })).unsubscribedFrom ?? null).toBeNull()
    const left = await payload.findByID({ collection: 'subscribers', id: subscribers[1], ...trusted })
    await payload.db.updateOne({ collection: 'subscribers', where: { id: { equals: subscribers[1] } }, data: { ...left, unsubscribedAt: `${YEAR}-03-12T08:00:00.000Z` } })

    const answer = await get('coordinator', `/monitoring/nieuwsbrief?jaar=${YEAR}`)
    expect(answer.status).toBe(200)
    const lines = rows(answer.text)
    expect(lines[0]).toBe('"Nieuwsbrief";"Verzonden op";"Netwerken";"Ontvangers";"Verzonden";"Mislukt";"Nog in de wachtrij";"Afmeldingen";"Afmeldingen (%)"')
    expect(lines[1]).toBe(`"Nieuwsbrief maart";"10-03-${YEAR}";"Jeugd (L)VB Amsterdam";"4";"3";"1";"0";"1";"33"`)
    expect(lines[2]).toContain('"Afmeldingen zonder bekende nieuwsbrief')
    expect(lines[2]).toContain('"1";""')
    for (const actor of ['platformMember', 'expert', 'partnerEditor', 'professional']) expect((await get(actor, `/monitoring/nieuwsbrief?jaar=${YEAR}`)).status).toBe(403)
    expect((await get('anonymous', `/monitoring/nieuwsbrief?jaar=${YEAR}`)).status).toBe(401)
  })
})

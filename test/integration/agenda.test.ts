import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseICalendar, propertyValue } from '../../src/domain/calendar/parse'
import type { EventRegistrationService } from '../../src/domain/events/registrationForm'
import { createTrusted, eventData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'

/**
 * Registration, waiting list, cancellation and reminders through the real CMS (Local API on a
 * temporary database) and a real SMTP server.
 */
let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload
let service: EventRegistrationService<Payload>

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload(smtp.env)
  payload = cms.payload
  service = payload.collections.eventRegistrations.config.custom.registrationService as EventRegistrationService<Payload>
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

/** Runs the queue until it is empty (a job may queue e-mails that need another round). */
async function runJobs() {
  for (let round = 0; round < 5; round++) {
    const pending = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { completedAt: { exists: false }, hasError: { not_equals: true } } })
    if (pending.totalDocs === 0) return
    await payload.jobs.run({ limit: 100 })
  }
}

const mailsTo = (address: string) => smtp.messages.filter((mail) => mail.envelopeTo.includes(address))
const person = (tag: string) => ({ name: `Deelnemer ${tag}`, email: `${tag}@example.org`, organisation: 'Cordaan' })

function cancelTokenFrom(mail: ReceivedMail): string {
  const match = /\/agenda\/afmelden\?token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')
  expect(match).not.toBeNull()
  return match![1]
}

async function statusOf(email: string, eventId: string) {
  const { docs } = await payload.find({
    collection: 'eventRegistrations',
    overrideAccess: true,
    where: { and: [{ email: { equals: email } }, { event: { equals: eventId } }] },
    sort: '-registeredAt',
  })
  return docs.map((doc) => doc.status)
}

async function newEvent(tag: string, extra: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + 10 * 86_400_000)
  return createTrusted(
    payload,
    'events',
    {
      ...eventData(tag),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 2,
      ...extra,
    },
    { draft: false },
  )
}

describe('registering up to capacity, then the waiting list', () => {
  let eventId: string

  beforeAll(async () => {
    eventId = await newEvent('Vol')
  })

  it('gives places until the event is full, then the waiting list; a second attempt is not stored', async () => {
    expect(await service.register(payload, eventId, person('anna'))).toEqual({ kind: 'registered', status: 'aangemeld' })
    expect(await service.register(payload, eventId, person('bram'))).toEqual({ kind: 'registered', status: 'aangemeld' })
    expect(await service.register(payload, eventId, person('cor'))).toEqual({ kind: 'registered', status: 'wachtlijst' })
    expect(await service.register(payload, eventId, person('dirk'))).toEqual({ kind: 'registered', status: 'wachtlijst' })
    expect(await service.register(payload, eventId, { ...person('anna'), email: 'ANNA@example.org' })).toEqual({
      kind: 'already-registered',
      status: 'aangemeld',
    })
    expect(await statusOf('anna@example.org', eventId)).toEqual(['aangemeld'])
    expect(await service.countPlaces(payload, eventId)).toEqual({ registered: 2, waiting: 2 })
  })

  it('mails a confirmation with the event as .ics, and a waiting-list mail without', async () => {
    await runJobs()
    const event = await payload.findByID({ collection: 'events', id: eventId, overrideAccess: true })
    const confirmation = await smtp.waitFor((mail) => mail.envelopeTo.includes('anna@example.org'))
    expect(confirmation.parsed.subject).toMatch(/^Aanmelding bevestigd/)
    expect(confirmation.parsed.html).toContain('/agenda/afmelden?token=')
    const ics = confirmation.parsed.attachments.find((attachment) => attachment.filename?.endsWith('.ics'))
    expect(ics?.contentType).toBe('text/calendar')
    const calendar = parseICalendar(ics!.content.toString('utf8'))
    expect(propertyValue(calendar, 'METHOD')).toBe('PUBLISH')
    const [vevent] = calendar.components.filter((component) => component.name === 'VEVENT')
    expect(propertyValue(vevent, 'UID')).toBe(event.icalUid)
    expect(propertyValue(vevent, 'SUMMARY')).toBe(event.title)
    expect(vevent.properties.find((property) => property.name === 'DTSTART')?.params.TZID).toBe('Europe/Amsterdam')

    const waiting = await smtp.waitFor((mail) => mail.envelopeTo.includes('cor@example.org'))
    expect(waiting.parsed.subject).toMatch(/wachtlijst/)
    expect(waiting.parsed.text).toMatch(/nog geen plek/)
    expect(waiting.parsed.attachments).toHaveLength(0)
    expect(mailsTo('anna@example.org')).toHaveLength(1)
  })

  it('cancelling frees the place for the first on the waiting list, who gets an e-mail', async () => {
    const token = cancelTokenFrom(mailsTo('anna@example.org')[0])
    const preview = await service.previewCancellation(payload, token)
    expect(preview).toMatchObject({ name: 'Deelnemer anna', status: 'aangemeld' })
    // Looking at the cancel page changes nothing.
    expect(await statusOf('anna@example.org', eventId)).toEqual(['aangemeld'])

    expect((await service.cancel(payload, token)).kind).toBe('cancelled')
    expect((await service.cancel(payload, token)).kind).toBe('already-cancelled')
    expect(await statusOf('anna@example.org', eventId)).toEqual(['geannuleerd'])
    expect(await statusOf('cor@example.org', eventId)).toEqual(['aangemeld'])
    expect(await statusOf('dirk@example.org', eventId)).toEqual(['wachtlijst'])

    await runJobs()
    const moved = await smtp.waitFor((mail) => mail.envelopeTo.includes('cor@example.org') && /plek vrij/.test(mail.parsed.subject ?? ''))
    expect(moved.parsed.attachments.some((attachment) => attachment.filename?.endsWith('.ics'))).toBe(true)
    expect(mailsTo('anna@example.org').map((mail) => mail.parsed.subject)).toEqual([
      expect.stringMatching(/^Aanmelding bevestigd/),
      expect.stringMatching(/^Afmelding ontvangen/),
    ])
  })

  it('lets a cancelled person register again', async () => {
    expect(await service.register(payload, eventId, person('anna'))).toEqual({ kind: 'registered', status: 'wachtlijst' })
  })

  it('moves the waiting list up when a coordinator cancels a registration in the admin', async () => {
    const { docs } = await payload.find({
      collection: 'eventRegistrations',
      overrideAccess: true,
      where: { and: [{ email: { equals: 'bram@example.org' } }, { event: { equals: eventId } }] },
    })
    await payload.update({ collection: 'eventRegistrations', id: docs[0].id, overrideAccess: true, data: { status: 'geannuleerd' } })
    expect(await statusOf('dirk@example.org', eventId)).toEqual(['aangemeld'])
    expect(await statusOf('anna@example.org', eventId)).toEqual(['wachtlijst', 'geannuleerd'])
  })

  it('moves the waiting list up when the capacity is raised', async () => {
    await payload.update({ collection: 'events', id: eventId, overrideAccess: true, data: { capacity: 3 } })
    expect(await statusOf('anna@example.org', eventId)).toEqual(['aangemeld', 'geannuleerd'])
  })
})

describe('changes to the event', () => {
  it('mails everyone registered when the event is cancelled, with STATUS:CANCELLED and a higher SEQUENCE', async () => {
    const eventId = await newEvent('Gaat niet door', { capacity: 1 })
    await service.register(payload, eventId, person('geannuleerd-plek'))
    await service.register(payload, eventId, person('geannuleerd-wacht'))
    await runJobs()
    await payload.update({ collection: 'events', id: eventId, overrideAccess: true, data: { cancelled: true } })
    await runJobs()
    for (const tag of ['geannuleerd-plek', 'geannuleerd-wacht']) {
      const mail = mailsTo(`${tag}@example.org`).find((candidate) => /^Geannuleerd: /.test(candidate.parsed.subject ?? ''))
      expect(mail).toBeDefined()
      const ics = mail!.parsed.attachments.find((attachment) => attachment.filename?.endsWith('.ics'))
      const [vevent] = parseICalendar(ics!.content.toString('utf8')).components.filter((component) => component.name === 'VEVENT')
      expect(propertyValue(vevent, 'STATUS')).toBe('CANCELLED')
      expect(propertyValue(vevent, 'SEQUENCE')).toBe('1')
    }
  })

  it('mails those with a place when the time changes, not for a new title alone', async () => {
    const eventId = await newEvent('Verplaatst')
    await service.register(payload, eventId, person('verplaatst'))
    await payload.update({ collection: 'events', id: eventId, overrideAccess: true, data: { title: 'Verplaatst, nieuwe titel' } })
    const event = await payload.findByID({ collection: 'events', id: eventId, overrideAccess: true })
    const later = new Date(new Date(event.startsAt).getTime() + 86_400_000)
    await payload.update({
      collection: 'events',
      id: eventId,
      overrideAccess: true,
      data: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString() },
    })
    await runJobs()
    const subjects = mailsTo('verplaatst@example.org').map((mail) => mail.parsed.subject)
    // The queue may deliver in either order; exactly these two, no mail for the title change.
    expect(subjects).toHaveLength(2)
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^Aanmelding bevestigd/), 'Gewijzigd: Verplaatst, nieuwe titel']))
  })

  it('shows coordinators the registrations on the event, and nobody else', async () => {
    const eventId = await newEvent('Overzicht')
    await service.register(payload, eventId, person('overzicht'))
    const coordinator = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'coordinator-agenda@example.org', password: 'lang-genoeg-wachtwoord', name: 'Coördinator', roles: ['coordinator'] },
    })
    const asCoordinator = await payload.findByID({ collection: 'events', id: eventId, overrideAccess: false, user: { ...coordinator, collection: 'users' } })
    expect((asCoordinator.registrations?.docs ?? []).length).toBe(1)
    const asVisitor = await payload.findByID({ collection: 'events', id: eventId, overrideAccess: false })
    expect(asVisitor.registrations?.docs ?? []).toHaveLength(0)
  })
})

describe('the last place, taken twice at the same moment', () => {
  it('gives it to exactly one; the other lands on the waiting list', async () => {
    const eventId = await newEvent('Laatste plek', { capacity: 1 })
    const results = await Promise.all(['x1', 'x2', 'x3'].map((tag) => service.register(payload, eventId, person(tag))))
    const statuses = results.map((result) => (result.kind === 'registered' ? result.status : result.kind))
    expect(statuses.filter((status) => status === 'aangemeld')).toHaveLength(1)
    expect(statuses.filter((status) => status === 'wachtlijst')).toHaveLength(2)
    expect(await service.countPlaces(payload, eventId)).toEqual({ registered: 1, waiting: 2 })
  })
})

describe('when registering is not possible', () => {
  it('refuses before opening, after closing, for cancelled, switched-off and unpublished events', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString()
    const past = new Date(Date.now() - 60_000).toISOString()
    const notYet = await newEvent('Nog niet', { registrationOpensAt: future })
    const closed = await newEvent('Gesloten', { registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(), registrationClosesAt: past })
    const cancelled = await newEvent('Geannuleerd', { cancelled: true })
    const off = await newEvent('Uit', { registrationEnabled: false })
    const draft = await createTrusted(payload, 'events', eventData('Concept'), { draft: true })
    expect(await service.register(payload, notYet, person('p'))).toEqual({ kind: 'not-open', state: 'not-open-yet' })
    expect(await service.register(payload, closed, person('p'))).toEqual({ kind: 'not-open', state: 'closed' })
    expect(await service.register(payload, cancelled, person('p'))).toEqual({ kind: 'not-open', state: 'cancelled' })
    expect(await service.register(payload, off, person('p'))).toEqual({ kind: 'not-open', state: 'disabled' })
    expect(await service.register(payload, draft, person('p'))).toEqual({ kind: 'not-found' })
    const stored = await payload.count({ collection: 'eventRegistrations', overrideAccess: true, where: { email: { equals: 'p@example.org' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('does not let anyone create a registration through the API', async () => {
    const eventId = await newEvent('API')
    await expect(
      payload.create({ collection: 'eventRegistrations', overrideAccess: false, data: { event: eventId, name: 'X', email: 'x@example.org', status: 'aangemeld' } }),
    ).rejects.toThrow()
  })

  it('answers an unknown cancel token with not-found', async () => {
    expect(await service.cancel(payload, 'a'.repeat(43))).toEqual({ kind: 'not-found' })
    expect(await service.previewCancellation(payload, 'kort')).toBeUndefined()
  })
})

describe('the reminder the day before', () => {
  it('is sent once to everyone with a place, not to the waiting list or the cancelled', async () => {
    const startsAt = new Date(Date.now() + 2 * 3_600_000)
    const eventId = await newEvent('Morgen', {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      capacity: 5,
    })
    const registeredAt = new Date(Date.now() - 3 * 86_400_000).toISOString()
    const make = (tag: string, status: string) =>
      createTrusted(payload, 'eventRegistrations', { event: eventId, name: tag, email: `${tag}@example.org`, organisation: 'MEE', status, registeredAt })
    await make('herinnering-1', 'aangemeld')
    await make('herinnering-2', 'aangemeld')
    await make('herinnering-wacht', 'wachtlijst')
    await make('herinnering-weg', 'geannuleerd')

    await payload.jobs.queue({ task: 'sendEventReminders', input: {} })
    await runJobs()
    await payload.jobs.queue({ task: 'sendEventReminders', input: {} })
    await runJobs()

    for (const tag of ['herinnering-1', 'herinnering-2']) {
      const mails = mailsTo(`${tag}@example.org`)
      expect(mails).toHaveLength(1)
      expect(mails[0].parsed.subject).toMatch(/^Herinnering: morgen/)
    }
    expect(mailsTo('herinnering-wacht@example.org')).toHaveLength(0)
    expect(mailsTo('herinnering-weg@example.org')).toHaveLength(0)
  })

  it('is scheduled by the job runner: handleSchedules queues the task for the next hour', async () => {
    await payload.jobs.handleSchedules({ queue: 'default' })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'sendEventReminders' } }, { completedAt: { exists: false } }] },
    })
    expect(docs).toHaveLength(1)
    const waitUntil = new Date(docs[0].waitUntil as string)
    expect(waitUntil.getTime()).toBeGreaterThan(Date.now())
    expect(waitUntil.getUTCMinutes()).toBe(0)
  })

  it("keeps the scheduler's bookkeeping away from API users: only admins read it, nobody changes it", async () => {
    const make = (role: 'admin' | 'coordinator') =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `stats-${role}@example.org`, password: 'lang-genoeg-wachtwoord', name: role, roles: [role] },
      })
    const editor = { ...(await make('coordinator')), collection: 'users' as const }
    const admin = { ...(await make('admin')), collection: 'users' as const }
    await expect(payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: editor })).rejects.toThrow()
    await expect(payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: admin })).resolves.toBeDefined()
    await expect(
      payload.updateGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: admin, data: { stats: {} } }),
    ).rejects.toThrow()
  })
})

/**
 * The three workflows with a status history (case questions, membership applications,
 * newsletter editions) record it by one rule and refuse a forbidden step the same way, through
 * the real collections: the first row on create, a row per step with who and when, a history
 * sent along with a save ignored (it is rebuilt from the stored rows), and a refused step
 * answered with the domain's Dutch reason at the field `status`, in the Local API and in the
 * REST answer the admin reads. For newsletters also the sender's own steps, with a real SMTP
 * server: each subscriber still gets exactly one copy.
 */
import type { Payload, Where } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseQuestionData, createTrusted, membershipApplicationData, newsletterData, professionalData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload
let coordinator: Record<string, unknown>
let coordinatorId: string
let token: string
let professionalId: string

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload({ ...smtp.env, NEWSLETTER_RATE: '1000', NEWSLETTER_BATCH_SIZE: '2' })
  payload = cms.payload
  coordinatorId = await createTrusted(payload, 'users', staffData('coordinator', ['coordinator']))
  coordinator = { ...(await payload.findByID({ collection: 'users', id: coordinatorId, overrideAccess: true, depth: 0 })), collection: 'users' }
  token = (await payload.login({ collection: 'users', data: { email: String(coordinator.email), password: testPassword } })).token!
  professionalId = await createTrusted(payload, 'professionals', professionalData('vrager'))
})

afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

type Slug = 'caseQuestions' | 'membershipApplications' | 'newsletters'
interface Row {
  status: string
  at: string
  by?: unknown
  note?: string | null
}

const asCoordinator = () => ({ user: coordinator as never, overrideAccess: false as const, depth: 0 })
const byId = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : value === null || value === undefined ? undefined : String(value))
const history = async (collection: Slug, id: string): Promise<Row[]> =>
  (((await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })) as { statusHistory?: Row[] }).statusHistory ?? []) as Row[]
const statuses = (rows: Row[]) => rows.map((row) => row.status)
const takers = (rows: Row[]) => rows.map((row) => byId(row.by))

/** A refused change: the Local API's error carries the reasons per field in `data.errors`. */
async function refusal(save: Promise<unknown>): Promise<{ status?: number; path?: string; message?: string }> {
  const error = (await save.then(
    () => {
      throw new Error('De wijziging werd niet geweigerd.')
    },
    (caught: unknown) => caught,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } }
  return { status: error.status, ...error.data?.errors?.[0] }
}

/** PATCH over REST through Payload's own handler (the one the admin's Next route calls). */
async function restPatch(collection: Slug, id: string, body: unknown) {
  const request = new Request(`http://localhost:3000/api/${collection}/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } }
}

/** Runs the job queue until nothing is due, as the server's runner would. */
async function runAllJobs() {
  for (let round = 0; round < 50; round++) {
    const due: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] }] }
    if ((await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: due })).totalDocs === 0) return
    await payload.jobs.run({ limit: 100 })
  }
  throw new Error('De takenrij raakte niet leeg')
}

const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString()

/** Each workflow: how a document starts, one step a coordinator may take, one they may not. */
const workflows: {
  collection: Slug
  create: () => Promise<string>
  first: string
  step: Record<string, unknown>
  stepNote?: string
  forbidden: string
  reason: RegExp
}[] = [
  {
    collection: 'caseQuestions',
    create: () => createTrusted(payload, 'caseQuestions', caseQuestionData(professionalId)),
    first: 'ontvangen',
    step: { status: 'in-behandeling' },
    forbidden: 'afgesloten',
    reason: /^Van "In behandeling \(triage\)" kan de status niet naar "Afgesloten"/,
  },
  {
    collection: 'membershipApplications',
    create: () => createTrusted(payload, 'membershipApplications', membershipApplicationData('geschiedenis')),
    first: 'ingediend',
    step: { status: 'aspirant', transitionNote: 'Uitgenodigd voor het platformoverleg.' },
    stepNote: 'Uitgenodigd voor het platformoverleg.',
    forbidden: 'toegelaten',
    reason: /^Van "aspirant-lid" kan de aanvraag niet naar "toegelaten"/,
  },
  {
    collection: 'newsletters',
    create: () => createTrusted(payload, 'newsletters', newsletterData('geschiedenis')),
    first: 'concept',
    // Planned for next week: nothing is sent during this test.
    step: { status: 'gepland', scheduledAt: nextWeek() },
    forbidden: 'verzonden',
    reason: /^De status "Verzonden" zet het systeem zelf/,
  },
]

describe.each(workflows)('the status history of $collection', ({ collection, create, first, step, stepNote, forbidden, reason }) => {
  let id: string

  it('starts with one row for the first status, taken by nobody on the staff', async () => {
    const started = Date.now()
    id = await create()
    const rows = await history(collection, id)
    expect(statuses(rows)).toEqual([first])
    expect(takers(rows)).toEqual([undefined])
    expect(Date.parse(rows[0].at)).toBeGreaterThanOrEqual(started - 1000)
  })

  it("adds a row per step with the coordinator and the moment, and ignores a history sent along", async () => {
    const before = await history(collection, id)
    const started = Date.now()
    // Past access control on purpose (a trusted caller with a user), so the hook alone must keep the history honest.
    const forged = [{ status: forbidden, at: '2000-01-01T00:00:00.000Z', note: 'Vervalst' }]
    await payload.update({ collection, id, data: { ...step, statusHistory: forged } as never, user: coordinator as never, overrideAccess: true, depth: 0 })
    const rows = await history(collection, id)
    expect(statuses(rows)).toEqual([first, step.status])
    expect(rows[0]).toMatchObject({ status: before[0].status, at: before[0].at })
    expect(takers(rows)).toEqual([undefined, coordinatorId])
    expect(Date.parse(rows[1].at)).toBeGreaterThanOrEqual(started - 1000)
    expect(rows[1].note ?? undefined).toBe(stepNote)
    expect(JSON.stringify(rows)).not.toContain('Vervalst')

    // A save without a step adds nothing, and a history sent with it changes nothing either.
    await payload.update({ collection, id, data: { statusHistory: forged } as never, user: coordinator as never, overrideAccess: true, depth: 0 })
    expect(await history(collection, id)).toEqual(rows)
  })

  it('refuses a forbidden step with the Dutch reason at the field status, in the Local API and over REST, and records nothing', async () => {
    const before = await history(collection, id)
    expect(await refusal(payload.update({ collection, id, data: { status: forbidden } as never, ...asCoordinator() }))).toMatchObject({
      status: 400,
      path: 'status',
      message: expect.stringMatching(reason),
    })
    const answer = await restPatch(collection, id, { status: forbidden })
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0]?.message).toMatch(reason)
    expect(answer.body.errors?.[0]?.data?.errors?.[0]).toMatchObject({ path: 'status', message: expect.stringMatching(reason) })
    expect(await history(collection, id)).toEqual(before)
  })
})

describe('the status history of a newsletter that is sent', () => {
  it("records the sender's steps and the coordinator's pause and resume, and still sends every subscriber one copy", async () => {
    const emails = ['een', 'twee', 'drie'].map((name) => `abonnee-${name}@example.org`)
    for (const email of emails) await createTrusted(payload, 'subscribers', { email, networks: ['jeugd', 'volwassenen'], status: 'actief' })
    const id = await createTrusted(payload, 'newsletters', { ...newsletterData('verzending'), title: 'Geschiedenisnummer' })

    await runAllJobs() // the mails of the tests before: the next job is this edition's start
    await payload.update({ collection: 'newsletters', id, data: { status: 'gepland' }, ...asCoordinator() })
    await payload.jobs.run({ limit: 1 }) // the start: the sender moves the edition to "Wordt verzonden"
    expect((await payload.findByID({ collection: 'newsletters', id, overrideAccess: true })).status).toBe('verzenden')
    await payload.update({ collection: 'newsletters', id, data: { status: 'gepauzeerd' }, ...asCoordinator() })
    await payload.update({ collection: 'newsletters', id, data: { status: 'verzenden' }, ...asCoordinator() })
    await runAllJobs()

    // Two batches of two (progress written after each) and no row for them: rows only for steps.
    const rows = await history('newsletters', id)
    expect(statuses(rows)).toEqual(['concept', 'gepland', 'verzenden', 'gepauzeerd', 'verzenden', 'verzonden'])
    expect(takers(rows)).toEqual([undefined, coordinatorId, undefined, coordinatorId, coordinatorId, undefined])
    expect([rows[2].note, rows[5].note]).toEqual(['Door het verzendsysteem', 'Door het verzendsysteem'])
    for (const email of emails) expect(smtp.messages.filter((m) => m.envelopeTo.includes(email) && m.parsed.subject === 'Geschiedenisnummer'), email).toHaveLength(1)
    const { totalDocs } = await payload.count({ collection: 'newsletterDeliveries', overrideAccess: true, where: { newsletter: { equals: id } } })
    expect(totalDocs).toBe(emails.length)

    // The sent edition is public; who handled it is not.
    const asVisitor = await payload.findByID({ collection: 'newsletters', id, overrideAccess: false, depth: 0 })
    expect(asVisitor.title).toBe('Geschiedenisnummer')
    // (Payload answers a hidden array as an empty one.)
    expect(asVisitor.statusHistory ?? []).toEqual([])
  })

  it('records a cancelled plan, and a copy starts its own history', async () => {
    const id = await createTrusted(payload, 'newsletters', newsletterData('geannuleerd'))
    await payload.update({ collection: 'newsletters', id, data: { status: 'gepland', scheduledAt: nextWeek() }, ...asCoordinator() })
    await payload.update({ collection: 'newsletters', id, data: { status: 'concept' }, ...asCoordinator() })
    const rows = await history('newsletters', id)
    expect(statuses(rows)).toEqual(['concept', 'gepland', 'concept'])
    expect(takers(rows)).toEqual([undefined, coordinatorId, coordinatorId])

    const copy = await payload.duplicate({ collection: 'newsletters', id, ...asCoordinator() })
    const copied = await history('newsletters', String(copy.id))
    expect(statuses(copied)).toEqual(['concept'])
    expect(takers(copied)).toEqual([coordinatorId])
  })
})

describe('the status history of an anonymised case question', () => {
  it('loses its notes and keeps its steps, moments and people', async () => {
    const id = await createTrusted(payload, 'caseQuestions', caseQuestionData(professionalId))
    await payload.update({ collection: 'caseQuestions', id, data: { status: 'beantwoord-door-coordinator', advice: { advice: 'Bel het buurtteam.' } } as never, user: coordinator as never, overrideAccess: true })
    await payload.update({ collection: 'caseQuestions', id, data: { status: 'afgesloten', closing: { closedAt: '2020-01-01T00:00:00.000Z' } } as never, overrideAccess: true })
    // A note with a name in it, written past the hooks (as data from before this rule could hold one).
    const stored = await history('caseQuestions', id)
    const withNote = stored.map((row, index) => (index === 1 ? { ...row, note: 'Overlegd met Kevin' } : row))
    await payload.db.updateOne({ collection: 'caseQuestions', where: { id: { equals: id } }, data: { statusHistory: withNote } })
    expect((await history('caseQuestions', id))[1].note).toBe('Overlegd met Kevin')

    await runAllJobs()
    await payload.jobs.queue({ task: 'anonymiseClosedCaseQuestions', input: {} })
    await runAllJobs()
    const rows = await history('caseQuestions', id)
    expect(rows.map((row) => row.note ?? null)).toEqual([null, null, null])
    expect(rows.map(({ status, at, by }) => ({ status, at, by: byId(by) }))).toEqual(stored.map(({ status, at, by }) => ({ status, at, by: byId(by) })))
  })
})

import { parse } from 'qs-esm'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonths } from '../../src/domain/freshness/freshness'
import { coordinatorCaseQueues, dueSoonUntil, expertQueue, needsExpertQueue } from '../../src/domain/workQueues/caseQueues'
import { toDiscussQueue } from '../../src/domain/workQueues/membershipQueues'
import { loadApplicationsToDiscuss } from '../../src/cms/dashboard/applicationsToDiscuss'
import { loadAssignedQuestions } from '../../src/cms/dashboard/assignedQuestions'
import { loadNetworkQueues, type NetworkQueues } from '../../src/cms/dashboard/coordinatorQueues'
import { countQueue, countQueues, type QueueLine } from '../../src/cms/dashboard/countQueue'
import { partnerFreshnessCounts } from '../../src/cms/dashboard/partnerFreshness'
import { loadSystemHealth } from '../../src/cms/dashboard/systemHealth'
import { freshnessOverview } from '../../src/cms/freshness/freshnessOverview'
import { apiTabForAdmins } from '../../src/cms/shared/navigation/roleNavigation'
import {
  caseQuestionData,
  createTrusted,
  emailLogData,
  eventData,
  eventRegistrationData,
  membershipApplicationData,
  newsletterData,
  offeringData,
  organisationData,
  professionalData,
  staffData,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The dashboard's work queues on the real Local API: true counts per network, read as the user
 * (a platform member counts only their own questions), links whose filter finds exactly the
 * counted documents, partner freshness equal to the overview's totals, and each role's menu.
 */
let cms: TestPayload
let payload: Payload
type User = Record<string, unknown>
const users: Record<'coordinator' | 'admin' | 'platformA' | 'platformB' | 'expertA' | 'expertB' | 'editor', User> = {} as never
let professionalId: string
const now = new Date()
const DAY = 24 * 60 * 60 * 1000
const iso = (ms: number) => new Date(ms).toISOString()

async function asUser(id: string): Promise<User> {
  return { ...(await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })), collection: 'users' }
}

/** A question created as the site does, then moved on as trusted code (hooks and transitions run). */
async function question(network: 'jeugd' | 'volwassenen', dates: { triageDueAt?: string; adviceDueAt?: string }, steps: Record<string, unknown>[] = []) {
  const created = await payload.create({
    collection: 'caseQuestions',
    data: { ...caseQuestionData(professionalId), network, ...dates } as never,
    overrideAccess: true,
  })
  for (const data of steps) await payload.update({ collection: 'caseQuestions', id: created.id, data: data as never, overrideAccess: true })
  return String(created.id)
}

/** What the admin's list shows for a dashboard link: the URL's `where`, parsed as the admin parses it. */
async function listTotal(line: QueueLine, user: User): Promise<number> {
  const [path, query] = line.href.split('?')
  const collection = path.split('/').pop() as never
  const { where } = parse(query, { depth: 10 }) as { where: Where }
  return (await payload.find({ collection, where, overrideAccess: false, user, limit: 1, depth: 0 })).totalDocs
}

const counts = (lines: QueueLine[]) => Object.fromEntries(lines.map((line) => [line.key, line.count]))

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  const organisation = await createTrusted(payload, 'organisations', organisationData('Cordaan'), { draft: false })
  users.coordinator = await asUser(await createTrusted(payload, 'users', staffData('coordinator', ['coordinator'])))
  users.admin = await asUser(await createTrusted(payload, 'users', staffData('admin', ['admin'])))
  users.platformA = await asUser(await createTrusted(payload, 'users', staffData('platform a', ['platformMember'], organisation)))
  users.platformB = await asUser(await createTrusted(payload, 'users', staffData('platform b', ['platformMember'], organisation)))
  users.expertA = await asUser(await createTrusted(payload, 'users', staffData('expert a', ['expert'], organisation)))
  users.expertB = await asUser(await createTrusted(payload, 'users', staffData('expert b', ['expert'], organisation)))
  users.editor = await asUser(await createTrusted(payload, 'users', staffData('editor', ['partnerEditor'], organisation)))
  professionalId = await createTrusted(payload, 'professionals', professionalData('vrager'))
}, 180_000)

afterAll(async () => {
  await cms?.close()
})

describe('case queues', () => {
  const ids: Record<string, string> = {}
  const assignA = { assignedPlatformMember: () => String(users.platformA.id) }

  beforeAll(async () => {
    const soon = dueSoonUntil(now).toISOString()
    const later = iso(dueSoonUntil(now).getTime() + 3 * DAY)
    const past = iso(now.getTime() - 3 * DAY)
    ids.newOnTime = await question('jeugd', { triageDueAt: later, adviceDueAt: later })
    ids.newDueSoon = await question('jeugd', { triageDueAt: soon, adviceDueAt: later })
    ids.triageLate = await question('jeugd', { triageDueAt: past, adviceDueAt: later }, [{ status: 'in-behandeling' }])
    ids.withA = await question('jeugd', { triageDueAt: past, adviceDueAt: past }, [{ assignedPlatformMember: assignA.assignedPlatformMember() }])
    ids.withB = await question('jeugd', { triageDueAt: past, adviceDueAt: soon }, [{ assignedPlatformMember: String(users.platformB.id) }])
    ids.withExpertA = await question('jeugd', { triageDueAt: past, adviceDueAt: later }, [
      { assignedPlatformMember: assignA.assignedPlatformMember() },
      { assignedExperts: [String(users.expertA.id)] },
    ])
    ids.advised = await question('jeugd', { triageDueAt: past, adviceDueAt: past }, [
      { assignedExperts: [String(users.expertB.id)] },
      // Advice given: saved advice alone is a draft; the answer status releases it.
      { status: 'advies-gegeven', advice: { advice: 'Start traumabehandeling aangepast aan LVB.' } },
    ])
    ids.followedUp = await question('jeugd', { triageDueAt: past, adviceDueAt: past }, [
      { assignedExperts: [String(users.expertB.id)] },
      // Advice given: saved advice alone is a draft; the answer status releases it.
      { status: 'advies-gegeven', advice: { advice: 'Start traumabehandeling aangepast aan LVB.' } },
      { followUp: { pickedUp: true, howPickedUp: 'Behandeling gestart.' } },
    ])
    ids.adult = await question('volwassenen', { triageDueAt: past, adviceDueAt: later })
  }, 120_000)

  it('counts each queue per network, with deadlines as stored and "binnenkort" up to its last moment', async () => {
    const jeugd = await loadNetworkQueues(payload, users.coordinator, 'jeugd', now)
    expect(counts(jeugd.caseQuestions)).toEqual({
      new: 2,
      triageOverdue: 1,
      triageDueSoon: 1,
      adviceOverdue: 1,
      adviceDueSoon: 1,
      followUpMissing: 1,
    })
    const adults = await loadNetworkQueues(payload, users.coordinator, 'volwassenen', now)
    expect(counts(adults.caseQuestions)).toEqual({ new: 1, triageOverdue: 1, triageDueSoon: 0, adviceOverdue: 0, adviceDueSoon: 0, followUpMissing: 0 })
  })

  it('links every line to an admin list that finds exactly the counted questions', async () => {
    for (const network of ['jeugd', 'volwassenen'] as const) {
      const { caseQuestions } = await loadNetworkQueues(payload, users.coordinator, network, now)
      for (const line of caseQuestions) expect(await listTotal(line, users.coordinator), `${network} ${line.key}`).toBe(line.count)
    }
  })

  it('gives a platform member and an expert only their own questions, with the deadline in working days', async () => {
    const platformA = await loadAssignedQuestions(payload, users.platformA, needsExpertQueue(String(users.platformA.id)), now)
    expect(platformA.questions.map((q) => q.id)).toEqual([ids.withA])
    expect(platformA.questions[0].deadline).toMatchObject({ kind: 'Advies', status: 'te-laat' })
    expect(platformA.questions[0].deadline?.text).toMatch(/^(\d+ werkdag(en)? te laat|verlopen)$/)
    expect(await listTotal(platformA.line, users.platformA)).toBe(1)

    const expertA = await loadAssignedQuestions(payload, users.expertA, expertQueue(String(users.expertA.id)), now)
    expect(expertA.line.count).toBe(1)
    expect(expertA.questions[0]).toMatchObject({ id: ids.withExpertA, status: 'Expert gekoppeld', network: 'Jeugd (L)VB Amsterdam' })
    expect(expertA.questions[0].deadline?.text).toMatch(/^nog \d+ werkdag(en)?$/)

    // Someone else's queue read as this user: access leaves nothing to count.
    expect((await loadAssignedQuestions(payload, users.expertA, expertQueue(String(users.expertB.id)), now)).line.count).toBe(0)
  })

  it('never counts what the user cannot open', async () => {
    // The coordinator's queues read as platform member A hold only A's questions.
    const asPlatformA = counts(await countQueues(payload, users.platformA, 'caseQuestions', coordinatorCaseQueues('jeugd', now)))
    expect(asPlatformA).toEqual({ new: 0, triageOverdue: 0, triageDueSoon: 0, adviceOverdue: 1, adviceDueSoon: 0, followUpMissing: 0 })
    // A partner editor may not read case questions at all: the line is left out, not zero.
    expect(await countQueue(payload, users.editor, 'caseQuestions', needsExpertQueue(String(users.platformA.id)))).toBeUndefined()
    expect(await countQueue(payload, users.editor, 'membershipApplications', toDiscussQueue())).toBeUndefined()
  })
})

describe('membership, professionals, newsletters, events', () => {
  let eventId: string

  beforeAll(async () => {
    await createTrusted(payload, 'membershipApplications', membershipApplicationData('nieuw'))
    const aspirant = await createTrusted(payload, 'membershipApplications', { ...membershipApplicationData('aspirant'), networks: ['jeugd', 'volwassenen'] })
    await payload.update({ collection: 'membershipApplications', id: aspirant, data: { status: 'aspirant' }, overrideAccess: true })
    await createTrusted(payload, 'professionals', professionalData('wacht', 'wacht-op-goedkeuring'))
    await createTrusted(payload, 'newsletters', newsletterData('concept'))
    eventId = await createTrusted(
      payload,
      'events',
      { ...eventData('binnenkort'), capacity: 2, startsAt: iso(now.getTime() + 5 * DAY), endsAt: iso(now.getTime() + 5 * DAY + 2 * 3600_000) },
      { draft: false },
    )
    await createTrusted(payload, 'events', { ...eventData('later'), startsAt: iso(now.getTime() + 20 * DAY), endsAt: iso(now.getTime() + 20 * DAY + 3600_000) }, { draft: false })
    for (const [tag, status] of [['a', 'aangemeld'], ['b', 'aangemeld'], ['c', 'wachtlijst']] as const) {
      await createTrusted(payload, 'eventRegistrations', { ...eventRegistrationData(tag, eventId), status })
    }
  }, 60_000)

  it('counts applications per open step, professionals to approve, newsletters and the coming events', async () => {
    const jeugd: NetworkQueues = await loadNetworkQueues(payload, users.coordinator, 'jeugd', now)
    expect(counts(jeugd.membership)).toEqual({ ingediend: 1, aspirant: 1, 'besproken-in-platform': 0, 'kennismakingsgesprek-gepland': 0, advies: 0 })
    expect(counts(jeugd.professionals)).toEqual({ toApprove: 1 })
    expect(counts(jeugd.newsletters)).toEqual({ concept: 1, gepland: 0 })
    expect(jeugd.events?.line.count).toBe(1)
    expect(jeugd.events?.listed).toMatchObject([{ id: eventId, placesLeft: 0, registered: { count: 2 }, waitingList: { count: 1 } }])

    const adults = await loadNetworkQueues(payload, users.coordinator, 'volwassenen', now)
    expect(counts(adults.membership)).toMatchObject({ ingediend: 0, aspirant: 1 })
    expect(adults.events?.line.count).toBe(0)

    for (const line of [...jeugd.membership, ...jeugd.professionals, ...jeugd.newsletters, jeugd.events!.line, ...adults.membership]) {
      expect(await listTotal(line, users.coordinator), line.key).toBe(line.count)
    }
    for (const link of [jeugd.events!.listed[0].registered, jeugd.events!.listed[0].waitingList]) {
      expect(await listTotal({ key: 'r', count: link.count, noun: { singular: '', plural: '' }, href: link.href }, users.coordinator)).toBe(link.count)
    }
  })

  it('shows the platform the applications to discuss', async () => {
    const { line, applications } = await loadApplicationsToDiscuss(payload, users.platformA)
    expect(line.count).toBe(2)
    expect(applications.map((application) => application.status).sort()).toEqual(['Aspirant-lid', 'Ingediend'])
  })

  it('shows admins failed sends of the last week', async () => {
    await createTrusted(payload, 'emailLog', { ...emailLogData('mislukt'), status: 'mislukt' })
    const health = await loadSystemHealth(payload, users.admin, new Date())
    expect(health.failedJobs).toBe(0)
    expect(counts(health.lines)).toEqual({ failedEmails: 1, failedDeliveries: 0 })
    expect(await listTotal(health.lines[0], users.admin)).toBe(1)
  })
})

describe('partner freshness', () => {
  it('counts overdue and due content exactly as the freshness overview totals it', async () => {
    const settings = (await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true })) as { reviewPeriodMonths?: number }
    const period = settings.reviewPeriodMonths ?? 6
    const published = await createTrusted(payload, 'organisations', organisationData('Gepubliceerd'), { draft: false })
    const unpublished = await createTrusted(payload, 'organisations', organisationData('Concept'), { draft: true })
    const reviewed = (date: Date) => ({ lastReviewedAt: date.toISOString() })
    const dueDate = new Date(addMonths(now, -(period - 1)).getTime() - 2 * DAY)
    for (const [tag, organisation, extra, draft] of [
      ['oud', published, reviewed(new Date('2020-01-01T00:00:00Z')), false],
      ['rand', published, reviewed(new Date(addMonths(now, -period).getTime() - 60_000)), false],
      ['bijna', published, reviewed(new Date(addMonths(now, -period).getTime() + 2 * DAY)), false],
      ['binnenkort', published, reviewed(dueDate), false],
      ['vers', published, reviewed(now), false],
      ['nooit', published, {}, false],
      ['concept', published, reviewed(new Date('2020-01-01T00:00:00Z')), true],
      ['van-concept-organisatie', unpublished, reviewed(new Date('2020-01-01T00:00:00Z')), false],
    ] as const) {
      await createTrusted(payload, 'offerings', { ...offeringData(tag, organisation), ...extra }, { draft })
    }
    const overview = await freshnessOverview(payload, { key: 'name', direction: 'asc' })
    const totals = overview.reduce((sum, row) => ({ overdue: sum.overdue + row.overdue, due: sum.due + row.due }), { overdue: 0, due: 0 })
    const dashboard = await partnerFreshnessCounts(payload, users.coordinator, now)
    expect({ overdue: dashboard.overdue, due: dashboard.due }).toEqual(totals)
    expect(dashboard.overdue).toBeGreaterThanOrEqual(2)
    expect(dashboard.due).toBeGreaterThanOrEqual(2)
  })
})

describe('menus per role', () => {
  const visible = (user: User) => ({
    collections: payload.config.collections
      .filter((collection) => {
        const hidden = collection.admin.hidden
        return !(typeof hidden === 'function' ? hidden({ user: user as never }) : hidden)
      })
      .map((collection) => collection.slug),
    globals: payload.config.globals
      .filter((global) => {
        const hidden = global.admin.hidden
        return !(typeof hidden === 'function' ? hidden({ user: user as never }) : hidden)
      })
      .map((global) => global.slug),
  })

  it('shows each role the collections it works in', () => {
    expect(visible(users.expertA)).toEqual({ collections: ['caseQuestions'], globals: [] })
    expect(visible(users.platformA)).toEqual({ collections: ['caseQuestions', 'signals', 'membershipApplications'], globals: [] })
    expect(visible(users.editor)).toEqual({ collections: ['organisations', 'offerings', 'experts'], globals: [] })
    const coordinator = visible(users.coordinator)
    expect(coordinator.collections).toContain('eventRegistrations')
    expect(coordinator.collections).toContain('caseQuestions')
    expect(coordinator.globals).toEqual(['siteSettings', 'caseHandling'])
    expect(visible(users.admin)).toEqual(coordinator)
  })

  it('shows the API tab to admins only', () => {
    const condition = payload.config.collections.find((collection) => collection.slug === 'caseQuestions')?.admin.components?.views?.edit?.api?.tab?.condition
    expect(condition).toBe(apiTabForAdmins)
    const tab = (user: User) => apiTabForAdmins({ req: { user } } as never)
    expect(tab(users.admin)).toBe(true)
    for (const role of ['coordinator', 'platformA', 'expertA', 'editor'] as const) expect(tab(users[role]), role).toBe(false)
    for (const slug of ['siteSettings', 'caseHandling']) {
      const global = payload.config.globals.find((candidate) => candidate.slug === slug)
      expect(global?.admin.components?.views?.edit?.api?.tab?.condition, slug).toBe(apiTabForAdmins)
    }
  })
})

/**
 * Partner self-service and freshness through the real config: the "nog actueel" endpoint, the
 * invitation endpoint (with a real SMTP server and Payload's reset-password token), retiring
 * instead of deleting, restoring a version, the reminder run and the weekly digest.
 * Endpoints are called with a request made by Payload itself (createLocalReq) for the acting
 * user, exactly as the REST route hands it to them.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldErrorsOf } from '../../src/cms/shared/endpoints'
import { INVITATION_VALID_MS } from '../../src/domain/auth/tokenLifetimes'
import { answerOf, type ApiAnswer } from '../helpers/apiAnswer'
import { createTrusted, expertData, offeringData, organisationData, siteSettingsData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload
const ids: Record<string, string> = {}
const users: Record<string, Record<string, unknown>> = {}

async function callEndpoint(
  collection: string,
  method: 'get' | 'post',
  path: string,
  options: { user?: string; data?: Record<string, unknown>; params?: Record<string, string>; query?: string } = {},
): Promise<ApiAnswer> {
  const config = payload.config.collections.find((c) => c.slug === collection)!
  const pattern = path.replace(/^\/[^/]+(?=\/)/, (segment) => (options.params?.id ? '/:id' : segment))
  const endpoint = (config.endpoints || []).find((e) => e.method === method && e.path === pattern)
  if (!endpoint) throw new Error(`No endpoint ${method} ${pattern} on ${collection}`)
  const user = options.user ? { ...users[options.user], collection: 'users' } : undefined
  const req = await createLocalReq({ user: user as never }, payload)
  Object.assign(req, {
    method: method.toUpperCase(),
    url: `http://localhost/api/${collection}${path}${options.query ?? ''}`,
    routeParams: options.params ?? {},
    data: options.data,
  })
  return answerOf((await endpoint.handler(req as never)) as Response)
}

async function runJobs() {
  await payload.jobs.run({ limit: 100 })
}

const trusted = { overrideAccess: true as const, depth: 0 }

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload(smtp.env)
  payload = cms.payload
  await payload.updateGlobal({ slug: 'siteSettings', data: { ...siteSettingsData, reviewPeriodMonths: 6 } as never, ...trusted })
  ids.orgA = await createTrusted(payload, 'organisations', organisationData('A'), { draft: false })
  ids.orgB = await createTrusted(payload, 'organisations', organisationData('B'), { draft: false })
  ids.offerA = await createTrusted(payload, 'offerings', offeringData('A1', ids.orgA), { draft: false })
  ids.offerB = await createTrusted(payload, 'offerings', offeringData('B1', ids.orgB), { draft: false })
  ids.expertA = await createTrusted(payload, 'experts', expertData('A1', ids.orgA), { draft: false })
  for (const [key, roles, organisation] of [
    ['coordinator', ['coordinator'], undefined],
    ['editorA', ['partnerEditor'], ids.orgA],
    ['editorB', ['partnerEditor'], ids.orgB],
    ['expert', ['expert'], undefined],
  ] as const) {
    const id = await createTrusted(payload, 'users', staffData(key, [...roles], organisation))
    ids[key] = id
    users[key] = (await payload.findByID({ collection: 'users', id, ...trusted })) as unknown as Record<string, unknown>
  }
})

afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

describe('"nog actueel": confirming an item without changing it', () => {
  it('sets lastReviewedAt and keeps a pending draft and its content intact', async () => {
    await payload.update({ collection: 'offerings', id: ids.offerA, data: { lastReviewedAt: '2020-01-01T00:00:00.000Z' } as never, ...trusted })
    await payload.update({ collection: 'offerings', id: ids.offerA, data: { title: 'Concepttitel' } as never, draft: true, ...trusted })
    const versionsBefore = (await payload.findVersions({ collection: 'offerings', where: { parent: { equals: ids.offerA } }, ...trusted })).totalDocs

    const result = await callEndpoint('offerings', 'post', `/${ids.offerA}/confirm-current`, { user: 'editorA', params: { id: ids.offerA } })
    expect(result.status).toBe(200)

    const published = await payload.findByID({ collection: 'offerings', id: ids.offerA, ...trusted })
    const latest = await payload.findByID({ collection: 'offerings', id: ids.offerA, draft: true, ...trusted })
    expect(published.title).toBe('Aanbod A1')
    expect(published._status).toBe('published')
    expect(latest.title).toBe('Concepttitel')
    expect(latest._status).toBe('draft')
    expect(latest.kindsOfHelp).toEqual(['behandeling'])
    for (const doc of [published, latest]) expect(Date.now() - new Date(doc.lastReviewedAt!).getTime()).toBeLessThan(60_000)
    const versionsAfter = (await payload.findVersions({ collection: 'offerings', where: { parent: { equals: ids.offerA } }, ...trusted })).totalDocs
    expect(versionsAfter).toBe(versionsBefore)
  })

  it('is refused for another organisation’s item, other roles and anonymous visitors', async () => {
    await payload.update({ collection: 'offerings', id: ids.offerB, data: { lastReviewedAt: '2020-01-01T00:00:00.000Z' } as never, ...trusted })
    for (const user of ['editorA', 'expert']) {
      expect((await callEndpoint('offerings', 'post', `/${ids.offerB}/confirm-current`, { user, params: { id: ids.offerB } })).status).toBe(403)
    }
    expect((await callEndpoint('offerings', 'post', `/${ids.offerB}/confirm-current`, { params: { id: ids.offerB } })).status).toBe(401)
    expect((await callEndpoint('organisations', 'post', `/${ids.orgB}/confirm-current`, { user: 'editorA', params: { id: ids.orgB } })).status).toBe(403)
    const offerB = await payload.findByID({ collection: 'offerings', id: ids.offerB, ...trusted })
    expect(offerB.lastReviewedAt).toBe('2020-01-01T00:00:00.000Z')
  })

  it('lets an editor confirm their own organisation page and experts, and the coordinator anything', async () => {
    expect((await callEndpoint('organisations', 'post', `/${ids.orgA}/confirm-current`, { user: 'editorA', params: { id: ids.orgA } })).status).toBe(200)
    expect((await callEndpoint('experts', 'post', `/${ids.expertA}/confirm-current`, { user: 'editorA', params: { id: ids.expertA } })).status).toBe(200)
    expect((await callEndpoint('offerings', 'post', `/${ids.offerB}/confirm-current`, { user: 'coordinator', params: { id: ids.offerB } })).status).toBe(200)
  })
})

describe('retiring and restoring', () => {
  it('refuses deletion by a partner editor, who unpublishes instead', async () => {
    const id = await createTrusted(payload, 'offerings', offeringData('Te stoppen', ids.orgA), { draft: false })
    const as = { overrideAccess: false as const, user: { ...users.editorA, collection: 'users' } as never }
    await expect(payload.delete({ collection: 'offerings', id, ...as })).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'offerings', id, data: { _status: 'draft' } as never, ...as })
    const visible = await payload.find({ collection: 'offerings', where: { id: { equals: id } }, overrideAccess: false })
    expect(visible.docs).toHaveLength(0)
    expect((await payload.findByID({ collection: 'offerings', id, draft: true, ...trusted })).title).toBe('Aanbod Te stoppen')
  })

  it('lets a partner editor restore an earlier version of their own offering', async () => {
    const id = await createTrusted(payload, 'offerings', offeringData('Versie 1', ids.orgA), { draft: false })
    const as = { overrideAccess: false as const, user: { ...users.editorA, collection: 'users' } as never }
    await payload.update({ collection: 'offerings', id, data: { title: 'Versie 2', _status: 'published' } as never, ...as })
    const versions = await payload.findVersions({ collection: 'offerings', where: { parent: { equals: id } }, sort: 'createdAt', ...as })
    const first = versions.docs.find((v) => v.version.title === 'Aanbod Versie 1')!
    expect(first).toBeTruthy()
    const lastEditedBy = versions.docs.find((v) => v.version.title === 'Versie 2')!.version.lastEditedBy as { id: string } | string
    expect(typeof lastEditedBy === 'object' ? lastEditedBy.id : lastEditedBy).toBe(ids.editorA)
    await payload.restoreVersion({ collection: 'offerings', id: String(first.id), ...as })
    expect((await payload.findByID({ collection: 'offerings', id, ...trusted })).title).toBe('Aanbod Versie 1')
  })
})

describe('inviting colleagues', () => {
  it('creates a partner editor for the inviter’s own organisation and emails a working set-password link', async () => {
    // An address in the organisation's own domain (others wait for the coordinator: admin-traps.test.ts).
    await payload.update({ collection: 'organisations', id: ids.orgA, data: { emailDomains: ['example.org'] } as never, ...trusted })
    const result = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: 'Collega Een', email: 'Collega.Een@example.org' } })
    expect(result.status).toBe(201)
    const invited = await payload.findByID({ collection: 'users', id: result.body.id, ...trusted })
    expect(invited.roles).toEqual(['partnerEditor'])
    expect(String(invited.organisation)).toBe(ids.orgA)
    expect(invited.email).toBe('collega.een@example.org')

    await runJobs()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('collega.een@example.org'))
    expect(mail.parsed.subject).toContain('Organisatie A')
    const link = /http:\/\/[^\s"]+\/admin\/reset\/([a-f0-9]+)/.exec(String(mail.parsed.text))
    expect(link).toBeTruthy()
    expect(mail.parsed.html).toContain(link![0])
    // The link works for the invitation's days (tokenLifetimes), not the hour of a password reset.
    const expires = new Date(String((await payload.findByID({ collection: 'users', id: result.body.id, showHiddenFields: true, ...trusted })).resetPasswordExpiration))
    expect(expires.getTime() - Date.now()).toBeGreaterThan(INVITATION_VALID_MS - 60_000)
    expect(expires.getTime() - Date.now()).toBeLessThanOrEqual(INVITATION_VALID_MS)

    await payload.resetPassword({ collection: 'users', data: { token: link![1], password: 'nieuw-wachtwoord-123' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email: 'collega.een@example.org', password: 'nieuw-wachtwoord-123' } })
    expect(login.token).toBeTruthy()
  })

  it('refuses inviting into another organisation or with another role, and creates nothing', async () => {
    const other = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: 'Indringer', email: 'indringer@example.org', organisation: ids.orgB } })
    expect(other.status).toBe(403)
    const role = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: 'Baas', email: 'baas@example.org', roles: ['coordinator'] } })
    expect(role.status).toBe(403)
    const admin = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: 'Baas', email: 'baas@example.org', roles: ['partnerEditor', 'admin'] } })
    expect(admin.status).toBe(403)
    const found = await payload.find({ collection: 'users', where: { email: { in: ['indringer@example.org', 'baas@example.org'] } }, ...trusted })
    expect(found.docs).toHaveLength(0)
  })

  it('refuses other roles, anonymous callers, invalid input and existing addresses', async () => {
    expect((await callEndpoint('users', 'post', '/invite', { user: 'expert', data: { name: 'X Y', email: 'xy@example.org' } })).status).toBe(403)
    expect((await callEndpoint('users', 'post', '/invite', { data: { name: 'X Y', email: 'xy@example.org' } })).status).toBe(401)
    const invalid = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: '', email: 'geen-adres' } })
    expect(invalid.status).toBe(400)
    expect(fieldErrorsOf(invalid.body)).toMatchObject({ name: expect.any(String), email: 'Vul een geldig e-mailadres in.' })
    const taken = await callEndpoint('users', 'post', '/invite', { user: 'editorA', data: { name: 'Dubbel', email: String(users.editorB.email) } })
    expect(taken.status).toBe(409)
  })

  it('lets a coordinator invite for any organisation and remove the account; an editor cannot remove it', async () => {
    const result = await callEndpoint('users', 'post', '/invite', { user: 'coordinator', data: { name: 'Collega B', email: 'collega.b@example.org', organisation: ids.orgB } })
    expect(result.status).toBe(201)
    expect(String((await payload.findByID({ collection: 'users', id: result.body.id, ...trusted })).organisation)).toBe(ids.orgB)
    const missing = await callEndpoint('users', 'post', '/invite', { user: 'coordinator', data: { name: 'Zonder Org', email: 'zonder@example.org' } })
    expect(missing.status).toBe(400)

    await expect(
      payload.delete({ collection: 'users', id: result.body.id, overrideAccess: false, user: { ...users.editorB, collection: 'users' } as never }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    await payload.delete({ collection: 'users', id: result.body.id, overrideAccess: false, user: { ...users.coordinator, collection: 'users' } as never })
    expect(await payload.findByID({ collection: 'users', id: result.body.id, ...trusted, disableErrors: true })).toBeNull()
  })
})

describe('reminders, overview and digest', () => {
  it('emails the organisation’s editors once an item is due, with admin links, and not twice', async () => {
    const id = await createTrusted(payload, 'offerings', { ...offeringData('Verouderd', ids.orgB), lastReviewedAt: '2025-01-01T00:00:00.000Z' }, { draft: false })
    expect((await callEndpoint('organisations', 'post', '/freshness-reminders', { user: 'editorB' })).status).toBe(403)

    const run = await callEndpoint('organisations', 'post', '/freshness-reminders', { user: 'coordinator' })
    expect(run.status).toBe(200)
    expect(run.body.emails).toBeGreaterThanOrEqual(1)
    await runJobs()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(String(users.editorB.email)) && /Herinnering/.test(String(m.parsed.subject)))
    expect(mail.parsed.subject).toBe('Herinnering: controleer de informatie van Organisatie B')
    expect(mail.parsed.text).toContain('Aanbod Verouderd')
    expect(mail.parsed.text).toContain(`/admin/collections/offerings/${id}`)
    // Organisation A's editor hears nothing about B.
    expect(smtp.messages.some((m) => m.envelopeTo.includes(String(users.editorA.email)) && /Organisatie B/.test(String(m.parsed.subject)))).toBe(false)

    const again = await callEndpoint('organisations', 'post', '/freshness-reminders', { user: 'coordinator' })
    expect(again.body).toEqual({ emails: 0, items: 0 })

    // Two weeks later the overdue item gets its second reminder, once.
    const { sendFreshnessReminders } = await import('../../src/cms/freshness/sendFreshnessReminders')
    const later = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000)
    expect((await sendFreshnessReminders(payload, later)).items).toBeGreaterThanOrEqual(1)
    expect((await sendFreshnessReminders(payload, later)).items).toBe(0)
    await runJobs()
    await smtp.waitFor((m) => m.envelopeTo.includes(String(users.editorB.email)) && /^Tweede herinnering/.test(String(m.parsed.subject)))
  })

  it('gives coordinators a sortable overview with CSV export, and nobody else', async () => {
    expect((await callEndpoint('organisations', 'get', '/freshness-overview', { user: 'editorA' })).status).toBe(403)
    const json = await callEndpoint('organisations', 'get', '/freshness-overview', { user: 'coordinator', query: '?sort=name&dir=asc' })
    expect(json.status).toBe(200)
    expect(json.body.rows.map((row: { name: string }) => row.name)).toEqual(['Organisatie A', 'Organisatie B'])
    const rowB = json.body.rows.find((row: { name: string }) => row.name === 'Organisatie B')
    expect(rowB.overdue).toBeGreaterThanOrEqual(1)
    const csv = await callEndpoint('organisations', 'get', '/freshness-overview', { user: 'coordinator', query: '?format=csv' })
    expect(csv.text).toContain('Organisatie;Actueel;Binnenkort controleren;Verouderd;Totaal')
    expect(csv.text).toMatch(/Organisatie B;\d+;\d+;[1-9]\d*;\d+/)
  })

  it('sends the coordinator a weekly digest of what partner editors changed, with version links', async () => {
    const as = { overrideAccess: false as const, user: { ...users.editorB, collection: 'users' } as never }
    await payload.update({ collection: 'offerings', id: ids.offerB, data: { summary: 'Nieuwe samenvatting door B.' } as never, ...as })
    expect((await callEndpoint('organisations', 'post', '/partner-digest', { user: 'editorB' })).status).toBe(403)
    const run = await callEndpoint('organisations', 'post', '/partner-digest', { user: 'coordinator' })
    expect(run.status).toBe(200)
    await runJobs()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(String(users.coordinator.email)) && /Wijzigingen door partners/.test(String(m.parsed.subject)))
    expect(mail.parsed.text).toContain('Organisatie B – Aanbod: Aanbod B1, door Medewerker editorB')
    expect(mail.parsed.text).toMatch(new RegExp(`/admin/collections/offerings/${ids.offerB}/versions/[\\w-]+`))
  })
})

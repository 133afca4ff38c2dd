/**
 * No secret link can be read back from what the portal stores about its emails. Every kind of
 * email the product sends is sent here for real (through the job queue to a real SMTP server);
 * the secrets are taken from what the recipients received and from the accounts and
 * registrations themselves, and none of them may appear in the email log (as a coordinator
 * reads it over REST), in the job queue (as an admin reads it) or anywhere in the stored log,
 * jobs and newsletter records. The mails themselves must still carry working links.
 *
 * A new module that sends email fails the first test until it is added to SENDERS, and with
 * it to the mails this file sends.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REDACTED } from '../../src/domain/email/redactSecrets'
import { apiFor, type Api } from '../helpers/api'
import {
  caseQuestionData,
  createTrusted,
  eventData,
  membershipApplicationData,
  newsletterData,
  organisationData,
  professionalData,
  siteSettingsData,
  staffData,
  testPassword,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'

/** Every module that sends email, and how this file makes it send. */
const SENDERS: Record<string, string> = {
  'src/cms/shared/email/queueingEmailAdapter.ts': 'Payload’s own: forgot password (staff and site), confirm a new site account',
  'src/cms/shared/auth/verification.ts': 'a new confirmation link after an expired one',
  'src/cms/partners/endpoints/inviteEditor.ts': 'a partner editor invites an address outside the organisation’s domains: the coordinator is asked',
  'src/cms/partners/editorInvitation.ts': 'a coordinator invites a partner editor',
  'src/cms/partners/hooks/decideEditorInvitation.ts': 'the coordinator approves an invitation: the inviter is told',
  'src/cms/membership/admitMember.ts': 'an admitted member’s contact person gets an editor account',
  'src/cms/events/registrationService.ts': 'registration, waiting list, cancellation, a place comes free',
  'src/cms/events/jobs/sendEventReminders.ts': 'the reminder the day before',
  'src/cms/events/hooks/notifyRegistrantsOfChange.ts': 'an event moves',
  'src/cms/newsletter/subscriptions.ts': 'confirm a sign-up; a repeated sign-up gets the preferences link',
  'src/cms/newsletter/hooks/runNewsletterActions.ts': 'a coordinator’s test mail of an edition',
  'src/cms/newsletter/campaign.ts': 'an edition sent to the subscribers',
  'src/cms/professionals/hooks/settleProfessionalApproval.ts': 'a coordinator approves a site account',
  'src/cms/caseQuestions/hooks/notifyCaseQuestionParticipants.ts': 'a professional sends a case question',
  'src/cms/caseQuestions/jobs/caseQuestionReminders.ts': 'the daily reminder about case questions',
  'src/cms/membership/hooks/notifyMembershipApplicant.ts': 'a membership application arrives',
  'src/cms/freshness/sendFreshnessReminders.ts': 'freshness reminders to partner editors',
  'src/cms/freshness/sendChangesDigest.ts': 'the weekly digest of partner changes',
}

/** The mail machinery itself, not a kind of email. */
const MACHINERY = ['src/cms/shared/email/queueEmail.ts', 'src/cms/shared/email/transport.ts', 'src/cms/shared/email/sendEmail.ts']

let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload
let api: Api
const trusted = { overrideAccess: true as const, depth: 0 }
const ids: Record<string, string> = {}
const tokens: Record<string, string> = {}

async function runAllJobs() {
  for (let round = 0; round < 200; round++) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      ...trusted,
      pagination: false,
    })
    if (docs.length === 0) return
    // The queue's own runner (every few seconds) may be busy with some: let it finish them.
    if (docs.some((job) => job.processing)) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      continue
    }
    // Jobs waiting for a retry or a later start are due now: this test does not wait.
    await payload.update({ collection: 'payload-jobs', where: { waitUntil: { exists: true } }, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await payload.jobs.run({ limit: 200 })
  }
  throw new Error('The job queue did not empty.')
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|astro|mjs)$/.test(entry.name) ? [full] : []
  })
}

/** The secrets in what a recipient received: query values and the tokens of reset/verify paths. */
function secretsIn(mail: ReceivedMail): string[] {
  const content = [mail.parsed.text ?? '', typeof mail.parsed.html === 'string' ? mail.parsed.html : '', String(mail.parsed.headers.get('list-unsubscribe') ?? '')].join('\n')
  const secrets: string[] = []
  for (const match of content.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    const url = new URL(match[0].replace(/&amp;/g, '&').replace(/[).,]+$/, ''))
    for (const value of url.searchParams.values()) if (value.length >= 16) secrets.push(value, encodeURIComponent(value))
    const segments = url.pathname.split('/')
    segments.forEach((segment, index) => {
      if (['reset', 'verify'].includes(segments[index - 1] ?? '')) secrets.push(segment)
    })
  }
  return secrets
}

/** The secrets the database holds for accounts and registrations (their own records only). */
async function storedSecrets(): Promise<string[]> {
  const secrets: string[] = []
  for (const collection of ['users', 'professionals'] as const) {
    const { docs } = await payload.find({ collection, ...trusted, showHiddenFields: true, pagination: false })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      for (const field of ['resetPasswordToken', '_verificationToken']) if (typeof doc[field] === 'string') secrets.push(doc[field] as string)
    }
  }
  const registrations = await payload.find({ collection: 'eventRegistrations', ...trusted, showHiddenFields: true, pagination: false })
  for (const doc of registrations.docs as { cancelToken?: string }[]) if (doc.cancelToken) secrets.push(doc.cancelToken)
  return secrets
}

/** Everything stored about emails, read as the system (hidden fields too). */
async function storedEmailRecords(): Promise<string> {
  const parts: unknown[] = []
  for (const collection of ['emailLog', 'payload-jobs', 'newsletters', 'newsletterDeliveries'] as const) {
    parts.push((await payload.find({ collection, ...trusted, showHiddenFields: true, pagination: false })).docs)
  }
  return JSON.stringify(parts)
}

function expectNoSecret(text: string, secrets: string[], where: string) {
  const leaked = secrets.filter((secret) => text.includes(secret))
  expect(leaked, `secrets readable in ${where}`).toEqual([])
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload(smtp.env)
  payload = cms.payload
  api = await apiFor(payload)
  await payload.updateGlobal({ slug: 'siteSettings', data: { ...siteSettingsData, jeugd: { ...siteSettingsData.jeugd, coordinator: { email: 'coordinator-netwerk@example.org' } } } as never, ...trusted })
  ids.orgA = await createTrusted(payload, 'organisations', { ...organisationData('A'), emailDomains: ['organisatie-a.nl'] }, { draft: false })
  for (const [key, roles] of [['admin', ['admin']], ['coordinator', ['coordinator']]] as const) {
    ids[key] = await createTrusted(payload, 'users', staffData(key, [...roles]))
    tokens[key] = await api.login('users', staffData(key, []).email, testPassword)
  }
  ids.editor = await createTrusted(payload, 'users', staffData('redacteur', ['partnerEditor'], ids.orgA))
})

afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

describe('secrets in the email log', () => {
  it('every module that sends email is sent by this test', () => {
    const root = path.resolve(__dirname, '../..')
    const senders = sourceFiles(path.join(root, 'src'))
      .filter((file) => /\bqueueEmail\(|\bdeliver\(|\.sendEmail\(/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file).split(path.sep).join('/'))
      .filter((file) => !MACHINERY.includes(file))
      .sort()
    expect(senders).toEqual(Object.keys(SENDERS).sort())
  })

  it('a coordinator reading the log after an admin’s forgot-password finds no usable link', async () => {
    const asked = await api.rest('post', '/users/forgot-password', { body: { email: staffData('admin', []).email } })
    expect(asked.status).toBe(200)
    const log = await api.rest('get', '/emailLog?limit=100&depth=0', { token: tokens.coordinator })
    expect(log.status).toBe(200)
    const entry = log.body.docs.find((doc: { to: string }) => doc.to === staffData('admin', []).email)
    expect(entry, 'the reset mail is in the log').toBeTruthy()
    expect(entry.html).toContain(`/admin/reset/${REDACTED}`)
    const { resetPasswordToken } = (await payload.findByID({ collection: 'users', id: ids.admin, ...trusted, showHiddenFields: true })) as { resetPasswordToken?: string }
    expect(resetPasswordToken).toBeTruthy()
    expect(log.text).not.toContain(resetPasswordToken)
    // Not through GraphQL either, nor by querying the sealed copy.
    const graph = await api.graphql('{ EmailLogs(limit: 100) { docs { html text message } } }', { token: tokens.coordinator })
    expect(graph.text).not.toContain(resetPasswordToken)
    const probe = await api.rest('get', `/emailLog?where[sealed][exists]=true`, { token: tokens.coordinator })
    expect(probe.text).not.toContain(resetPasswordToken)
    expect(probe.body?.docs?.[0]?.sealed).toBeUndefined()
  })

  it('every email the product sends is stored without its secrets, and sent with them', async () => {
    const coordinator = { ...(await payload.findByID({ collection: 'users', id: ids.coordinator, ...trusted })), collection: 'users' }
    const editorEmail = staffData('redacteur', []).email

    // Accounts: forgot password (staff, site), a new site account, an expired confirmation link.
    expect((await api.rest('post', '/users/forgot-password', { body: { email: editorEmail } })).status).toBe(200)
    const registered = await api.rest('post', '/professionals', {
      body: { ...professionalData('nieuw'), email: 'nieuw@organisatie-a.nl', status: undefined, _verified: undefined },
    })
    expect(registered.status, registered.text).toBe(201)
    ids.verified = await createTrusted(payload, 'professionals', professionalData('bestaand', 'goedgekeurd'))
    expect((await api.rest('post', '/professionals/forgot-password', { body: { email: professionalData('bestaand').email } })).status).toBe(200)
    const late = await payload.create({ collection: 'professionals', data: { ...professionalData('te laat'), _verified: false, status: 'wacht-op-verificatie' } as never, ...trusted })
    await payload.db.updateOne({ collection: 'professionals', id: late.id, data: { verificationExpiresAt: new Date(Date.now() - 1000).toISOString() }, returning: false })
    const oldToken = ((await payload.db.findOne({ collection: 'professionals', where: { id: { equals: late.id } } })) as unknown as { _verificationToken: string })._verificationToken
    expect((await api.rest('post', `/professionals/verify/${oldToken}`)).status).toBe(403)
    const waiting = await createTrusted(payload, 'professionals', professionalData('wacht', 'wacht-op-goedkeuring'))
    await payload.update({ collection: 'professionals', id: waiting, data: { status: 'goedgekeurd' } as never, overrideAccess: false, user: coordinator as never })

    // Partner editors: an invitation, and an admitted member's editor account.
    expect((await api.rest('post', '/users/invite', { token: tokens.coordinator, body: { name: 'Nieuwe Collega', email: 'collega@example.org', organisation: ids.orgA } })).status).toBe(201)
    const editorToken = await api.login('users', staffData('redacteur', []).email, testPassword)
    expect((await api.rest('post', '/users/invite', { token: editorToken, body: { name: 'Collega Buiten', email: 'buiten@elders.example' } })).status).toBe(202)
    const [waitingInvitation] = (await payload.find({ collection: 'editorInvitations', where: { email: { equals: 'buiten@elders.example' } }, ...trusted })).docs
    await payload.update({ collection: 'editorInvitations', id: waitingInvitation.id, data: { status: 'goedgekeurd' } as never, overrideAccess: false, user: coordinator as never })
    const { inviteOrganisationEditor } = await import('../../src/cms/membership/admitMember')
    await inviteOrganisationEditor(
      payload,
      { organisationName: 'Organisatie A', contactPerson: { name: 'Contact Lid', email: 'contact-lid@example.org' }, networks: ['jeugd'] },
      ids.orgA,
      await createLocalReq({}, payload),
    )

    // Events: registered, waiting list, cancelled (a place comes free), moved, the reminder.
    const service = payload.collections.eventRegistrations.config.custom.registrationService
    const eventId = await createTrusted(payload, 'events', { ...eventData('met plaatsen'), capacity: 1 }, { draft: false })
    expect((await service.register(payload, eventId, { name: 'Anna', email: 'anna@example.org', organisation: 'Cordaan' })).status).toBe('aangemeld')
    expect((await service.register(payload, eventId, { name: 'Bram', email: 'bram@example.org', organisation: 'Cordaan' })).status).toBe('wachtlijst')
    const anna = (await payload.find({ collection: 'eventRegistrations', where: { email: { equals: 'anna@example.org' } }, ...trusted, showHiddenFields: true })).docs[0] as { cancelToken: string }
    expect((await service.cancel(payload, anna.cancelToken)).kind).toBe('cancelled')
    await payload.update({ collection: 'events', id: eventId, data: { startsAt: '2031-03-05T14:00:00.000Z', endsAt: '2031-03-05T16:00:00.000Z' } as never, ...trusted })
    const soon = new Date(Date.now() + 2 * 3_600_000)
    const tomorrowish = await createTrusted(payload, 'events', { ...eventData('bijna'), startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() }, { draft: false })
    await service.register(payload, tomorrowish, { name: 'Cor', email: 'cor@example.org', organisation: 'Cordaan' })
    await payload.update({ collection: 'eventRegistrations', where: { email: { equals: 'cor@example.org' } }, data: { registeredAt: new Date(Date.now() - 3 * 86_400_000).toISOString() } as never, ...trusted })
    await payload.jobs.queue({ task: 'sendEventReminders', input: {} })

    // Newsletter: a sign-up, a repeated sign-up, a test mail, an edition sent to subscribers.
    await payload.create({ collection: 'subscribers', data: { email: 'nieuwe-abonnee@example.org', networks: ['jeugd'], status: 'onbevestigd', confirmationSentAt: new Date().toISOString() } as never, ...trusted })
    const active = await createTrusted(payload, 'subscribers', { email: 'abonnee@example.org', networks: ['jeugd'], status: 'actief' })
    await payload.update({ collection: 'subscribers', id: active, data: { confirmationSentAt: new Date().toISOString() } as never, ...trusted })
    const edition = await createTrusted(payload, 'newsletters', newsletterData('uitgave'))
    await payload.update({ collection: 'newsletters', id: edition, data: { sendTest: true } as never, overrideAccess: false, user: coordinator as never })
    await payload.update({ collection: 'newsletters', id: edition, data: { status: 'gepland' } as never, overrideAccess: false, user: coordinator as never })

    // Case questions, membership, freshness: mails with admin links only, stored and checked alike.
    const professional = { ...(await payload.findByID({ collection: 'professionals', id: ids.verified, ...trusted })), collection: 'professionals' }
    await payload.create({ collection: 'caseQuestions', data: caseQuestionData(ids.verified) as never, overrideAccess: false, user: professional as never })
    await payload.jobs.queue({ task: 'caseQuestionReminders', input: {} })
    await payload.create({ collection: 'membershipApplications', data: membershipApplicationData('aanvrager') as never, ...trusted })
    expect((await api.rest('post', '/organisations/freshness-reminders', { token: tokens.coordinator })).status).toBe(200)
    expect((await api.rest('post', '/organisations/partner-digest', { token: tokens.coordinator })).status).toBe(200)

    // Before anything is sent: the queue and the log hold no secret of the accounts and registrations.
    const known = await storedSecrets()
    expect(known.length).toBeGreaterThanOrEqual(6)
    expectNoSecret((await api.rest('get', '/payload-jobs?limit=500&depth=0', { token: tokens.admin })).text, known, 'the job queue, read by an admin')
    expectNoSecret((await api.rest('get', '/emailLog?limit=500&depth=0', { token: tokens.coordinator })).text, known, 'the email log, read by a coordinator')
    expectNoSecret(await storedEmailRecords(), known, 'the stored log and jobs')

    await runAllJobs()
    const expectedPurposes = [
      'Account', 'Uitnodiging redacteur', 'Uitnodiging ter goedkeuring', 'Uitnodiging goedgekeurd', 'Lidmaatschap: uitnodiging redacteur', 'Aanmelding bijeenkomst',
      'Nieuwsbrief: aanmelding bevestigen', 'Nieuwsbrief: testmail', 'Account goedgekeurd', 'Lidmaatschap: aanvraag ontvangen',
    ]
    const log = await api.rest('get', '/emailLog?limit=500&depth=0', { token: tokens.coordinator })
    const purposes = new Set(log.body.docs.map((doc: { purpose?: string }) => doc.purpose))
    for (const purpose of expectedPurposes) expect(purposes, purpose).toContain(purpose)
    expect(log.body.docs.filter((doc: { status: string }) => doc.status !== 'verzonden').map((doc: { subject: string; lastError?: string }) => `${doc.subject}: ${doc.lastError}`)).toEqual([])
    await smtp.waitFor((mail) => mail.envelopeTo.includes('abonnee@example.org') && !String(mail.parsed.subject).startsWith('[Testmail]') && mail.parsed.subject !== 'Je bent al aangemeld voor de nieuwsbrief')

    // The secrets as received: more than before (signed newsletter links), and none of them stored.
    const received = smtp.messages.flatMap(secretsIn)
    const secrets = [...new Set([...received, ...(await storedSecrets())])]
    expect(received.length, 'the mails did carry secret links').toBeGreaterThanOrEqual(15)
    expectNoSecret(log.text, secrets, 'the email log, read by a coordinator')
    expectNoSecret((await api.graphql('{ EmailLogs(limit: 500) { docs { subject html text message } } }', { token: tokens.coordinator })).text, secrets, 'the email log over GraphQL')
    expectNoSecret(await storedEmailRecords(), secrets, 'the stored log, jobs and newsletter records')
    // Delivered mails keep no sealed copy.
    const sealed = await payload.find({ collection: 'emailLog', ...trusted, showHiddenFields: true, pagination: false, where: { sealed: { exists: true } } })
    expect(sealed.docs.filter((doc) => (doc as { sealed?: string | null }).sealed)).toEqual([])

    // And what was sent works: the invited editor sets a password with the link from the mail.
    const invitation = smtp.messages.find((mail) => mail.envelopeTo.includes('collega@example.org'))!
    const token = /\/admin\/reset\/([a-f0-9]+)/.exec(String(invitation.parsed.text))![1]
    await payload.resetPassword({ collection: 'users', data: { token, password: 'gekozen-wachtwoord-123' }, overrideAccess: true })
    expect((await payload.login({ collection: 'users', data: { email: 'collega@example.org', password: 'gekozen-wachtwoord-123' } })).token).toBeTruthy()
  })
})

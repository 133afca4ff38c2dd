import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTrusted, eventData, siteSettingsData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'

/**
 * The membership procedure through the real collection: the state machine enforced in its
 * hook, the status history, the emails (delivered by the job queue to a real SMTP server) and
 * the admission that sets up the organisation and an invited partner-editor account.
 */
let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload
let coordinator: Record<string, unknown>
let platformMember: Record<string, unknown>
let eventId: string

const applicant = 'sam@voorbeeld-zorg.example'

const formValues = {
  organisationName: 'Stichting Voorbeeld Zorg',
  kvkNumber: '87654321',
  website: 'https://www.voorbeeld-zorg.example',
  street: 'Dam 1',
  postcode: '1012 AB',
  city: 'Amsterdam',
  contactName: 'Sam de Vries',
  contactRole: 'Directeur',
  contactEmail: applicant,
  contactPhone: '020 123 45 67',
  networks: ['jeugd' as const],
  offerSummary: 'Ambulante traumabehandeling voor jongeren met LVB.',
  targetGroup: 'Jongeren van 12 tot 23 jaar.',
  motivation: 'Wij willen onze kennis over trauma bij LVB delen.',
  yearsActiveAnswer: 'ja' as const,
  yearsActiveExplanation: 'Sinds 2016 in Amsterdam.',
  qualitySystemAnswer: 'ja' as const,
  qualitySystemWhich: 'HKZ',
  noHarmAnswer: 'ja' as const,
  noHarmExplanation: 'Klachtenregeling en cliëntenraad.',
  addedValueExplanation: 'Traumabehandeling die er nog niet is.',
  consent: true as const,
}

async function deliver() {
  await payload.jobs.run({ limit: 100 })
}

function mailsTo(address: string): ReceivedMail[] {
  return smtp.messages.filter((mail) => mail.envelopeTo.includes(address))
}

const asCoordinator = () => ({ overrideAccess: false as const, user: coordinator as never, depth: 0 })

async function move(id: string, data: Record<string, unknown>, as = asCoordinator()) {
  return payload.update({ collection: 'membershipApplications', id, data: data as never, ...as })
}

async function refusal(promise: Promise<unknown>): Promise<{ message: string; path: string }> {
  try {
    await promise
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors ?? []
    expect(errors.length).toBeGreaterThan(0)
    return errors[0]
  }
  throw new Error('De wijziging werd niet geweigerd.')
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload(smtp.env)
  payload = cms.payload
  await payload.updateGlobal({
    slug: 'siteSettings',
    overrideAccess: true,
    data: {
      ...siteSettingsData,
      jeugd: { name: 'Netwerk Jeugd', coordinator: { email: 'coordinator-jeugd@example.org' } },
      volwassenen: { name: 'LVB18+', coordinator: { email: 'coordinator-lvb@example.org' } },
    } as never,
  })
  const load = async (id: string) => ({ ...(await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })), collection: 'users' })
  coordinator = await load(await createTrusted(payload, 'users', staffData('coordinator', ['coordinator'])))
  platformMember = await load(await createTrusted(payload, 'users', staffData('platform', ['platformMember'])))
  eventId = await createTrusted(payload, 'events', { ...eventData('platformoverleg'), kind: 'platformoverleg' }, { draft: false })
})

afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

describe('membership procedure', () => {
  let id: string

  it('stores a submitted application with its first history entry and confirms it by email', async () => {
    const { submitMembershipApplication } = await import('../../src/site/lib/membership')
    await submitMembershipApplication(payload, formValues)
    const { docs } = await payload.find({ collection: 'membershipApplications', overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    const application = docs[0]
    id = String(application.id)
    expect(application.status).toBe('ingediend')
    expect(application.statusHistory).toHaveLength(1)
    expect(application.statusHistory?.[0]).toMatchObject({ status: 'ingediend', note: 'Aanvraag ontvangen via de website' })
    expect(application.consentAt).toBeTruthy()

    await deliver()
    const [receipt] = mailsTo(applicant)
    expect(receipt.parsed.subject).toBe('We hebben de aanvraag van Stichting Voorbeeld Zorg ontvangen')
    expect(receipt.parsed.text).toContain('aspirant-lid')
    const [notice] = mailsTo('coordinator-jeugd@example.org')
    expect(notice.parsed.subject).toBe('Nieuwe lidmaatschapsaanvraag: Stichting Voorbeeld Zorg')
    expect(notice.parsed.html).toContain(`/admin/collections/membershipApplications/${id}`)
    expect(mailsTo('coordinator-lvb@example.org')).toHaveLength(0)
  })

  it('refuses a step that skips the procedure, in Dutch', async () => {
    const error = await refusal(move(id, { status: 'toegelaten', decisionReasons: 'Snel erdoor.' }))
    expect(error).toMatchObject({ path: 'status' })
    expect(error.message).toMatch(/Van "ingediend" kan de aanvraag niet naar "toegelaten"/)
    const stored = await payload.findByID({ collection: 'membershipApplications', id, overrideAccess: true, depth: 0 })
    expect(stored.status).toBe('ingediend')
    expect(await payload.count({ collection: 'organisations', overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('invites an aspirant member to the linked meetings and records who took the step', async () => {
    await move(id, { status: 'aspirant', linkedEvents: [eventId], transitionNote: 'Uitgenodigd voor het platformoverleg.' })
    const stored = await payload.findByID({ collection: 'membershipApplications', id, overrideAccess: true, depth: 0 })
    expect(stored.statusHistory?.at(-1)).toMatchObject({ status: 'aspirant', by: String(coordinator.id), note: 'Uitgenodigd voor het platformoverleg.' })
    expect(stored.transitionNote ?? null).toBeNull()

    await deliver()
    const invitation = mailsTo(applicant).find((mail) => mail.parsed.subject?.startsWith('Welkom als aspirant-lid'))
    expect(invitation).toBeDefined()
    // 4 March 2031 14:00 UTC is 15:00 in Amsterdam.
    expect(invitation?.parsed.text).toMatch(/Bijeenkomst platformoverleg.*dinsdag 4 maart 2031 om 15:00/)
  })

  it('lets a platform member add a comment but not change the status', async () => {
    const asPlatform = { overrideAccess: false as const, user: platformMember as never, depth: 0 }
    const before = await payload.findByID({ collection: 'membershipApplications', id, overrideAccess: true, depth: 0 })
    await move(id, { status: 'toegelaten', platformComments: [...(before.platformComments ?? []), { comment: 'Goede aanvulling op het aanbod.' }] }, asPlatform)
    const after = await payload.findByID({ collection: 'membershipApplications', id, overrideAccess: true, depth: 0 })
    expect(after.status).toBe('aspirant')
    expect(after.platformComments).toHaveLength(1)
    expect(after.platformComments?.[0]).toMatchObject({ comment: 'Goede aanvulling op het aanbod.', author: String(platformMember.id) })
  })

  it('needs a date for the introductory conversation and emails it, also when it moves', async () => {
    const sentBefore = mailsTo(applicant).length
    await move(id, { status: 'besproken-in-platform' })
    await deliver()
    expect(mailsTo(applicant)).toHaveLength(sentBefore)

    const error = await refusal(move(id, { status: 'kennismakingsgesprek-gepland' }))
    expect(error).toEqual(expect.objectContaining({ path: 'introductionMeetingAt', message: 'Vul de datum en tijd van het kennismakingsgesprek in.' }))

    await move(id, { status: 'kennismakingsgesprek-gepland', introductionMeetingAt: '2027-01-12T09:30:00.000Z' })
    await move(id, { introductionMeetingAt: '2027-01-19T09:30:00.000Z' })
    await deliver()
    const subjects = mailsTo(applicant).map((mail) => mail.parsed.subject)
    expect(subjects).toContain('Uitnodiging kennismakingsgesprek: dinsdag 12 januari 2027 om 10:30')
    expect(subjects).toContain('Nieuwe datum voor het kennismakingsgesprek: dinsdag 19 januari 2027 om 10:30')
  })

  it('needs the advice and the reasons of the decision', async () => {
    expect((await refusal(move(id, { status: 'advies' }))).path).toBe('advice')
    await move(id, { status: 'advies', advice: 'Het platform adviseert toelating.' })
    expect((await refusal(move(id, { status: 'toegelaten' }))).path).toBe('decisionReasons')
  })

  it('admits the member: organisation, editor account and invitation with a working password link', async () => {
    await move(id, { status: 'toegelaten', decisionReasons: 'Voldoet aan alle criteria.' })
    const application = await payload.findByID({ collection: 'membershipApplications', id, overrideAccess: true, depth: 0 })
    expect(application.statusHistory?.map((row) => row.status)).toEqual([
      'ingediend',
      'aspirant',
      'besproken-in-platform',
      'kennismakingsgesprek-gepland',
      'advies',
      'toegelaten',
    ])

    const organisation = await payload.findByID({ collection: 'organisations', id: String(application.organisation), overrideAccess: true, depth: 0 })
    expect(organisation).toMatchObject({ name: 'Stichting Voorbeeld Zorg', membershipStatus: 'lid', networks: ['jeugd'], website: 'https://www.voorbeeld-zorg.example', _status: 'published' })
    expect(organisation.memberSince).toBeTruthy()

    const { docs: users } = await payload.find({ collection: 'users', where: { email: { equals: applicant } }, overrideAccess: true, depth: 0 })
    expect(users).toHaveLength(1)
    expect(users[0]).toMatchObject({ roles: ['partnerEditor'], organisation: organisation.id, name: 'Sam de Vries' })

    await deliver()
    const subjects = mailsTo(applicant).map((mail) => mail.parsed.subject)
    expect(subjects).toContain('Stichting Voorbeeld Zorg is toegelaten als lid')
    const invitation = mailsTo(applicant).find((mail) => mail.parsed.subject === 'Je account voor de pagina van Stichting Voorbeeld Zorg')
    const token = invitation?.parsed.text?.match(/\/admin\/reset\/([a-f0-9]+)/)?.[1]
    expect(token).toBeTruthy()

    await payload.resetPassword({ collection: 'users', data: { token: token as string, password: 'mijn-eigen-wachtwoord-1' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email: applicant, password: 'mijn-eigen-wachtwoord-1' } })
    expect(login.user?.email).toBe(applicant)
  })

  it('refuses every change of status after the decision', async () => {
    const error = await refusal(move(id, { status: 'ingetrokken' }))
    expect(error.message).toMatch(/afgerond/)
  })

  it('admits into an existing organisation of the same name instead of creating a second one', async () => {
    const existingId = await createTrusted(payload, 'organisations', { name: 'Bestaande Stichting', membershipStatus: 'aspirant', networks: ['volwassenen'] }, { draft: false })
    const { submitMembershipApplication } = await import('../../src/site/lib/membership')
    await submitMembershipApplication(payload, { ...formValues, organisationName: 'bestaande  stichting', contactEmail: 'kim@bestaand.example', networks: ['jeugd'] })
    const { docs } = await payload.find({ collection: 'membershipApplications', where: { 'contactPerson.email': { equals: 'kim@bestaand.example' } }, overrideAccess: true, depth: 0 })
    const second = String(docs[0].id)
    for (const step of [
      { status: 'besproken-in-platform' },
      { status: 'kennismakingsgesprek-gepland', introductionMeetingAt: '2027-02-01T10:00:00.000Z' },
      { status: 'advies', advice: 'Positief.' },
      { status: 'toegelaten', decisionReasons: 'Voldoet.' },
    ]) {
      await move(second, step)
    }
    const application = await payload.findByID({ collection: 'membershipApplications', id: second, overrideAccess: true, depth: 0 })
    expect(String(application.organisation)).toBe(existingId)
    const organisation = await payload.findByID({ collection: 'organisations', id: existingId, overrideAccess: true, depth: 0 })
    expect(organisation).toMatchObject({ membershipStatus: 'lid', networks: ['volwassenen', 'jeugd'] })
    expect(await payload.count({ collection: 'organisations', where: { name: { like: 'bestaande' } }, overrideAccess: true })).toEqual({ totalDocs: 1 })
  })

  it('confirms a withdrawal and a rejection to the applicant', async () => {
    const { submitMembershipApplication } = await import('../../src/site/lib/membership')
    await submitMembershipApplication(payload, { ...formValues, organisationName: 'Terugtrekker', contactEmail: 'weg@example.org' })
    await submitMembershipApplication(payload, { ...formValues, organisationName: 'Afgewezen BV', contactEmail: 'nee@example.org' })
    const find = async (email: string) =>
      String((await payload.find({ collection: 'membershipApplications', where: { 'contactPerson.email': { equals: email } }, overrideAccess: true, depth: 0 })).docs[0].id)
    await move(await find('weg@example.org'), { status: 'ingetrokken', transitionNote: 'Per e-mail ingetrokken.' })
    const rejected = await find('nee@example.org')
    await move(rejected, { status: 'besproken-in-platform' })
    await move(rejected, { status: 'kennismakingsgesprek-gepland', introductionMeetingAt: '2027-02-01T10:00:00.000Z' })
    await move(rejected, { status: 'advies', advice: 'Negatief advies.' })
    await move(rejected, { status: 'afgewezen', decisionReasons: 'Minder dan 3 jaar actief in de regio.' })
    await deliver()
    expect(mailsTo('weg@example.org').map((mail) => mail.parsed.subject)).toContain('Aanvraag van Terugtrekker ingetrokken')
    const decision = mailsTo('nee@example.org').find((mail) => mail.parsed.subject === 'Besluit over de aanvraag van Afgewezen BV')
    expect(decision?.parsed.text).toContain('Minder dan 3 jaar actief in de regio.')
    expect(await payload.count({ collection: 'organisations', where: { name: { equals: 'Afgewezen BV' } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })
})

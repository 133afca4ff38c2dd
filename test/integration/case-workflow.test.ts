import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseQuestionData, createTrusted, organisationData, professionalData, siteSettingsData, staffData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value))

/** The Dutch messages of a refused change (Payload puts them per field in `data.errors`). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((e) => e.message).join(' ')
  }
  throw new Error('De wijziging werd niet geweigerd.')
}

/** The case-question workflow hooks with the real Local API, job queue and an SMTP server. */
describe('case question workflow', () => {
  let smtp: TestSmtpServer
  let cms: TestPayload
  let payload: Payload
  let coordinator: Record<string, unknown>
  let expert: Record<string, unknown>
  let platformMember: Record<string, unknown>
  let professional: Record<string, unknown>
  let expertId: string
  let platformMemberId: string

  const asUser = async (collection: 'users' | 'professionals', id: string) =>
    ({ ...(await payload.findByID({ collection, id, overrideAccess: true, depth: 0 })), collection }) as Record<string, unknown>

  beforeAll(async () => {
    smtp = await startSmtpServer()
    cms = await startTestPayload(smtp.env)
    payload = cms.payload
    await payload.updateGlobal({
      slug: 'siteSettings',
      overrideAccess: true,
      data: { ...siteSettingsData, jeugd: { name: 'Netwerk Jeugd', coordinator: { name: 'Coördinator', email: 'coordinator-jeugd@example.org' } } } as never,
    })
    coordinator = await asUser('users', await createTrusted(payload, 'users', staffData('coordinator', ['coordinator'])))
    expertId = await createTrusted(payload, 'users', staffData('expert', ['expert']))
    expert = await asUser('users', expertId)
    platformMemberId = await createTrusted(payload, 'users', staffData('platform', ['platformMember']))
    platformMember = await asUser('users', platformMemberId)
    professional = await asUser('professionals', await createTrusted(payload, 'professionals', professionalData('vrager')))
  })
  afterAll(async () => {
    await cms?.close()
    await smtp?.close()
  })

  it('sets deadlines and the first history entry, and emails the professional and the coordinator', async () => {
    const created = await payload.create({
      collection: 'caseQuestions',
      data: caseQuestionData('ignored') as never,
      user: professional,
      overrideAccess: false,
    })
    expect(created.status).toBe('ontvangen')
    expect(created.triageDueAt).toBeTruthy()
    expect(new Date(created.adviceDueAt!).getTime()).toBeGreaterThan(new Date(created.triageDueAt!).getTime())
    expect(created.statusHistory?.map((entry) => entry.status)).toEqual(['ontvangen'])
    await payload.jobs.run()
    const confirmation = await smtp.waitFor((m) => m.envelopeTo.includes(String(professional.email)) && (m.parsed.subject ?? '').includes('ontvangen'))
    expect(confirmation.parsed.subject).toContain(created.reference!)
    const notice = await smtp.waitFor((m) => m.envelopeTo.includes('coordinator-jeugd@example.org'))
    expect(notice.parsed.text).toContain(`/admin/collections/caseQuestions/${created.id}`)
  })

  it('refuses an invalid transition with a Dutch message', async () => {
    const question = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, overrideAccess: true })
    expect(
      await refusal(payload.update({ collection: 'caseQuestions', id: question.id, data: { status: 'advies-gegeven' }, user: coordinator, overrideAccess: false })),
    ).toMatch(/kan de status niet naar "Advies gegeven"/)
  })

  it('routes, links an expert, records the advice and notifies everyone', async () => {
    const question = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, overrideAccess: true })
    const routed = await payload.update({
      collection: 'caseQuestions',
      id: question.id,
      data: { assignedPlatformMember: platformMemberId },
      user: coordinator,
      overrideAccess: false,
    })
    expect(routed.status).toBe('doorgezet')
    expect(routed.statusHistory?.map((entry) => entry.status)).toEqual(['ontvangen', 'in-behandeling', 'doorgezet'])
    expect(routed.statusHistory?.at(-1)?.by).toBeTruthy()

    const linked = await payload.update({
      collection: 'caseQuestions',
      id: question.id,
      data: { assignedExperts: [expertId] },
      user: platformMember,
      overrideAccess: false,
    })
    expect(linked.status).toBe('expert-gekoppeld')
    await payload.jobs.run()
    await smtp.waitFor((m) => m.envelopeTo.includes(String(platformMember.email)) && (m.parsed.text ?? '').includes('/admin/collections/caseQuestions/'))
    await smtp.waitFor((m) => m.envelopeTo.includes(String(expert.email)))

    // A saved advice is a draft: no status change, no e-mail, nothing for the professional to read.
    const drafted = await payload.update({
      collection: 'caseQuestions',
      id: question.id,
      data: { advice: { problemStatement: 'Vastgelopen thuissituatie.', advice: 'Start met een gezinsgerichte aanpak.' } },
      user: expert,
      overrideAccess: false,
    })
    expect(drafted.status).toBe('expert-gekoppeld')
    expect(drafted.advice?.state).toBe('concept')
    const asSeenByAsker = await payload.findByID({ collection: 'caseQuestions', id: question.id, user: professional, overrideAccess: false })
    expect(asSeenByAsker.advice).toBeUndefined()

    // The expert cannot release it, only mark it complete: the coordinator hears of it.
    expect(
      await refusal(payload.update({ collection: 'caseQuestions', id: question.id, data: { advice: { state: 'vrijgegeven' } }, user: expert, overrideAccess: false })),
    ).toMatch(/Alleen de coördinator geeft het advies vrij/)
    const complete = await payload.update({ collection: 'caseQuestions', id: question.id, data: { advice: { state: 'compleet' } }, user: expert, overrideAccess: false })
    expect(complete.status).toBe('expert-gekoppeld')
    expect(complete.advice?.completedAt).toBeTruthy()
    expect(idOf(complete.advice?.givenBy)).toBe(expertId)
    await payload.jobs.run()
    await smtp.waitFor((m) => m.envelopeTo.includes('coordinator-jeugd@example.org') && (m.parsed.subject ?? '').startsWith('Advies bij casusvraag'))
    expect(smtp.messages.some((m) => m.envelopeTo.includes(String(professional.email)) && (m.parsed.subject ?? '').startsWith('Antwoord op je vraag'))).toBe(false)

    const advised = await payload.update({ collection: 'caseQuestions', id: question.id, data: { advice: { state: 'vrijgegeven' } }, user: coordinator, overrideAccess: false })
    expect(advised.status).toBe('advies-gegeven')
    expect(advised.advice?.givenAt).toBeTruthy()
    expect(idOf(advised.advice?.givenBy)).toBe(expertId)
    await payload.jobs.run()
    await smtp.waitFor((m) => m.envelopeTo.includes(String(professional.email)) && (m.parsed.subject ?? '').startsWith('Antwoord op je vraag'))
    const released = await payload.findByID({ collection: 'caseQuestions', id: question.id, user: professional, overrideAccess: false })
    expect(released.advice?.advice).toBe('Start met een gezinsgerichte aanpak.')
    // Released advice is the coordinator's to correct: the expert's change does not reach it.
    await payload.update({ collection: 'caseQuestions', id: question.id, data: { advice: { advice: 'Iets anders.' } }, user: expert, overrideAccess: false })
    expect((await payload.findByID({ collection: 'caseQuestions', id: question.id, overrideAccess: true })).advice?.advice).toBe('Start met een gezinsgerichte aanpak.')

    expect(
      await refusal(payload.update({ collection: 'caseQuestions', id: question.id, data: { status: 'afgesloten' }, user: coordinator, overrideAccess: false })),
    ).toMatch(/beoordeling/)
    const closed = await payload.update({
      collection: 'caseQuestions',
      id: question.id,
      data: { status: 'afgesloten', closing: { cooperationRating: 4, effectRating: 3 } },
      user: coordinator,
      overrideAccess: false,
    })
    expect(closed.closing?.closedAt).toBeTruthy()
  })

  it('lets the expert not change the status directly', async () => {
    const question = await payload.create({
      collection: 'caseQuestions',
      data: caseQuestionData(String(professional.id), { experts: [expertId] }) as never,
      overrideAccess: true,
    })
    const after = await payload.update({ collection: 'caseQuestions', id: question.id, data: { status: 'afgesloten' }, user: expert, overrideAccess: false })
    expect(after.status).toBe('ontvangen')
  })

  it('sends the daily reminder about overdue questions', async () => {
    const question = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, overrideAccess: true })
    await payload.update({ collection: 'caseQuestions', id: question.id, overrideAccess: true, data: { triageDueAt: '2020-01-06T22:59:59.000Z' } })
    await payload.jobs.queue({ task: 'caseQuestionReminders', input: { force: true } })
    await payload.jobs.run()
    await payload.jobs.run()
    const reminder = await smtp.waitFor((m) => (m.parsed.subject ?? '').startsWith('Casusvragen:'))
    expect(reminder.parsed.text).toContain(question.reference!)
    expect(reminder.parsed.text).toContain('Triage verlopen')
  })

  it('approves a verified professional of a member organisation automatically, others wait for the coordinator', async () => {
    await createTrusted(payload, 'organisations', { ...organisationData('lid'), emailDomains: ['lid-organisatie.nl'] })
    const member = await payload.create({
      collection: 'professionals',
      overrideAccess: true,
      data: { ...professionalData('lidmedewerker', 'wacht-op-verificatie'), email: 'medewerker@lid-organisatie.nl' } as never,
    })
    const approved = await payload.update({ collection: 'professionals', id: member.id, overrideAccess: true, data: { status: 'wacht-op-goedkeuring' } })
    expect(approved.status).toBe('goedgekeurd')
    expect(approved.organisation).toBeTruthy()

    const outsider = await payload.create({
      collection: 'professionals',
      overrideAccess: true,
      data: { ...professionalData('buiten', 'wacht-op-verificatie'), email: 'iemand@elders.nl' } as never,
    })
    const waiting = await payload.update({ collection: 'professionals', id: outsider.id, overrideAccess: true, data: { status: 'wacht-op-goedkeuring' } })
    expect(waiting.status).toBe('wacht-op-goedkeuring')
    await payload.jobs.run()
    await smtp.waitFor((m) => m.envelopeTo.includes('medewerker@lid-organisatie.nl') && (m.parsed.subject ?? '').includes('goedgekeurd'))
    await smtp.waitFor((m) => m.envelopeTo.includes('iemand@elders.nl') && (m.parsed.subject ?? '').includes('wacht'))
    await smtp.waitFor((m) => m.envelopeTo.includes('coordinator-jeugd@example.org') && (m.parsed.subject ?? '').includes('goedkeuring'))
  })

  it('never shows a professional the question of another, nor an expert an unassigned one', async () => {
    const other = await asUser('professionals', await createTrusted(payload, 'professionals', professionalData('ander')))
    const mine = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, overrideAccess: true })
    const seen = await payload.find({ collection: 'caseQuestions', where: { askedBy: { equals: String(professional.id) } }, user: other, overrideAccess: false })
    expect(seen.docs).toEqual([])
    await expect(payload.findByID({ collection: 'caseQuestions', id: mine.id, user: other, overrideAccess: false })).rejects.toThrow()
    const ownView = await payload.find({ collection: 'caseQuestions', user: professional, overrideAccess: false, pagination: false, depth: 0 })
    expect(ownView.docs.map((doc) => doc.id)).toContain(mine.id)
    expect(ownView.docs.every((doc) => String(doc.askedBy) === String(professional.id))).toBe(true)
    const expertView = await payload.find({ collection: 'caseQuestions', user: expert, overrideAccess: false, pagination: false, depth: 0 })
    expect(expertView.docs.map((doc) => doc.id)).not.toContain(mine.id)
    expect(expertView.docs.every((doc) => (doc.assignedExperts ?? []).map(String).includes(expertId))).toBe(true)
  })

  it('anonymises closed questions after the retention period, keeping the statistics', async () => {
    const question = await payload.create({
      collection: 'caseQuestions',
      data: { ...caseQuestionData(String(professional.id)), context: { age: 15, problems: ['trauma'], involved: 'Buurtteam en Kevin' } } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'caseQuestions', id: question.id, overrideAccess: true, data: { status: 'beantwoord-door-coordinator', advice: { advice: 'Neem contact op met het buurtteam.' } } })
    await payload.update({
      collection: 'caseQuestions',
      id: question.id,
      overrideAccess: true,
      data: { status: 'afgesloten', closing: { closedAt: '2020-01-01T00:00:00.000Z', closingNote: 'Afgerond met Kevin' } },
    })
    const recent = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, overrideAccess: true })
    await payload.jobs.queue({ task: 'anonymiseClosedCaseQuestions', input: {} })
    await payload.jobs.run()
    const after = await payload.findByID({ collection: 'caseQuestions', id: question.id, overrideAccess: true })
    expect(after.anonymisedAt).toBeTruthy()
    expect(after.question).toBe('[geanonimiseerd]')
    expect(JSON.stringify(after)).not.toContain('Kevin')
    expect(after.advice?.advice ?? null).toBeNull()
    expect(after.context?.age).toBe(15)
    expect(after.context?.problems).toEqual(['trauma'])
    expect(after.status).toBe('afgesloten')
    const untouched = await payload.findByID({ collection: 'caseQuestions', id: recent.id, overrideAccess: true })
    expect(untouched.anonymisedAt ?? null).toBeNull()
  })

  it('records who viewed and changed a question, naming the fields but not their values', async () => {
    const question = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(String(professional.id)) as never, user: professional, overrideAccess: false })
    await payload.findByID({ collection: 'caseQuestions', id: question.id, user: coordinator, overrideAccess: false })
    await payload.update({ collection: 'caseQuestions', id: question.id, data: { notes: 'Geheime notitie', status: 'in-behandeling' }, user: coordinator, overrideAccess: false })
    const { docs } = await payload.find({
      collection: 'caseAuditLog',
      where: { caseQuestion: { equals: question.id } },
      sort: 'createdAt',
      user: coordinator,
      overrideAccess: false,
      depth: 0,
    })
    expect(docs.map((entry) => entry.action)).toEqual(['aangemaakt', 'bekeken', 'gewijzigd'])
    expect(docs[0].actorProfessional).toBe(String(professional.id))
    expect(docs[1].actorUser).toBe(String(coordinator.id))
    expect(docs[2].fields).toContain('Interne notities')
    expect(docs[2].fields).toContain('Status')
    expect(docs[2].fields).not.toContain('notes')
    expect(JSON.stringify(docs)).not.toContain('Geheime notitie')
    await expect(payload.find({ collection: 'caseAuditLog', user: expert, overrideAccess: false })).rejects.toThrow()
  })

  it("sends Payload's forgotten-password email in Dutch, linking to the site", async () => {
    await payload.forgotPassword({ collection: 'professionals', data: { email: String(professional.email) } })
    await payload.jobs.run()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(String(professional.email)) && m.parsed.subject === 'Nieuw wachtwoord instellen')
    expect(mail.parsed.text).toMatch(/\/account\/wachtwoord-herstellen\?token=\w+/)
    expect(mail.parsed.text).not.toContain('/admin')
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiFor, type Api } from '../helpers/api'
import {
  caseQuestionData,
  createTrusted,
  eventData,
  organisationData,
  professionalData,
  siteSettingsData,
  staffData,
  testPassword,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

/**
 * The traps of the admin that live in the data: refusals that lose their Dutch reason, an
 * expert who cannot see who asked, a draft advice that reaches the professional, an audit log
 * that repeats itself, and invitations to any address. Through the Local API with each user's
 * own rights and through REST as the admin's form calls it.
 */
describe('the admin without traps', () => {
  let smtp: TestSmtpServer
  let cms: TestPayload
  let payload: Payload
  let api: Api
  const ids: Record<string, string> = {}
  const users: Record<string, Record<string, unknown>> = {}
  const tokens: Record<string, string> = {}

  const as = (name: string) => ({ user: users[name] as never, overrideAccess: false as const, depth: 0 })
  /** A question as the workflow leaves it: routed (and "expert gekoppeld") when someone is assigned. */
  const newQuestion = async (assigned: { platformMember?: string; experts?: string[] } = {}) => {
    const id = await createTrusted(payload, 'caseQuestions', { ...caseQuestionData(ids.asker), contactPreference: 'telefoon' })
    if (assigned.platformMember || assigned.experts) {
      await payload.update({
        collection: 'caseQuestions',
        id,
        data: { assignedPlatformMember: assigned.platformMember, assignedExperts: assigned.experts },
        overrideAccess: true,
      })
    }
    return id
  }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    cms = await startTestPayload(smtp.env)
    payload = cms.payload
    await payload.updateGlobal({
      slug: 'siteSettings',
      overrideAccess: true,
      data: { ...siteSettingsData, jeugd: { name: 'Netwerk Jeugd', coordinator: { name: 'Coördinator', email: 'coordinator-traps@example.org' } } } as never,
    })
    ids.organisation = await createTrusted(payload, 'organisations', { ...organisationData('Zorg Noord'), emailDomains: ['zorgnoord.nl'] })
    ids.coordinator = await createTrusted(payload, 'users', staffData('coordinator', ['coordinator']))
    ids.platformMember = await createTrusted(payload, 'users', staffData('platformlid', ['platformMember']))
    ids.expert = await createTrusted(payload, 'users', staffData('expert', ['expert']))
    ids.otherExpert = await createTrusted(payload, 'users', staffData('andere expert', ['expert']))
    ids.editor = await createTrusted(payload, 'users', staffData('redacteur', ['partnerEditor'], ids.organisation))
    ids.asker = await createTrusted(payload, 'professionals', { ...professionalData('Eva'), name: 'Eva de Vrager', organisationName: 'Buurtteam Oost' })
    for (const name of ['coordinator', 'platformMember', 'expert', 'otherExpert', 'editor']) {
      users[name] = { ...(await payload.findByID({ collection: 'users', id: ids[name], overrideAccess: true, depth: 0 })), collection: 'users' }
    }
    users.asker = { ...(await payload.findByID({ collection: 'professionals', id: ids.asker, overrideAccess: true, depth: 0 })), collection: 'professionals' }
    api = await apiFor(payload)
    for (const name of ['coordinator', 'expert', 'editor']) tokens[name] = await api.login('users', String(users[name].email), testPassword)
    tokens.asker = await api.login('professionals', String(users.asker.email), testPassword)
  })

  afterAll(async () => {
    await cms?.close()
    await smtp?.close()
  })

  describe('refusals keep their Dutch reason', () => {
    it('a forbidden status step answers with the domain’s reason at the status field, not a generic sentence', async () => {
      const id = await newQuestion()
      const answer = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.coordinator, body: { status: 'afgesloten' } })
      expect(answer.status).toBe(400)
      const [error] = answer.body.errors
      expect(error.message).toMatch(/^Van "Ontvangen" kan de status niet naar "Afgesloten"/)
      expect(error.message).not.toMatch(/ongeldig|invalid/i)
      expect(error.data.errors).toEqual([{ message: error.message, path: 'status' }])
    })

    it('closing without the ratings names what to fill in, in Dutch, at the rating field', async () => {
      const id = await newQuestion({ experts: [ids.expert] })
      await payload.update({ collection: 'caseQuestions', id, data: { advice: { advice: 'Een advies.', state: 'vrijgegeven' } }, ...as('coordinator') })
      const answer = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.coordinator, body: { status: 'afgesloten' } })
      expect(answer.status).toBe(400)
      const [error] = answer.body.errors
      expect(error.message).toContain('beoordeling van de samenwerking en van het effect')
      expect(error.message).not.toContain('closing.cooperationRating')
      expect(error.data.errors[0].path).toBe('closing.cooperationRating')
    })

    it('the status dropdown offers only the steps allowed from the status the question has now', () => {
      const field = payload.collections.caseQuestions.config.flattenedFields.find((f) => f.name === 'status') as any
      const offered = (history: { status: string }[], current: string) =>
        field.filterOptions({ data: { status: current, statusHistory: history }, options: field.options, req: {}, siblingData: {} }).map((o: any) => o.value)
      expect(offered([{ status: 'ontvangen' }], 'ontvangen').sort()).toEqual(
        ['beantwoord-door-coordinator', 'doorgezet', 'doorverwezen', 'expert-gekoppeld', 'in-behandeling', 'ontvangen'].sort(),
      )
      // The form's own value may already be the next choice: the history says where the question is.
      expect(offered([{ status: 'ontvangen' }, { status: 'advies-gegeven' }], 'doorverwezen').sort()).toEqual(['advies-gegeven', 'afgesloten', 'expert-gekoppeld'].sort())
      expect(offered([{ status: 'afgesloten' }], 'afgesloten')).toEqual(['afgesloten'])
      expect(offered([], 'ontvangen')).toEqual(['ontvangen'])
    })
  })

  describe('the assigned staff see who asked', () => {
    it('the expert and platform member get name, organisation and preferred contact; not the account', async () => {
      const id = await newQuestion({ platformMember: ids.platformMember, experts: [ids.expert] })
      for (const name of ['expert', 'platformMember']) {
        const question = await payload.findByID({ collection: 'caseQuestions', id, ...as(name) })
        expect(question.asker).toEqual({
          name: 'Eva de Vrager',
          organisation: 'Buurtteam Oost',
          email: users.asker.email,
          contact: `Telefoon; bereikbaar via ${users.asker.email}`,
        })
        expect(question.askedBy).toBeUndefined()
        // No wider read of professionals: the account list stays closed.
        const accounts = await payload.find({ collection: 'professionals', ...as(name) }).catch(() => ({ docs: [] }))
        expect(accounts.docs).toEqual([])
      }
      // Over REST, as the admin asks for it: the asker in the document, no request to /api/professionals needed.
      const rest = await api.rest('get', `/caseQuestions/${id}`, { token: tokens.expert })
      expect(rest.status).toBe(200)
      expect(rest.body.asker.name).toBe('Eva de Vrager')
      expect(rest.body.askedBy).toBeUndefined()
      expect((await api.rest('get', `/professionals/${ids.asker}`, { token: tokens.expert })).status).toBe(403)
    })

    it('nobody else gets the asker: not an expert of another question, not the professional, not a list', async () => {
      const id = await newQuestion({ experts: [ids.expert] })
      await expect(payload.findByID({ collection: 'caseQuestions', id, ...as('otherExpert') })).rejects.toThrow()
      const own = await payload.findByID({ collection: 'caseQuestions', id, ...as('asker') })
      expect(own.asker).toBeUndefined()
      expect(String(own.askedBy)).toBe(ids.asker)
      const list = await payload.find({ collection: 'caseQuestions', ...as('expert'), pagination: false })
      expect(list.docs.every((doc) => !doc.asker?.email)).toBe(true)
      const coordinatorView = await payload.findByID({ collection: 'caseQuestions', id, ...as('coordinator') })
      expect(coordinatorView.asker?.name).toBe('Eva de Vrager')
      expect(String(coordinatorView.askedBy)).toBe(ids.asker)
    })
  })

  describe('an advice is a draft until the coordinator releases it', () => {
    it('a half-written advice reaches neither the professional’s mailbox nor their API', async () => {
      const id = await newQuestion({ experts: [ids.expert] })
      await payload.jobs.run()
      const before = smtp.messages.length
      const saved = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.expert, body: { advice: { advice: 'Half geschreven: eerst nog' } } })
      expect(saved.status, saved.text).toBe(200)
      expect(saved.body.doc.status).toBe('expert-gekoppeld')
      await payload.jobs.run()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(smtp.messages.slice(before).filter((m) => (m.parsed.subject ?? '').startsWith('Antwoord op je vraag')).map((m) => m.parsed.subject)).toEqual([])
      expect(smtp.messages.some((m) => (m.parsed.text ?? '').includes('Half geschreven'))).toBe(false)
      const asAsker = await api.rest('get', `/caseQuestions/${id}`, { token: tokens.asker })
      expect(asAsker.status).toBe(200)
      expect(asAsker.body.advice).toBeUndefined()
      expect(asAsker.text).not.toContain('Half geschreven')
      // Not by a query either.
      const probe = await api.rest('get', `/caseQuestions?where[advice.advice][like]=Half`, { token: tokens.asker })
      expect(probe.text).not.toContain('Half geschreven')
      expect(probe.body?.docs ?? []).toEqual([])
      const graphql = await api.graphql(`{ CaseQuestion(id: "${id}") { status advice { advice } } }`, { token: tokens.asker })
      expect(graphql.text).not.toContain('Half geschreven')
    })

    it('the coordinator may answer a question herself: that releases her answer', async () => {
      const id = await newQuestion()
      const answered = await payload.update({
        collection: 'caseQuestions',
        id,
        data: { status: 'beantwoord-door-coordinator', advice: { advice: 'Neem contact op met het buurtteam.' } },
        ...as('coordinator'),
      })
      expect(answered.advice?.state).toBe('vrijgegeven')
      expect((await payload.findByID({ collection: 'caseQuestions', id, ...as('asker') })).advice?.advice).toBe('Neem contact op met het buurtteam.')
    })

    it('refuses “advies gegeven” without an advice, with the reason', async () => {
      const id = await newQuestion({ experts: [ids.expert] })
      const answer = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.coordinator, body: { status: 'advies-gegeven' } })
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toContain('Er is nog geen advies')
    })
  })

  describe('the audit log', () => {
    it('logs a viewing once, however often the admin reads the question, with the reference and field labels', async () => {
      const id = await newQuestion()
      for (let i = 0; i < 5; i++) await payload.findByID({ collection: 'caseQuestions', id, ...as('coordinator') })
      // A read that selects other fields still logs the reference.
      const other = await newQuestion()
      await payload.findByID({ collection: 'caseQuestions', id: other, ...as('coordinator'), select: { status: true } })
      await payload.update({ collection: 'caseQuestions', id, data: { assignedPlatformMember: ids.platformMember, notes: 'Vertrouwelijk' }, ...as('coordinator') })
      const { docs } = await payload.find({ collection: 'caseAuditLog', where: { caseQuestion: { in: [id, other] } }, sort: 'createdAt', ...as('coordinator'), pagination: false })
      const views = docs.filter((entry) => entry.action === 'bekeken')
      expect(views.map((entry) => String(entry.caseQuestion)).sort()).toEqual([id, other].sort())
      expect(docs.every((entry) => /^CV-\d{4}-\d{4}$/.test(entry.reference ?? ''))).toBe(true)
      const change = docs.find((entry) => entry.action === 'gewijzigd')!
      expect(change.fields).toContain('Platformlid')
      expect(change.fields).toContain('Interne notities')
      expect(change.fields).not.toMatch(/assignedPlatformMember|notes/)
      expect(JSON.stringify(docs)).not.toContain('Vertrouwelijk')
    })
  })

  describe('Dutch in the admin', () => {
    it('a duplicated page gets a Dutch, unique slug: -kopie, then -kopie-2', async () => {
      const page = await createTrusted(payload, 'pages', { title: 'Over ons', slug: 'over-ons' }, { draft: false })
      const first = await payload.duplicate({ collection: 'pages', id: page, overrideAccess: true, depth: 0 })
      expect(first.slug).toBe('over-ons-kopie')
      const second = await payload.duplicate({ collection: 'pages', id: page, overrideAccess: true, depth: 0 })
      expect(second.slug).toBe('over-ons-kopie-2')
      const ofCopy = await payload.duplicate({ collection: 'pages', id: String(first.id), overrideAccess: true, depth: 0 })
      expect(ofCopy.slug).toBe('over-ons-kopie-3')
    })

    it('a date the server would have to guess is refused at its field, not stored as another day', async () => {
      const id = await newQuestion()
      const before = (await payload.findByID({ collection: 'caseQuestions', id, overrideAccess: true, depth: 0 })).triageDueAt
      // Date.parse reads "1-2-2027" as 2 January and "2026-02-31" as 3 March; "15-12-2026 14:00" not at all.
      const refusals: [string, RegExp][] = [
        ['1-2-2027', /^Dit is geen datum die te lezen is\./],
        ['2026-02-31', /^Dit is geen datum die te lezen is\./],
        // A text typed in the admin gets the typist's own reason (this field takes a day only).
        ['15-12-2026 14:00', /^Hier hoort alleen een datum, zonder tijd\./],
        ['2026-12-15 14:00', /^"2026-12-15 14:00" is geen datum die te lezen is\./],
      ]
      for (const [typed, reason] of refusals) {
        const answer = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.coordinator, body: { triageDueAt: typed } })
        expect(answer.status, typed).toBe(400)
        // The reason at the field, where the admin shows it, with the format to use.
        const [fieldError] = answer.body.errors[0].data.errors
        expect(fieldError.path).toBe('triageDueAt')
        expect(fieldError.message, typed).toMatch(reason)
        expect(fieldError.message, typed).toContain('dd-mm-jjjj')
      }
      expect((await payload.findByID({ collection: 'caseQuestions', id, overrideAccess: true, depth: 0 })).triageDueAt).toBe(before)
      const ok = await api.rest('patch', `/caseQuestions/${id}`, { token: tokens.coordinator, body: { triageDueAt: '2027-02-01T12:00:00.000Z' } })
      expect(ok.status, ok.text).toBe(200)
      expect(ok.body.doc.triageDueAt).toBe('2027-02-01T12:00:00.000Z')
      // A readable date still meets the field's own rule.
      const event = await createTrusted(payload, 'events', { ...eventData('Datumregel'), startsAt: '2026-12-15T13:00:00.000Z', endsAt: '2026-12-15T15:00:00.000Z' })
      const refused = await payload.update({ collection: 'events', id: event, data: { endsAt: '2026-12-15T12:00:00.000Z' }, overrideAccess: true }).catch((error) => error)
      expect(refused.data?.errors).toEqual([{ message: 'Het einde moet na het begin liggen.', path: 'endsAt', label: expect.anything() }])
    })

    it('every date field of every collection gets the Dutch date picker and list cell', () => {
      const dateFields: string[] = []
      const visit = (owner: string, fields: any[]) => {
        for (const field of fields) {
          // Payload's own auth fields (reset expiry, lock) are hidden from every API and the admin.
          if (field.hidden || field.admin?.disabled) continue
          if (field.type === 'date' && !field.admin?.hidden) {
            dateFields.push(`${owner}.${field.name}`)
            expect(field.admin?.components?.Field, `${owner}.${field.name}`).toBe('/src/cms/shared/components/DutchDateField#DutchDateField')
          }
          if (field.type === 'date') expect(field.admin?.components?.Cell, `${owner}.${field.name}`).toBe('/src/cms/shared/components/DutchDateCell#DutchDateCell')
          if (field.fields) visit(`${owner}.${field.name ?? ''}`, field.fields)
          if (field.tabs) for (const tab of field.tabs) visit(owner, tab.fields)
          if (field.blocks) for (const block of field.blocks) visit(owner, block.fields)
        }
      }
      for (const collection of payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))) visit(collection.slug, collection.fields)
      for (const global of payload.config.globals.filter((g) => !g.slug.startsWith('payload-'))) visit(global.slug, global.fields.filter((f: any) => !['createdAt', 'updatedAt'].includes(f.name)))
      expect(dateFields).toContain('membershipApplications.introductionMeetingAt')
      expect(dateFields).toContain('newsletters.scheduledAt')
      expect(dateFields.length).toBeGreaterThan(30)
      expect(payload.config.admin.dateFormat).toBe('dd-MM-yyyy HH:mm')
    })
  })

  describe('partner invitations', () => {
    it('an address in the organisation’s domains is invited at once', async () => {
      const answer = await api.rest('post', '/users/invite', { token: tokens.editor, body: { name: 'Collega Binnen', email: 'collega@zorgnoord.nl' } })
      expect(answer.status, answer.text).toBe(201)
      await payload.jobs.run()
      await smtp.waitFor((m) => m.envelopeTo.includes('collega@zorgnoord.nl') && (m.parsed.subject ?? '').startsWith('Uitnodiging'))
    })

    it('an address elsewhere waits for the coordinator, who approves; the inviter is told', async () => {
      const answer = await api.rest('post', '/users/invite', { token: tokens.editor, body: { name: 'Iemand Buiten', email: 'iemand@gmail.example' } })
      expect(answer.status, answer.text).toBe(202)
      expect(answer.body.message).toContain('De coördinator beoordeelt de uitnodiging eerst')
      expect((await payload.find({ collection: 'users', where: { email: { equals: 'iemand@gmail.example' } }, overrideAccess: true })).docs).toEqual([])
      // Asking twice makes no second request.
      await api.rest('post', '/users/invite', { token: tokens.editor, body: { name: 'Iemand Buiten', email: 'iemand@gmail.example' } })
      const pending = await payload.find({ collection: 'editorInvitations', where: { email: { equals: 'iemand@gmail.example' } }, ...as('editor') })
      expect(pending.docs).toHaveLength(1)
      expect(pending.docs[0].status).toBe('wacht-op-goedkeuring')
      await payload.jobs.run()
      await smtp.waitFor((m) => m.envelopeTo.includes('coordinator-traps@example.org') && (m.parsed.subject ?? '').startsWith('Uitnodiging ter goedkeuring'))
      expect(smtp.messages.some((m) => m.envelopeTo.includes('iemand@gmail.example'))).toBe(false)

      // The editor cannot approve their own request.
      await expect(payload.update({ collection: 'editorInvitations', id: pending.docs[0].id, data: { status: 'goedgekeurd' }, ...as('editor') })).rejects.toThrow()
      const approved = await payload.update({ collection: 'editorInvitations', id: pending.docs[0].id, data: { status: 'goedgekeurd' }, ...as('coordinator') })
      expect(approved.decidedAt).toBeTruthy()
      await payload.jobs.run()
      await smtp.waitFor((m) => m.envelopeTo.includes('iemand@gmail.example') && (m.parsed.subject ?? '').startsWith('Uitnodiging'))
      await smtp.waitFor((m) => m.envelopeTo.includes(String(users.editor.email)) && (m.parsed.subject ?? '').startsWith('Uitnodiging goedgekeurd'))
      const account = await payload.find({ collection: 'users', where: { email: { equals: 'iemand@gmail.example' } }, overrideAccess: true, depth: 0 })
      expect(account.docs[0].roles).toEqual(['partnerEditor'])
      expect(String(account.docs[0].organisation)).toBe(ids.organisation)
      // Decided once.
      const again = await api.rest('patch', `/editorInvitations/${pending.docs[0].id}`, { token: tokens.coordinator, body: { status: 'afgewezen' } })
      expect(again.status).toBe(400)
      expect(again.body.errors[0].message).toContain('al beslist')
    })

    it('a refused invitation makes no account, and the inviter hears so', async () => {
      await api.rest('post', '/users/invite', { token: tokens.editor, body: { name: 'Niet Welkom', email: 'niet@elders.example' } })
      const [pending] = (await payload.find({ collection: 'editorInvitations', where: { email: { equals: 'niet@elders.example' } }, overrideAccess: true })).docs
      await payload.update({ collection: 'editorInvitations', id: pending.id, data: { status: 'afgewezen', decisionNote: 'Geen medewerker.' }, ...as('coordinator') })
      await payload.jobs.run()
      const told = await smtp.waitFor((m) => m.envelopeTo.includes(String(users.editor.email)) && (m.parsed.subject ?? '').startsWith('Uitnodiging niet goedgekeurd'))
      expect(told.parsed.text).toContain('Geen medewerker.')
      expect((await payload.find({ collection: 'users', where: { email: { equals: 'niet@elders.example' } }, overrideAccess: true })).docs).toEqual([])
      expect(smtp.messages.some((m) => m.envelopeTo.includes('niet@elders.example'))).toBe(false)
    })

    it('a coordinator’s own invitation needs no approval', async () => {
      const answer = await api.rest('post', '/users/invite', {
        token: tokens.coordinator,
        body: { name: 'Door Coördinator', email: 'extern@elders.example', organisation: ids.organisation },
      })
      expect(answer.status, answer.text).toBe(201)
    })
  })
})

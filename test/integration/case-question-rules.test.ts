import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseQuestionData, createTrusted, professionalData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The rules of a case question live in the collection: the Local API as an approved
 * professional (what the site's form does) and Payload's REST handler (what any client can
 * call) are refused the same way, with a 400 and the Dutch message on the field. The limit is
 * per account and counts only stored questions.
 */

let cms: TestPayload
let payload: Payload
let config: SanitizedConfig

interface RestAnswer {
  status: number
  body: Record<string, any>
}

async function rest(method: string, path: string, token?: string, body?: unknown): Promise<RestAnswer> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

/** The field messages of a refused REST call, keyed by field path. */
function fieldMessages(answer: RestAnswer): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const error of answer.body.errors ?? []) {
    for (const field of error.data?.errors ?? []) messages[field.path] = field.message
  }
  return messages
}

/** The field messages of a refused Local API call. */
async function localRefusal(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise
  } catch (error) {
    const messages: Record<string, string> = {}
    for (const field of (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []) messages[field.path] = field.message
    return messages
  }
  throw new Error('De vraag werd niet geweigerd.')
}

interface Account {
  user: Record<string, unknown>
  token: string
}

async function professional(tag: string): Promise<Account> {
  const data = professionalData(tag)
  const id = await createTrusted(payload, 'professionals', data)
  const user = { ...(await payload.findByID({ collection: 'professionals', id, overrideAccess: true, depth: 0 })), collection: 'professionals' }
  const { token } = await payload.login({ collection: 'professionals', data: { email: data.email, password: testPassword } })
  return { user, token: token! }
}

async function staff(tag: string, roles: string[]): Promise<Account> {
  const data = staffData(tag, roles)
  const id = await createTrusted(payload, 'users', data)
  const user = { ...(await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })), collection: 'users' }
  const { token } = await payload.login({ collection: 'users', data: { email: data.email, password: testPassword } })
  return { user, token: token! }
}

/** A question that passes every rule; `askedBy` is set by the collection for a professional. */
const cleanQuestion = (extra: Record<string, unknown> = {}) => {
  const { askedBy: _askedBy, ...data } = caseQuestionData('')
  return { ...data, ...extra }
}

async function storedCount(account: Account): Promise<number> {
  return (await payload.count({ collection: 'caseQuestions', where: { askedBy: { equals: String(account.user.id) } }, overrideAccess: true })).totalDocs
}

const identifying = [
  ['een BSN', 'Jongere loopt vast op school, BSN 111222333, wat kunnen we doen?', 'burgerservicenummer'],
  ['een geboortedatum', 'Jongere (geboren 12-03-2010) loopt vast op school, wat kunnen we doen?', 'geboortedatum'],
  ['een telefoonnummer', 'Jongere loopt vast op school; moeder is bereikbaar op 06-12345678.', 'telefoonnummer'],
  ['een IBAN', 'Het pgb gaat naar NL91 ABNA 0417 1643 00; de jongere loopt vast op school.', 'rekeningnummer'],
  ['een e-mailadres', 'Jongere loopt vast op school, mail de moeder op ouder@voorbeeld.nl voor meer.', 'e-mailadres'],
  ['een postcode met huisnummer', 'Jongere woont op 1012 AB 12 en loopt vast op school, wat nu?', 'postcode met huisnummer'],
] as const

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  config = payload.config
})
afterAll(async () => {
  await cms?.close()
})

describe('the privacy guard in the collection', () => {
  for (const [what, question, message] of identifying) {
    it(`refuses ${what} through the Local API as an approved professional`, async () => {
      const asker = await professional(`local ${what}`)
      const messages = await localRefusal(
        payload.create({ collection: 'caseQuestions', data: cleanQuestion({ question }) as never, user: asker.user, overrideAccess: false }),
      )
      expect(messages.question).toContain(message)
      expect(await storedCount(asker)).toBe(0)
    })

    it(`refuses ${what} through REST with 400 and the Dutch message on the field`, async () => {
      const asker = await professional(`rest ${what}`)
      const answer = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ question }))
      expect(answer.status).toBe(400)
      expect(fieldMessages(answer).question).toContain(message)
      expect(await storedCount(asker)).toBe(0)
    })
  }

  it('refuses the same through GraphQL', async () => {
    const asker = await professional('graphql')
    // GraphQL marks the required fields with a default (status) and askedBy as required input; the collection overrides both.
    const query = `mutation Ask($question: String!, $askedBy: String!) {
      createCaseQuestion(data: { network: jeugd, question: $question, status: ontvangen, askedBy: $askedBy, context: { age: 14 }, consent: { parentsInformed: true, youngPersonInformed: true } }) { id }
    }`
    const ask = async (question: string) => {
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${asker.token}` },
          body: JSON.stringify({ query, variables: { question, askedBy: String(asker.user.id) } }),
        }),
      )
      return (await response.json()) as { data?: { createCaseQuestion?: { id: string } | null }; errors?: { extensions?: { statusCode?: number; data?: { errors?: { path: string; message: string }[] } } }[] }
    }
    const refused = await ask('Jongere loopt vast op school, BSN 111222333, wat kunnen we doen?')
    expect(refused.errors?.[0].extensions?.statusCode).toBe(400)
    expect(refused.errors?.[0].extensions?.data?.errors?.[0]).toMatchObject({ path: 'question', message: expect.stringContaining('burgerservicenummer') })
    expect(await storedCount(asker)).toBe(0)
    expect((await ask('Jongere met LVB en trauma loopt thuis vast, welke behandeling past?')).data?.createCaseQuestion?.id).toBeTruthy()
  })

  it('checks every free text of the intake, not only the question', async () => {
    const asker = await professional('intake fields')
    const answer = await rest(
      'POST',
      '/caseQuestions',
      asker.token,
      cleanQuestion({ context: { age: 14, triedSoFar: 'Gebeld met 020-1234567.', involved: 'Moeder, bereikbaar via ouder@voorbeeld.nl' } }),
    )
    expect(answer.status).toBe(400)
    const messages = fieldMessages(answer)
    expect(messages['context.triedSoFar']).toContain('telefoonnummer')
    expect(messages['context.involved']).toContain('e-mailadres')
  })

  it('checks the texts staff write about a case (notes, advice), and only what changes', async () => {
    const asker = await professional('staff texts')
    const coordinator = await staff('coordinator texts', ['coordinator'])
    const expert = await staff('expert texts', ['expert'])
    const created = await rest('POST', '/caseQuestions', asker.token, cleanQuestion())
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const notes = await rest('PATCH', `/caseQuestions/${id}`, coordinator.token, { notes: 'Vader gebeld op 0612345678.' })
    expect(notes.status).toBe(400)
    expect(fieldMessages(notes).notes).toContain('telefoonnummer')

    expect((await rest('PATCH', `/caseQuestions/${id}`, coordinator.token, { assignedExperts: [expert.user.id] })).status).toBe(200)
    const advice = await rest('PATCH', `/caseQuestions/${id}`, expert.token, { advice: { advice: 'Vraag het dossier op met BSN 123456782.' } })
    expect(advice.status).toBe(400)
    expect(fieldMessages(advice)['advice.advice']).toContain('burgerservicenummer')

    const steps = await rest('PATCH', `/caseQuestions/${id}`, expert.token, { advice: { steps: [{ step: 'Huisbezoek op de Dorpsstraat 12' }] } })
    expect(steps.status).toBe(400)
    expect(Object.values(fieldMessages(steps)).join(' ')).toContain('adres')

    const stored = await payload.findByID({ collection: 'caseQuestions', id, overrideAccess: true })
    expect(JSON.stringify(stored)).not.toMatch(/0612345678|123456782|Dorpsstraat/)

    // Only changed text is checked: a question stored before the guard can still be routed.
    await payload.db.updateOne({ collection: 'caseQuestions', id, data: { notes: 'Oude notitie met 06-12345678.' } })
    const routed = await rest('PATCH', `/caseQuestions/${id}`, coordinator.token, { isReturningCase: true })
    expect(routed.status, JSON.stringify(routed.body)).toBe(200)
  })

  it('refuses a 1 MB question by its length, before any pattern', async () => {
    const asker = await professional('megabyte')
    const answer = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ question: 'a@'.repeat(500_000) }))
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).question).toContain('te lang')
  })
})

describe('the crisis stop and the consent rule in the collection', () => {
  it('never stores a question with acute danger or safety concerns, and says where to call', async () => {
    const asker = await professional('crisis')
    for (const urgency of ['acuut', 'veiligheid']) {
      const answer = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ urgency }))
      expect(answer.status).toBe(400)
      expect(fieldMessages(answer).urgency).toContain('Veilig Thuis (0800-2000)')
    }
    const local = await localRefusal(
      payload.create({ collection: 'caseQuestions', data: cleanQuestion({ urgency: 'acuut' }) as never, user: asker.user, overrideAccess: false }),
    )
    expect(local.urgency).toContain('112')
    expect(await storedCount(asker)).toBe(0)
  })

  it('requires the parents to know under 12, both from 12 to 15, the young person from 16', async () => {
    const asker = await professional('consent')
    const ask = (age: number, parentsInformed: boolean, youngPersonInformed: boolean) =>
      rest('POST', '/caseQuestions', asker.token, cleanQuestion({ context: { age }, consent: { parentsInformed, youngPersonInformed } }))

    const child = await ask(10, false, true)
    expect(child.status).toBe(400)
    expect(fieldMessages(child)['consent.parentsInformed']).toContain('de ouders of verzorgers')
    const teenager = await ask(14, true, false)
    expect(teenager.status).toBe(400)
    expect(fieldMessages(teenager)['consent.parentsInformed']).toContain('de jongere')
    const adult = await ask(17, true, false)
    expect(adult.status).toBe(400)
    expect(await storedCount(asker)).toBe(0)

    expect((await ask(10, true, false)).status).toBe(201)
    expect((await ask(17, false, true)).status).toBe(201)
  })

  it('requires the age in whole years when a question is asked', async () => {
    const asker = await professional('age')
    const missing = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ context: {} }))
    expect(missing.status).toBe(400)
    expect(fieldMessages(missing)['context.age']).toContain('leeftijd')
    const fraction = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ context: { age: 14.5 } }))
    expect(fieldMessages(fraction)['context.age']).toContain('hele jaren')
  })

  it('asks a professional to confirm possible names, and does not store the confirmation', async () => {
    const asker = await professional('names')
    const question = 'De moeder van Sanne belt vaak met school over het gedrag thuis.'
    const refused = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ question }))
    expect(refused.status).toBe(400)
    expect(fieldMessages(refused).namesConfirmed).toContain('Sanne')
    const confirmed = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ question, namesConfirmed: true }))
    expect(confirmed.status).toBe(201)
    const stored = await payload.findByID({ collection: 'caseQuestions', id: confirmed.body.doc.id, overrideAccess: true })
    expect(stored.namesConfirmed ?? null).toBeNull()
  })
})

describe('the limit counts accepted questions per account', () => {
  it('lets the ninth, valid question through after eight refusals', async () => {
    const asker = await professional('eight refusals')
    for (let attempt = 0; attempt < 8; attempt++) {
      const answer = await rest('POST', '/caseQuestions', asker.token, cleanQuestion({ question: `Jongere loopt vast, BSN 111222333, poging ${attempt + 1}.` }))
      expect(answer.status).toBe(400)
    }
    const ninth = await rest('POST', '/caseQuestions', asker.token, cleanQuestion())
    expect(ninth.status).toBe(201)
  })

  it('holds across REST and the site (the Local API as the professional), per account, and says when it works again', async () => {
    const asker = await professional('limit')
    // Questions a coordinator registered for the professional are not theirs to count.
    const coordinator = await staff('coordinator registering', ['coordinator'])
    for (let i = 0; i < 3; i++) {
      await payload.create({ collection: 'caseQuestions', data: { ...cleanQuestion(), askedBy: asker.user.id } as never, user: coordinator.user, overrideAccess: false })
    }
    for (let i = 0; i < 10; i++) expect((await rest('POST', '/caseQuestions', asker.token, cleanQuestion())).status).toBe(201)

    const overRest = await rest('POST', '/caseQuestions', asker.token, cleanQuestion())
    expect(overRest.status).toBe(429)
    expect(overRest.body.errors[0].message).toMatch(/Vanaf \d{2}:\d{2} \(over \d+ minuten\) kun je weer een vraag stellen/)

    let siteError: { status?: number; message?: string } = {}
    await payload
      .create({ collection: 'caseQuestions', data: cleanQuestion() as never, user: asker.user, overrideAccess: false })
      .catch((error: { status?: number; message?: string }) => (siteError = error))
    expect(siteError.status).toBe(429)
    expect(siteError.message).toContain('10 vragen')
    expect(await storedCount(asker)).toBe(13)

    // A colleague (same office, same address) is not limited by it.
    const colleague = await professional('colleague')
    expect((await rest('POST', '/caseQuestions', colleague.token, cleanQuestion())).status).toBe(201)
  })
})

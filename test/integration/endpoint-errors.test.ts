import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCoordinatorUser } from '../../src/cms/shared/access/roles'
import { authorisedEndpoint, endpointError, errorMessageOf, fieldErrorsOf } from '../../src/cms/shared/endpoints'
import { answerOf } from '../helpers/apiAnswer'
import { apiFor, type Api } from '../helpers/api'
import { createTrusted, newsletterData, organisationData, professionalData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The one authorisation helper and error shape of the custom endpoints: the helper on requests
 * made by Payload itself (createLocalReq), and every custom endpoint of the configuration over
 * Payload's REST handler, refusing a visitor with 401 and a logged-in outsider with 403, both in
 * Payload's error shape `{ errors: [{ message }] }` with a Dutch message.
 */
let cms: TestPayload
let payload: Payload
let api: Api
const people: Record<string, Record<string, unknown>> = {}
const tokens: Record<string, string | undefined> = {}
const ids: Record<string, string> = {}
const trusted = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  api = await apiFor(payload)
  ids.organisation = await createTrusted(payload, 'organisations', organisationData('fouten'), { draft: false })
  ids.newsletter = await createTrusted(payload, 'newsletters', newsletterData('fouten'))
  for (const [actor, roles] of [['coordinator', ['coordinator']], ['expert', ['expert']]] as const) {
    const id = await createTrusted(payload, 'users', staffData(`fouten ${actor}`, [...roles], actor === 'expert' ? ids.organisation : undefined))
    people[actor] = { ...(await payload.findByID({ collection: 'users', id, ...trusted })), collection: 'users' }
    tokens[actor] = await api.login('users', String(people[actor].email), testPassword)
  }
  await createTrusted(payload, 'professionals', professionalData('fouten'))
  tokens.professional = await api.login('professionals', professionalData('fouten').email, testPassword)
})
afterAll(async () => {
  await cms?.close()
})

async function call(endpoint: Endpoint, user?: Record<string, unknown>) {
  const req = await createLocalReq({ user: user as never }, payload)
  return answerOf(await endpoint.handler(req))
}

describe('authorisedEndpoint', () => {
  const ran: string[] = []
  const endpoint = authorisedEndpoint({
    path: '/proef',
    method: 'get',
    allow: isCoordinatorUser,
    forbidden: 'Alleen voor coördinatoren.',
    handler: (req) => {
      ran.push(String(req.user.id))
      return Response.json({ ok: true })
    },
  })

  it('answers 401 without login and 403 to a user the rule refuses, in Payload’s error shape, without running the handler', async () => {
    const anonymous = await call(endpoint)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toEqual({ errors: [{ message: 'Log in om dit te doen.' }] })
    expect(anonymous.headers.get('content-type')).toMatch(/application\/json/)
    const expert = await call(endpoint, people.expert)
    expect(expert.status).toBe(403)
    expect(expert.body).toEqual({ errors: [{ message: 'Alleen voor coördinatoren.' }] })
    expect(ran).toEqual([])
  })

  it('runs the handler for an allowed user, with the user', async () => {
    const answer = await call(endpoint, people.coordinator)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ ok: true })
    expect(ran).toEqual([String(people.coordinator.id)])
  })

  it('carries field messages as Payload’s validation errors do, and reads them back', async () => {
    const answer = await answerOf(endpointError(400, 'Controleer de gegevens.', { email: 'Vul een geldig e-mailadres in.' }))
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ errors: [{ message: 'Controleer de gegevens.', data: { errors: [{ path: 'email', message: 'Vul een geldig e-mailadres in.' }] } }] })
    expect(errorMessageOf(answer.body)).toBe('Controleer de gegevens.')
    expect(fieldErrorsOf(answer.body)).toEqual({ email: 'Vul een geldig e-mailadres in.' })
    expect(fieldErrorsOf({ errors: [{ message: 'Te veel', data: { retryAfterSeconds: 60 } }] })).toEqual({})
    expect(errorMessageOf({ message: 'oud' })).toBeUndefined()
  })
})

/** Every custom endpoint that needs a login, as a request anyone can send. */
const guarded = (): [string, string, unknown?][] => [
  ['get', '/caseQuestions/monitoring?jaar=2031'],
  ['get', '/monitoring/bijeenkomsten?jaar=2031'],
  ['get', '/monitoring/bijeenkomsten/onbekend/presentielijst'],
  ['post', '/monitoring/bijeenkomsten/onbekend/presentie', {}],
  ['get', '/monitoring/nieuwsbrief?jaar=2031'],
  ['get', '/organisations/freshness-overview'],
  ['post', '/organisations/freshness-reminders', {}],
  ['post', '/organisations/partner-digest', {}],
  ['post', `/organisations/${ids.organisation}/confirm-current`, {}],
  ['post', `/offerings/${ids.organisation}/confirm-current`, {}],
  ['post', `/experts/${ids.organisation}/confirm-current`, {}],
  ['post', '/users/invite', { name: 'X Y', email: 'xy@example.org' }],
  ['get', '/subscribers/export'],
  ['get', `/newsletters/${ids.newsletter}/voorbeeld`],
]

const dutchRefusal = (body: unknown) => {
  expect(body).toEqual({ errors: [{ message: expect.any(String) }] })
  expect(errorMessageOf(body)).toMatch(/^[A-Z].*[a-zë]/)
  expect(errorMessageOf(body)).not.toMatch(/Unauthorized|Forbidden|not allowed/i)
}

describe('the custom endpoints of the configuration', () => {
  it('answer a visitor 401 and a logged-in professional 403, in one shape', async () => {
    for (const [method, path, body] of guarded()) {
      const anonymous = await api.rest(method, path, { body })
      expect(anonymous.status, `${method} ${path}: ${anonymous.text}`).toBe(401)
      dutchRefusal(anonymous.body)
      const professional = await api.rest(method, path, { token: tokens.professional, body })
      expect(professional.status, `${method} ${path}: ${professional.text}`).toBe(403)
      dutchRefusal(professional.body)
    }
  })

  it('answer what is missing with 404 and a refused token with 403, in the same shape', async () => {
    const missing = await api.rest('post', `/offerings/${ids.organisation}/confirm-current`, { token: tokens.coordinator, body: {} })
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({ errors: [{ message: 'Dit item bestaat niet.' }] })
    const edition = await api.rest('get', '/newsletters/onbekend/voorbeeld', { token: tokens.coordinator })
    expect(edition.status).toBe(404)
    expect(edition.body).toEqual({ errors: [{ message: 'Deze nieuwsbrief bestaat niet.' }] })
    const token = await api.rest('post', `/professionals/verify/${'a'.repeat(40)}`, { body: {} })
    expect(token.status).toBe(403)
    dutchRefusal(token.body)
  })

  it('answer invalid input 400 with the messages per field', async () => {
    const invalid = await api.rest('post', '/users/invite', { token: tokens.coordinator, body: { name: '', email: 'geen-adres', organisation: ids.organisation } })
    expect(invalid.status).toBe(400)
    expect(errorMessageOf(invalid.body)).toBe('Controleer de gegevens.')
    expect(fieldErrorsOf(invalid.body)).toMatchObject({ name: expect.any(String), email: 'Vul een geldig e-mailadres in.' })
  })
})

import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventRegistrationService } from '../../src/domain/events/registrationForm'
import { createTrusted, eventData, professionalData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Registering a professional account and registering for an event: the rules (password
 * length, field lengths, plain names without markup or links, the e-mail address) live in the
 * collections, so REST and the site's Local API calls are refused alike, with the Dutch message
 * on the field.
 */

let cms: TestPayload
let payload: Payload
let config: SanitizedConfig

async function rest(method: string, path: string, body?: unknown, token?: string) {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

function fieldMessages(answer: { body: Record<string, any> }): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const error of answer.body.errors ?? []) for (const field of error.data?.errors ?? []) messages[field.path] = field.message
  return messages
}

const registration = (tag: string, extra: Record<string, unknown> = {}) => {
  const { status: _status, _verified, ...data } = professionalData(tag)
  return { ...data, password: 'een-lang-wachtwoord', ...extra }
}

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  config = payload.config
})
afterAll(async () => {
  await cms?.close()
})

describe('professional accounts', () => {
  it('refuses a short password on registration, with the Dutch message', async () => {
    const answer = await rest('POST', '/professionals', registration('short password', { password: 'kort12' }))
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).password).toBe('Kies een wachtwoord van minstens 10 tekens.')
    expect((await rest('POST', '/professionals', registration('long password', { password: 'x'.repeat(201) }))).status).toBe(400)
  })

  it('refuses markup and web addresses in names, and over-long fields, all at once', async () => {
    const answer = await rest(
      'POST',
      '/professionals',
      registration('markup', {
        name: '<img src=x onerror=alert(1)>',
        organisationName: 'Win geld op https://spam.example',
        jobTitle: 'x'.repeat(500),
        registerNumber: 'y'.repeat(100),
        professionalRegister: 'skj',
      }),
    )
    expect(answer.status).toBe(400)
    const messages = fieldMessages(answer)
    expect(messages.name).toContain('zonder webadres')
    expect(messages.organisationName).toContain('zonder webadres')
    expect(messages.jobTitle).toBe('Deze functie is te lang (hoogstens 120 tekens).')
    expect(messages.registerNumber).toContain('te lang')
    const www = await rest('POST', '/professionals', registration('www', { name: 'Kijk op www.spam.example' }))
    expect(fieldMessages(www).name).toContain('zonder webadres')
  })

  it('checks the length of the e-mail address before its format', async () => {
    const answer = await rest('POST', '/professionals', registration('long email', { email: `${'a'.repeat(300)}@example.org` }))
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).email).toBe('Dit e-mailadres is te lang.')
    const megabyte = await rest('POST', '/professionals', registration('megabyte email', { email: `${'a.'.repeat(500_000)}@x` }))
    expect(fieldMessages(megabyte).email).toBe('Dit e-mailadres is te lang.')
  })

  it('applies the same rules when a professional edits the account or resets the password, and only to what changes', async () => {
    const data = professionalData('edits')
    const id = await createTrusted(payload, 'professionals', data)
    const { token } = await payload.login({ collection: 'professionals', data: { email: data.email, password: testPassword } })
    const rename = await rest('PATCH', `/professionals/${id}`, { name: 'Jan <b>de Vries</b>' }, token)
    expect(rename.status).toBe(400)
    expect(fieldMessages(rename).name).toContain('zonder webadres')
    const shortPassword = await rest('PATCH', `/professionals/${id}`, { password: 'kort' }, token)
    expect(shortPassword.status).toBe(400)
    expect(fieldMessages(shortPassword).password).toContain('minstens 10 tekens')

    const reset = await payload.forgotPassword({ collection: 'professionals', data: { email: data.email }, disableEmail: true })
    const resetShort = await rest('POST', '/professionals/reset-password', { token: reset, password: 'kort' })
    expect(resetShort.status).toBe(400)
    expect(fieldMessages(resetShort).password).toContain('minstens 10 tekens')
    expect((await rest('POST', '/professionals/reset-password', { token: reset, password: 'een-nieuw-lang-wachtwoord' })).status).toBe(200)

    // Only changed values are checked: an account stored before the rules can still be approved.
    const older = await createTrusted(payload, 'professionals', professionalData('older', 'wacht-op-goedkeuring'))
    await payload.db.updateOne({ collection: 'professionals', id: older, data: { jobTitle: 'x'.repeat(300) } })
    const coordinator = staffData('approver', ['coordinator'])
    await createTrusted(payload, 'users', coordinator)
    const staff = await payload.login({ collection: 'users', data: { email: coordinator.email, password: testPassword } })
    expect((await rest('PATCH', `/professionals/${older}`, { status: 'goedgekeurd' }, staff.token)).status).toBe(200)
  })

})

describe('event registrations', () => {
  const service = () => payload.collections.eventRegistrations.config.custom.registrationService as EventRegistrationService<Payload>

  it('refuses markup, links and over-long values through the site’s registration service', async () => {
    const eventId = await createTrusted(payload, 'events', { ...eventData('rules'), capacity: 10 }, { draft: false })
    let refused: { data?: { errors?: { path: string; message: string }[] } } = {}
    await service()
      .register(payload, eventId, { name: 'Anna <script>', email: 'anna@example.org', organisation: 'o'.repeat(151) })
      .catch((error) => (refused = error))
    const messages = Object.fromEntries((refused.data?.errors ?? []).map((e) => [e.path, e.message]))
    expect(messages.name).toContain('zonder webadres')
    expect(messages.organisation).toBe('De naam van je organisatie mag hoogstens 150 tekens lang zijn.')
    expect((await payload.count({ collection: 'eventRegistrations', where: { event: { equals: eventId } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses the same when a coordinator edits a registration through REST', async () => {
    const eventId = await createTrusted(payload, 'events', eventData('edit rules'), { draft: false })
    const id = await createTrusted(payload, 'eventRegistrations', { event: eventId, name: 'Anna', email: 'anna2@example.org', organisation: 'MEE', status: 'aangemeld' })
    const coordinator = staffData('registrations', ['coordinator'])
    await createTrusted(payload, 'users', coordinator)
    const { token } = await payload.login({ collection: 'users', data: { email: coordinator.email, password: testPassword } })
    const answer = await rest('PATCH', `/eventRegistrations/${id}`, { name: 'Zie https://spam.example', email: 'geen-adres' }, token)
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).name).toContain('zonder webadres')
    expect(fieldMessages(answer).email).toBe('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.')
  })
})

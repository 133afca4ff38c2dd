/**
 * The one form-handling step of every site form (src/site/lib/handleForm.ts): posted as a
 * browser posts (urlencoded Request bodies), refused by Payload's own error classes, limited by
 * the portal's real limiters (each test posts from an address of its own).
 */
import crypto from 'node:crypto'
import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { STARTED_AT_FIELD } from '../../src/domain/formGuard'
import { answerOf } from '../../src/domain/forms/formAnswer'
import { LIMITS } from '../../src/domain/rateLimit/limits'
import { checkWith, FormRefusal, handleForm, linkToken, TOO_FAST, UNREADABLE_FORM, type FormPage, type FormSpec } from '../../src/site/lib/handleForm'
import { z } from 'zod'

interface Logged {
  err: unknown
  msg: string
}

function pageFor(body: BodyInit, contentType = 'application/x-www-form-urlencoded'): FormPage & { logged: Logged[] } {
  const logged: Logged[] = []
  return {
    request: new Request('http://localhost/formulier', { method: 'POST', headers: { 'content-type': contentType }, body }),
    response: { status: 200, headers: new Headers() },
    clientAddress: `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomUUID()}`,
    locals: { payload: { logger: { error: (entry) => logged.push(entry) } } },
    logged,
  }
}

const post = (fields: Record<string, string>) => pageFor(new URLSearchParams(fields).toString())

const nameForm = (overrides: Partial<FormSpec<{ name: string }, string>> = {}): FormSpec<{ name: string }, string> => ({
  read: (form) => ({ name: typeof form.get('name') === 'string' ? String(form.get('name')) : '' }),
  save: async ({ name }) => `opgeslagen: ${name}`,
  ...overrides,
})

describe('handleForm', () => {
  it('saves what passes every step and returns the save result', async () => {
    const page = post({ name: 'Sam' })
    const outcome = await handleForm(page, nameForm())
    expect(outcome).toMatchObject({ saved: true, result: 'opgeslagen: Sam', values: { name: 'Sam' }, errors: {} })
    expect(page.response.status).toBe(200)
  })

  it('answers a body that is no form with 400 and the Dutch message', async () => {
    const page = pageFor('{"name":"Sam"}', 'application/json')
    const outcome = await handleForm(page, nameForm())
    expect(outcome).toMatchObject({ saved: false, values: { name: '' }, errors: { form: UNREADABLE_FORM } })
    expect(page.response.status).toBe(400)
  })

  it('tells a bot it worked without saving, or refuses it, as the form says', async () => {
    let saves = 0
    const save = async () => `${++saves}`
    const pretended = await handleForm(post({ name: 'Bot', website: 'http://spam.example' }), nameForm({ honeypot: { pretend: () => 'gelukt' }, save }))
    expect(pretended).toMatchObject({ saved: true, result: 'gelukt' })
    const page = post({ name: 'Bot', faxnummer: '020' })
    const refused = await handleForm(page, nameForm({ honeypot: { field: 'faxnummer', refuse: 'Niet verstuurd.' }, save }))
    expect(refused).toMatchObject({ saved: false, values: { name: 'Bot' }, errors: { form: 'Niet verstuurd.' } })
    expect(page.response.status).toBe(400)
    expect(saves).toBe(0)
  })

  it('keeps the values and answers 400 with one message per field when the check fails', async () => {
    const page = post({ name: '' })
    const schema = z.object({ name: z.string().min(1, 'Vul je naam in.') })
    const outcome = await handleForm(page, nameForm({ check: (values) => checkWith(schema, values), save: () => Promise.reject(new Error('niet bereikt')) }))
    expect(outcome).toMatchObject({ saved: false, errors: { name: 'Vul je naam in.' } })
    expect(page.response.status).toBe(400)
  })

  it("counts the form in the site's limit: 429 with Retry-After and the note that the values are kept", async () => {
    const spec = nameForm({ limit: { name: 'eventCancellation', message: 'Te vaak.' }, refusals: { keptNote: 'Je gegevens staan er nog.' } })
    const address = `203.0.113.${crypto.randomInt(1, 255)}-${crypto.randomUUID()}`
    for (let i = 0; i < LIMITS.eventCancellation.limit; i++) {
      expect((await handleForm({ ...post({ name: 'Sam' }), clientAddress: address }, spec)).saved).toBe(true)
    }
    const page = { ...post({ name: 'Sam' }), clientAddress: address }
    const outcome = await handleForm(page, spec)
    expect(outcome.saved).toBe(false)
    expect(outcome.values).toEqual({ name: 'Sam' })
    expect(outcome.errors.form).toMatch(/^Te vaak\. .+ Je gegevens staan er nog\.$/)
    expect(page.response.status).toBe(429)
    expect(Number(page.response.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('asks again (200) when the form came back faster than a person fills it in, and moves the start back', async () => {
    const now = Date.now()
    const fast = post({ name: 'Sam', [STARTED_AT_FIELD]: String(now - 100) })
    const outcome = await handleForm(fast, nameForm({ minimumFillMs: 3000 }))
    expect(outcome).toMatchObject({ saved: false, errors: { form: TOO_FAST } })
    expect(fast.response.status).toBe(200)
    expect(Number(outcome.startedAt)).toBeLessThanOrEqual(Date.now() - 3000)
    const slow = post({ name: 'Sam', [STARTED_AT_FIELD]: String(now - 5000) })
    expect(await handleForm(slow, nameForm({ minimumFillMs: 3000 }))).toMatchObject({ saved: true, startedAt: String(now - 5000) })
  })

  it("shows the collection's ValidationError at the form's fields, with the form's status", async () => {
    const refusing = (errors: { path: string; message: string }[]) => async (): Promise<string> => {
      throw new ValidationError({ collection: 'eventRegistrations', errors })
    }
    const page = post({ name: 'Sam' })
    const outcome = await handleForm(
      page,
      nameForm({
        save: refusing([{ path: 'name', message: 'Gebruik een naam zonder webadres.' }, { path: 'event', message: 'Niet zichtbaar.' }]),
        refusals: { field: (path) => (path === 'name' ? path : undefined), status: 422, fallback: 'Niet verwerkt.' },
      }),
    )
    expect(outcome.errors).toEqual({ name: 'Gebruik een naam zonder webadres.' })
    expect(page.response.status).toBe(422)
    const hidden = await handleForm(post({ name: 'Sam' }), nameForm({ save: refusing([{ path: 'event', message: 'x' }]), refusals: { field: () => undefined, fallback: 'Niet verwerkt.' } }))
    expect(hidden.errors).toEqual({ form: 'Niet verwerkt.' })
  })

  it("passes on Payload's limit (429, Retry-After, its Dutch message) and a limit with a retry moment", async () => {
    const page = post({ name: 'Sam' })
    const limited = await handleForm(
      page,
      nameForm({ save: () => Promise.reject(new APIError('Te veel aanvragen. Probeer het over 5 minuten opnieuw.', 429, { retryAfterSeconds: 300 }, true)) }),
    )
    expect(limited.errors).toEqual({ form: 'Te veel aanvragen. Probeer het over 5 minuten opnieuw.' })
    expect(page.response.status).toBe(429)
    expect(page.response.headers.get('retry-after')).toBe('300')

    const later = post({ name: 'Sam' })
    const retryAt = new Date(Date.now() + 90_000).toISOString()
    const outcome = await handleForm(
      later,
      nameForm({ save: () => Promise.reject(new APIError('Je stelde vandaag al drie vragen.', 429, { retryAt }, true)), refusals: { keptNote: 'Je vraag staat nog in het formulier.' } }),
    )
    expect(outcome.errors).toEqual({ form: 'Je stelde vandaag al drie vragen. Je vraag staat nog in het formulier.' })
    expect(later.response.status).toBe(429)
    expect(Number(later.response.headers.get('retry-after'))).toBeGreaterThan(80)
  })

  it("shows a page's own refusal with its status", async () => {
    const page = post({ name: 'Sam' })
    const outcome = await handleForm(page, nameForm({ save: () => Promise.reject(new FormRefusal({ email: 'Bestaat al.' })) }))
    expect(outcome.errors).toEqual({ email: 'Bestaat al.' })
    expect(page.response.status).toBe(400)
    const locked = post({ name: 'Sam' })
    await handleForm(locked, nameForm({ save: () => Promise.reject(new FormRefusal({ form: 'Te veel.' }, 429)) }))
    expect(locked.response.status).toBe(429)
  })

  it('logs an error that is no refusal and shows the Dutch message, or lets it through when the form names none', async () => {
    const failure = new Error('database is locked')
    const page = post({ name: 'Sam' })
    const outcome = await handleForm(page, nameForm({ save: () => Promise.reject(failure), failure: { log: 'Opslaan mislukt', message: 'Probeer het later opnieuw.' } }))
    expect(outcome).toMatchObject({ saved: false, values: { name: 'Sam' }, errors: { form: 'Probeer het later opnieuw.' } })
    expect(page.response.status).toBe(400)
    expect(page.logged).toEqual([{ err: failure, msg: 'Opslaan mislukt' }])
    await expect(handleForm(post({ name: 'Sam' }), nameForm({ save: () => Promise.reject(failure) }))).rejects.toBe(failure)
    // A 500 of Payload's is no refusal either.
    expect(answerOf(new APIError('kapot', 500, undefined, true))).toBeUndefined()
  })
})

describe('linkToken', () => {
  it('takes the token from the posted button, else from the link', async () => {
    const url = new URL('http://localhost/nieuwsbrief/afmelden?token=uit-de-link')
    expect(await linkToken({ request: new Request(url), url })).toBe('uit-de-link')
    const posted = new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=uit-het-formulier' })
    expect(await linkToken({ request: posted, url })).toBe('uit-het-formulier')
    expect(await linkToken({ request: new Request(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), url })).toBe('')
  })
})

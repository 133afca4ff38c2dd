/**
 * One-time links live briefly (src/domain/auth/tokenLifetimes.ts) and an expired one is refused
 * with a Dutch message that says what to do, over REST, GraphQL and the Local API the site uses.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  INVITATION_VALID_MS,
  PASSWORD_RESET_VALID_MS,
  tokenMessages,
  VERIFICATION_VALID_MS,
} from '../../src/domain/auth/tokenLifetimes'
import { apiFor, type Api } from '../helpers/api'
import { createTrusted, organisationData, professionalData, siteSettingsData, staffData, testPassword } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let cms: TestPayload
let payload: Payload
let api: Api
const trusted = { overrideAccess: true as const, depth: 0 }

type Stored = { id: string; resetPasswordToken?: string; resetPasswordExpiration?: string; _verificationToken?: string; verificationExpiresAt?: string; _verified?: boolean }
const stored = async (collection: 'users' | 'professionals', email: string) =>
  (await payload.db.findOne({ collection, where: { email: { equals: email } } })) as unknown as Stored
const expire = (collection: 'users' | 'professionals', id: string, data: Record<string, unknown>) => payload.db.updateOne({ collection, id, data, returning: false })
const past = () => new Date(Date.now() - 1000).toISOString()
const within = (iso: string | undefined, ms: number) => {
  const left = new Date(String(iso)).getTime() - Date.now()
  return left > ms - 60_000 && left <= ms
}

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  api = await apiFor(payload)
  await payload.updateGlobal({ slug: 'siteSettings', data: siteSettingsData as never, ...trusted })
})

afterAll(async () => {
  await cms?.close()
})

describe('password reset links', () => {
  for (const collection of ['users', 'professionals'] as const) {
    it(`${collection}: work for an hour, then are refused in Dutch`, async () => {
      const email = `herstel-${collection}@example.org`
      await createTrusted(payload, collection, collection === 'users' ? { ...staffData('x', ['expert']), email } : { ...professionalData('x'), email })
      expect((await api.rest('post', `/${collection}/forgot-password`, { body: { email } })).status).toBe(200)
      const account = await stored(collection, email)
      expect(within(account.resetPasswordExpiration, PASSWORD_RESET_VALID_MS)).toBe(true)

      await expire(collection, account.id, { resetPasswordExpiration: past() })
      const expired = await api.rest('post', `/${collection}/reset-password`, { body: { token: account.resetPasswordToken, password: 'nieuw-wachtwoord-456' } })
      expect(expired.status).toBe(403)
      expect(expired.body.errors[0].message).toBe(tokenMessages.reset.verlopen)
      // The site calls the Local API: the same refusal, the same words.
      await expect(payload.resetPassword({ collection, data: { token: account.resetPasswordToken!, password: 'nieuw-wachtwoord-456' }, overrideAccess: true })).rejects.toThrow(tokenMessages.reset.verlopen)
      const graph = await api.graphql(`mutation { resetPassword${collection === 'users' ? 'User' : 'Professional'}(token: "${account.resetPasswordToken}", password: "nieuw-wachtwoord-456") { token } }`)
      expect(graph.body.errors[0].message).toBe(tokenMessages.reset.verlopen)

      const unknown = await api.rest('post', `/${collection}/reset-password`, { body: { token: 'f'.repeat(40), password: 'nieuw-wachtwoord-456' } })
      expect(unknown.status).toBe(403)
      expect(unknown.body.errors[0].message).toBe(tokenMessages.reset.ongeldig)

      // A fresh link works, once (Payload allows a new request after 15 seconds; this test does not wait).
      await expire(collection, account.id, { resetPasswordRequestedAt: null })
      expect((await api.rest('post', `/${collection}/forgot-password`, { body: { email } })).status).toBe(200)
      const fresh = await stored(collection, email)
      const reset = await api.rest('post', `/${collection}/reset-password`, { body: { token: fresh.resetPasswordToken, password: 'nieuw-wachtwoord-456' } })
      expect(reset.status, reset.text).toBe(200)
      const again = await api.rest('post', `/${collection}/reset-password`, { body: { token: fresh.resetPasswordToken, password: 'nog-een-wachtwoord-789' } })
      expect(again.status).toBe(403)
    })
  }
})

describe('invitation links', () => {
  it('work for the invitation’s days, then are refused like any reset link', async () => {
    const organisation = await createTrusted(payload, 'organisations', organisationData('uitnodigend'), { draft: false })
    await createTrusted(payload, 'users', staffData('uitnodiger', ['coordinator']))
    const token = await api.login('users', staffData('uitnodiger', []).email, testPassword)
    const invited = await api.rest('post', '/users/invite', { token, body: { name: 'Uitgenodigde', email: 'uitgenodigde@example.org', organisation } })
    expect(invited.status, invited.text).toBe(201)
    const account = await stored('users', 'uitgenodigde@example.org')
    expect(within(account.resetPasswordExpiration, INVITATION_VALID_MS)).toBe(true)
    await expire('users', account.id, { resetPasswordExpiration: past() })
    const late = await api.rest('post', '/users/reset-password', { body: { token: account.resetPasswordToken, password: 'nieuw-wachtwoord-456' } })
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toBe(tokenMessages.reset.verlopen)
  })
})

describe('confirmation links of site accounts', () => {
  async function register(tag: string): Promise<Stored> {
    const { status: _status, _verified, ...data } = professionalData(tag)
    const created = await api.rest('post', '/professionals', { body: data })
    expect(created.status, created.text).toBe(201)
    return stored('professionals', data.email)
  }

  it('work for a day', async () => {
    const account = await register('op tijd')
    expect(within(account.verificationExpiresAt, VERIFICATION_VALID_MS)).toBe(true)
    const confirmed = await api.rest('post', `/professionals/verify/${account._verificationToken}`)
    expect(confirmed.status, confirmed.text).toBe(200)
    expect((await stored('professionals', professionalData('op tijd').email))._verified).toBe(true)
  })

  it('are refused in Dutch once expired, over REST and GraphQL, and a new link is sent', async () => {
    const account = await register('te laat')
    await expire('professionals', account.id, { verificationExpiresAt: past() })
    const refused = await api.rest('post', `/professionals/verify/${account._verificationToken}`)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(tokenMessages.verification.verlopen)
    const after = await stored('professionals', professionalData('te laat').email)
    expect(after._verified).toBe(false)
    // The old link is replaced by a new one, sent by email, that works.
    expect(after._verificationToken).not.toBe(account._verificationToken)
    expect(within(after.verificationExpiresAt, VERIFICATION_VALID_MS)).toBe(true)
    const { docs } = await payload.find({ collection: 'emailLog', where: { to: { equals: professionalData('te laat').email } }, ...trusted, sort: '-createdAt' })
    expect(docs.length).toBe(2)
    const graphOld = await api.graphql(`mutation { verifyEmailProfessional(token: "${account._verificationToken}") }`)
    expect(graphOld.body.errors[0].message).toBe(tokenMessages.verification.ongeldig)

    await expire('professionals', account.id, { verificationExpiresAt: past() })
    const graphExpired = await api.graphql(`mutation { verifyEmailProfessional(token: "${after._verificationToken}") }`)
    expect(graphExpired.body.errors[0].message).toBe(tokenMessages.verification.verlopen)
    const newest = await stored('professionals', professionalData('te laat').email)
    const works = await api.graphql(`mutation { verifyEmailProfessional(token: "${newest._verificationToken}") }`)
    expect(works.body.data.verifyEmailProfessional).toBe(true)
    expect((await stored('professionals', professionalData('te laat').email))._verified).toBe(true)
  })

  it('refuse an unknown token in Dutch', async () => {
    const unknown = await api.rest('post', `/professionals/verify/${'a'.repeat(40)}`)
    expect(unknown.status).toBe(403)
    expect(unknown.body.errors[0].message).toBe(tokenMessages.verification.ongeldig)
  })
})

/**
 * Per-address and per-account limits on login, forgot-password, registration and invitations,
 * one set of limiters for the site and the API: 429 with Retry-After and a Dutch message that
 * says when it works again. Failed logins count per address, per account and address, and per
 * account; successful ones do not. Each test poses as its own addresses (X-Forwarded-For).
 */
import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../../src/domain/rateLimit/limits'
import { formBody, freshAddress, payloadErrorMessage, sameOrigin, send, staffToken, type Answer } from './client'

const json = { 'content-type': 'application/json' }
const unique = () => crypto.randomBytes(4).toString('hex')

function expectTooMany(answer: Answer): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(429)
  const seconds = Number(answer.headers.get('retry-after'))
  expect(seconds).toBeGreaterThan(0)
  const message = payloadErrorMessage(answer.text) ?? answer.text
  expect(message).toContain(`Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`)
}

const login = (collection: string, email: string, password: string, address: string) =>
  send(`/api/${collection}/login`, { method: 'POST', address, headers: json, body: JSON.stringify({ email, password }) })

let coordinator: string
/** A staff account of this test file's own, so its limits touch no other test. */
async function newStaff(roles = ['expert']): Promise<{ email: string; password: string }> {
  const email = `limiet-${unique()}@example.org`
  const password = `wachtwoord-${unique()}`
  const created = await send('/api/users', {
    method: 'POST',
    headers: { ...json, authorization: `JWT ${coordinator}` },
    body: JSON.stringify({ email, password, name: 'Limiet test', roles, organisation: roles.includes('partnerEditor') ? await anyOrganisation() : undefined }),
  })
  expect(created.status, created.text).toBe(201)
  return { email, password }
}

async function anyOrganisation(): Promise<string> {
  const found = JSON.parse((await send('/api/organisations?limit=1&depth=0')).text) as { docs: { id: string }[] }
  return found.docs[0].id
}

beforeAll(async () => {
  coordinator = await staffToken('coordinator@example.org')
})

describe('failed logins', () => {
  it('stop one address guessing one account, without locking the owner out', async () => {
    const { email, password } = await newStaff()
    const stranger = freshAddress()
    for (let i = 0; i < LIMITS.loginFailuresPerAccountAndAddress.limit; i++) {
      expect((await login('users', email, `fout-${i}`, stranger)).status).toBe(401)
    }
    expectTooMany(await login('users', email, 'nog-een-gok', stranger))
    expectTooMany(await login('users', email, password, stranger))
    expect((await login('users', email, password, freshAddress())).status).toBe(200)
  })

  it('stop spraying one account from many addresses', async () => {
    const { email, password } = await newStaff()
    const perPair = LIMITS.loginFailuresPerAccountAndAddress.limit
    const addresses = Math.ceil(LIMITS.loginFailuresPerAccount.limit / perPair)
    for (let a = 0; a < addresses; a++) {
      const address = freshAddress()
      for (let i = 0; i < perPair; i++) await login('users', email, `fout-${a}-${i}`, address)
    }
    expectTooMany(await login('users', email, 'weer-een-gok', freshAddress()))
    expectTooMany(await login('users', email, password, freshAddress()))
  })

  it('stop one address spraying many accounts, but let an office mistype once each', async () => {
    const office = freshAddress()
    const { email, password } = await newStaff()
    for (let colleague = 1; colleague < LIMITS.loginFailuresPerAddress.limit; colleague++) {
      expect((await login('professionals', `collega-${colleague}-${unique()}@example.org`, 'typfout', office)).status).toBe(401)
    }
    expect((await login('users', email, password, office)).status).toBe(200)
    expect((await login('users', email, 'typfout', office)).status).toBe(401)
    expectTooMany(await login('professionals', `nog-een-${unique()}@example.org`, 'typfout', office))
  })

  it('do not count successful logins', async () => {
    const { email, password } = await newStaff()
    const address = freshAddress()
    // Twice the strictest login limit, from one address, for one account.
    for (let i = 0; i < 2 * LIMITS.loginFailuresPerAccountAndAddress.limit; i++) {
      expect((await login('users', email, password, address)).status).toBe(200)
    }
  })

  it('count the same for the site\'s login form as for the API', async () => {
    const address = freshAddress()
    const email = `professional-${unique()}@example.org`
    for (let i = 0; i < LIMITS.loginFailuresPerAccountAndAddress.limit; i++) await login('professionals', email, `fout-${i}`, address)
    const answer = await send('/account/inloggen', {
      method: 'POST',
      address,
      headers: sameOrigin(),
      body: formBody({ email, password: 'nog-een-fout', website: '' }),
    })
    expect(answer.status).toBe(429)
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(answer.text).toMatch(/Te veel mislukte inlogpogingen\. Probeer het over \d+ minuten opnieuw\./)
  })

  it('also through GraphQL', async () => {
    const address = freshAddress()
    const email = `graphql-${unique()}@example.org`
    const mutation = JSON.stringify({ query: `mutation { loginUser(email: "${email}", password: "fout") { token } }` })
    for (let i = 0; i < LIMITS.loginFailuresPerAccountAndAddress.limit; i++) await send('/api/graphql', { method: 'POST', address, headers: json, body: mutation })
    const answer = await send('/api/graphql', { method: 'POST', address, headers: json, body: mutation })
    expect(answer.text).toMatch(/Te veel mislukte inlogpogingen/)
  })
})

describe('forgot-password', () => {
  for (const collection of ['users', 'professionals']) {
    it(`${collection}: per account, whichever address asks, and on the site too`, async () => {
      const email = `vergeten-${unique()}@example.org`
      const ask = () => send(`/api/${collection}/forgot-password`, { method: 'POST', headers: json, body: JSON.stringify({ email }) })
      for (let i = 0; i < LIMITS.passwordResetPerAccount.limit; i++) expect((await ask()).status).toBe(200)
      expectTooMany(await ask())
      if (collection === 'professionals') {
        const site = await send('/account/wachtwoord-vergeten', { method: 'POST', headers: sameOrigin(), body: formBody({ email, website: '' }) })
        expect(site.status).toBe(429)
        expect(site.text).toMatch(/Te veel aanvragen voor een nieuw wachtwoord\. Probeer het over \d+ minuten opnieuw\./)
      }
    })
  }

  it('per address, across accounts', async () => {
    const address = freshAddress()
    for (let i = 0; i < LIMITS.passwordResetPerAddress.limit; i++) {
      await send('/api/users/forgot-password', { method: 'POST', address, headers: json, body: JSON.stringify({ email: `a-${unique()}@example.org` }) })
    }
    expectTooMany(await send('/api/professionals/forgot-password', { method: 'POST', address, headers: json, body: JSON.stringify({ email: `b-${unique()}@example.org` }) }))
  })
})

describe('registration', () => {
  it('per address, for the API and the site together', async () => {
    const address = freshAddress()
    const register = () =>
      send('/api/professionals', {
        method: 'POST',
        address,
        headers: json,
        body: JSON.stringify({ email: `nieuw-${unique()}@example.org`, password: 'een-lang-wachtwoord', name: 'Nieuwe professional', organisationName: 'Buurtteam', jobTitle: 'Jeugdwerker', networks: ['jeugd'] }),
      })
    for (let i = 0; i < LIMITS.registrationPerAddress.limit; i++) expect((await register()).status).toBeLessThan(500)
    expectTooMany(await register())
    const site = await send('/account/registreren', {
      method: 'POST',
      address,
      headers: sameOrigin(),
      body: formBody({
        name: 'Nog een professional',
        email: `site-${unique()}@example.org`,
        organisationName: 'Buurtteam',
        jobTitle: 'Jeugdwerker',
        professionalRegister: 'geen',
        networks: 'jeugd',
        password: 'een-lang-wachtwoord',
        passwordAgain: 'een-lang-wachtwoord',
        website: '',
      }),
    })
    expect(site.status, site.text.slice(0, 200)).toBe(429)
    expect(site.text).toMatch(/te veel accounts aangemaakt\. Probeer het over \d+ (minuten|uur) opnieuw\./)
  })
})

describe('invitations', () => {
  it('per inviting account', async () => {
    const inviter = await newStaff(['coordinator'])
    const token = (JSON.parse((await login('users', inviter.email, inviter.password, freshAddress())).text) as { token: string }).token
    // Incomplete invitations count too: the limit is on sending, not on succeeding.
    const invite = () => send('/api/users/invite', { method: 'POST', headers: { ...json, authorization: `JWT ${token}` }, body: JSON.stringify({}) })
    for (let i = 0; i < LIMITS.invitationsPerAccount.limit; i++) expect((await invite()).status).toBe(400)
    expectTooMany(await invite())
  })
})

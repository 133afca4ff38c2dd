import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPassword, useE2e } from '../helpers/e2e'
import { rawRequest } from '../helpers/rawRequest'

/**
 * A professional who uses the portal under another name than SERVER_URL (here 127.0.0.1 while
 * SERVER_URL says localhost; in life www. versus no www., or a proxy) is the same logged-in
 * person on every page, the POST that sends a question included. A session that really ran out
 * keeps the typed question through a fresh login. Cross-site posts still get nowhere.
 */
const e2e = useE2e()
const { api, staffToken } = e2e
let hostUrl: string
let context: BrowserContext
let page: Page
const email = 'professional@example.org'
const requestedUrls: string[] = []

beforeAll(async () => {
  hostUrl = e2e.url.replace('//localhost:', '//127.0.0.1:')
  page = await e2e.newPage()
  context = page.context()
  page.on('request', (request) => requestedUrls.push(request.url()))
})

async function questionsOf(accountEmail: string) {
  const token = await staffToken('coordinator@example.org')
  const professional = await api<{ docs: { id: string }[] }>(`/professionals?where[email][equals]=${encodeURIComponent(accountEmail)}&depth=0`, { token })
  const id = professional.body.docs[0].id
  const questions = await api<{ docs: { reference: string; question: string; askedBy: string }[] }>(`/caseQuestions?where[askedBy][equals]=${id}&depth=0&limit=100`, { token })
  return { id, questions: questions.body.docs }
}

async function fillQuestion(text: string) {
  await page.fill('#veld-question', text)
  await page.fill('#veld-age', '15')
  await page.check('#veld-consent')
  await page.check('#veld-consent-youngPersonInformed')
}

describe('sessions do not depend on the host name', () => {
  it('logs in at 127.0.0.1 and sends a question that is stored for that account', async () => {
    expect(new URL(hostUrl).host).not.toBe(new URL(e2e.url).host)
    await page.goto(`${hostUrl}/account/inloggen?terug=${encodeURIComponent('/vraag-stellen')}`)
    await page.fill('#veld-email', email)
    await page.fill('#veld-password', demoPassword)
    await page.click('main button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/vraag-stellen')
    expect(new URL(page.url()).hostname).toBe('127.0.0.1')

    await fillQuestion('Jongere met een lichte verstandelijke beperking loopt vast op school. Welke begeleiding past?')
    await page.click('#versturen')
    await page.waitForURL((url) => url.pathname === '/account', { timeout: 30_000 })
    const reference = new URL(page.url()).searchParams.get('vraag') ?? ''
    expect(reference).toMatch(/^CV-\d{4}-\d{4}$/)

    const { id, questions } = await questionsOf(email)
    const stored = questions.find((q) => q.reference === reference)
    expect(stored?.askedBy).toBe(id)
    expect(stored?.question).toContain('loopt vast op school')
  })

  it('keeps a question typed while the session ran out, asks to log in again and then sends it', async () => {
    const text = 'Volwassene met LVB heeft schulden en raakt de woning kwijt. Wie kan hier snel bij helpen? kenmerkzin-vijftien'
    await page.goto(`${hostUrl}/vraag-stellen`)
    await fillQuestion(text)
    // The session ends while the form is open (expired, or logged out in another tab).
    await context.clearCookies()
    const before = (await questionsOf(email)).questions.length

    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().includes('/vraag-stellen') && r.request().method() === 'POST'), page.click('#versturen')])
    expect(refused.status()).toBe(401)
    await expect(page.locator('#opnieuw-inloggen').innerText()).resolves.toContain('Log opnieuw in')
    // The text is kept in the login form, not in the address.
    expect(await page.inputValue('input[type="hidden"][name="question"]')).toBe(text)
    expect(page.url()).not.toContain('kenmerkzin')

    await page.fill('#veld-opnieuw-email', email)
    await page.fill('#veld-opnieuw-wachtwoord', 'verkeerd-wachtwoord')
    await page.click('main button[type="submit"]')
    await expect(page.locator('#foutmeldingen').innerText()).resolves.toContain('klopt niet')
    expect(await page.inputValue('input[type="hidden"][name="question"]')).toBe(text)

    await page.fill('#veld-opnieuw-wachtwoord', demoPassword)
    await page.click('main button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/account', { timeout: 30_000 })
    const reference = new URL(page.url()).searchParams.get('vraag') ?? ''

    const { questions } = await questionsOf(email)
    expect(questions.length).toBe(before + 1)
    expect(questions.find((q) => q.reference === reference)?.question).toBe(text)
    // Never in an address, never in the server's log.
    expect(requestedUrls.filter((url) => url.includes('kenmerkzin'))).toEqual([])
    expect(e2e.server.output()).not.toContain('kenmerkzin')
  })

  it('still refuses cross-site posts that carry the session cookie', async () => {
    const session = (await context.cookies(hostUrl)).find((c) => c.name === 'payload-token')
    expect(session).toBeDefined()
    const cookie = `payload-token=${session?.value}`
    const before = (await questionsOf(email)).questions.length
    const body = new URLSearchParams({ network: 'jeugd', question: 'Een vraag die van een andere site komt en nooit mag aankomen.', age: '15', urgency: 'normaal', parentsInformed: 'ja', youngPersonInformed: 'ja', contactPreference: 'email' }).toString()

    for (const origin of ['https://evil.example', e2e.url, 'null']) {
      const response = await rawRequest(`${hostUrl}/vraag-stellen`, {
        method: 'POST',
        headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
      expect(response.status, origin).toBe(403)
    }
    // A content type Astro's origin check lets through: the session does not speak for it.
    const json = await rawRequest(`${hostUrl}/vraag-stellen`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'x' }),
    })
    expect(json.body).not.toContain('Vraag versturen')
    expect((await questionsOf(email)).questions.length).toBe(before)
  })
})

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, launchBrowser } from '../helpers/browser'
import { demoPassword, startTestServer, type TestServer } from '../helpers/server'
import { staffLogin } from '../helpers/staffLogin'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

/**
 * Partner self-service as the people meet it: the real server with a real SMTP server. The
 * Cordaan editor invites a colleague; the colleague sets a password through the emailed link,
 * confirms an item as current, edits an offering, previews the draft, publishes, and the site
 * shows it. Then an item made overdue gets a reminder email and a notice on the site.
 */
let server: TestServer
const { apiLogin, adminLogin } = staffLogin(() => server.url)
let smtp: TestSmtpServer
let browser: Browser
let coordinatorToken: string

const invitee = { name: 'Collega van Cordaan', email: 'nieuwe.redacteur@cordaan.example.org', password: 'eigen-wachtwoord-2026' }

beforeAll(async () => {
  smtp = await startSmtpServer()
  server = await startTestServer(smtp.env)
  browser = await launchBrowser()
  coordinatorToken = await apiLogin('coordinator@example.org', demoPassword)
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', Authorization: `JWT ${coordinatorToken}`, ...(init.headers ?? {}) },
  })
  expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300)
  return (await response.json()) as T
}

interface Offering {
  id: string
  slug: string
  title: string
  summary: string
  lastReviewedAt?: string
}

async function cordaanOfferings(): Promise<Offering[]> {
  const { docs: organisations } = await api<{ docs: { id: string }[] }>('/api/organisations?where[slug][equals]=cordaan&depth=0')
  const { docs } = await api<{ docs: Offering[] }>(`/api/offerings?where[organisation][equals]=${organisations[0].id}&depth=0&sort=title&limit=50`)
  expect(docs.length).toBeGreaterThanOrEqual(2)
  return docs
}

describe('partner self-service', () => {
  let editor: BrowserContext
  let page: Page

  it('an editor invites a colleague, who sets a password through the emailed link', async () => {
    const inviter = await (await browser.newContext()).newPage()
    await adminLogin(inviter, 'partner@example.org', demoPassword)
    await inviter.goto(`${server.url}/admin`)
    await inviter.getByText('Uw organisatie: Cordaan').waitFor({ timeout: 60_000 })
    await inviter.getByText('Collega uitnodigen als redacteur').click()
    await inviter.fill('#invite-name', invitee.name)
    await inviter.fill('#invite-email', invitee.email)
    await inviter.getByRole('button', { name: 'Uitnodiging versturen' }).click()
    await inviter.getByText(`Uitnodiging verstuurd naar ${invitee.email}`).waitFor({ timeout: 30_000 })

    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(invitee.email), 60_000)
    expect(mail.parsed.subject).toContain('Cordaan')
    const link = /http:\/\/\S+\/admin\/reset\/[a-f0-9]+/.exec(String(mail.parsed.text))?.[0]
    expect(link).toBeTruthy()

    editor = await browser.newContext()
    page = await editor.newPage()
    await page.goto(link!)
    // Wait until the admin's form is hydrated: before that, a click submits the bare HTML form.
    await page.waitForLoadState('networkidle')
    await page.fill('#field-password', invitee.password)
    await page.fill('#field-confirm-password', invitee.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/reset'), { timeout: 60_000 })
    if (page.url().includes('/login')) await adminLogin(page, invitee.email, invitee.password)
    // The new password works for a fresh login too.
    expect(await apiLogin(invitee.email, invitee.password)).toBeTruthy()
  })

  it('the colleague sees their organisation and confirms an item as still current', async () => {
    const [offering] = await cordaanOfferings()
    await page.goto(`${server.url}/admin`)
    await page.getByText('Uw organisatie: Cordaan').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: `Nog actueel: ${offering.title}` }).click()
    await page.getByText('Bevestigd').first().waitFor({ timeout: 30_000 })
    const after = await api<Offering>(`/api/offerings/${offering.id}?depth=0`)
    expect(new Date(after.lastReviewedAt!).toDateString()).toBe(new Date().toDateString())
    expect(after.summary).toBe(offering.summary)
  })

  it('edits an offering as a draft, previews it, publishes it, and the site shows it', async () => {
    const [offering] = await cordaanOfferings()
    const changed = `Bijgewerkt door de nieuwe redacteur ${Date.now()}.`
    await page.goto(`${server.url}/admin/collections/offerings/${offering.id}`)
    await page.fill('#field-summary', changed)
    await page.click('#action-save-draft')
    await expect.poll(async () => (await api<Offering>(`/api/offerings/${offering.id}?depth=0&draft=true`)).summary, { timeout: 30_000 }).toBe(changed)

    // The public page still shows the published text; the preview shows the draft, to staff only.
    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(`${server.url}/aanbod/${offering.slug}`)
    expect(await visitor.locator('body').innerText()).not.toContain(changed)
    const refused = await visitor.goto(`${server.url}/voorbeeld/aanbod/${offering.id}`)
    expect(refused?.status()).toBe(401)
    expect(await visitor.locator('body').innerText()).not.toContain(changed)

    const preview = await editor.newPage()
    expect((await preview.goto(`${server.url}/voorbeeld/aanbod/${offering.id}`))?.status()).toBe(200)
    await expect(preview.locator('body').innerText()).resolves.toContain(changed)
    await expect(preview.locator('body').innerText()).resolves.toContain('Dit is een concept')
    expect(await accessibilityViolations(preview)).toEqual([])

    await page.click('#action-save')
    await expect.poll(async () => (await api<Offering>(`/api/offerings/${offering.id}?depth=0`)).summary, { timeout: 30_000 }).toBe(changed)
    await visitor.goto(`${server.url}/aanbod/${offering.slug}`)
    await expect(visitor.locator('body').innerText()).resolves.toContain(changed)
  })

  it('emails a reminder for an item made overdue, and the site marks it as possibly outdated', async () => {
    const offerings = await cordaanOfferings()
    const stale = offerings[offerings.length - 1]
    await api(`/api/offerings/${stale.id}`, { method: 'PATCH', body: JSON.stringify({ lastReviewedAt: '2020-01-01T00:00:00.000Z' }) })
    const run = await api<{ emails: number }>('/api/organisations/freshness-reminders', { method: 'POST' })
    expect(run.emails).toBeGreaterThanOrEqual(2)

    for (const to of [invitee.email, 'partner@example.org']) {
      const mail = await smtp.waitFor((m) => m.envelopeTo.includes(to) && /^Herinnering/.test(String(m.parsed.subject)), 60_000)
      expect(mail.parsed.subject).toBe('Herinnering: controleer de informatie van Cordaan')
      expect(mail.parsed.text).toContain(stale.title)
      expect(mail.parsed.text).toContain(`/admin/collections/offerings/${stale.id}`)
    }

    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(`${server.url}/aanbod/${stale.slug}`)
    await expect(visitor.locator('body').innerText()).resolves.toContain('Informatie mogelijk verouderd')
    expect(await accessibilityViolations(visitor)).toEqual([])
  })

  it('gives the coordinator the freshness overview with Cordaan’s overdue item', async () => {
    const coordinator = await (await browser.newContext()).newPage()
    await adminLogin(coordinator, 'coordinator@example.org', demoPassword)
    await coordinator.goto(`${server.url}/admin`)
    await coordinator.locator('#nav-actualiteit').waitFor({ state: 'attached', timeout: 60_000 })
    expect(await coordinator.getAttribute('#nav-actualiteit', 'href')).toBe('/admin/actualiteit')
    await coordinator.goto(`${server.url}/admin/actualiteit?sort=overdue&dir=desc`)
    const firstRow = coordinator.locator('tbody tr').first()
    await firstRow.waitFor({ timeout: 60_000 })
    await expect(firstRow.innerText()).resolves.toContain('Cordaan')
  })
})

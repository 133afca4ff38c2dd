import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * Partner self-service as the people meet it: the real server with a real SMTP server. The
 * Cordaan editor invites a colleague; the colleague sets a password through the emailed link,
 * confirms an item as current, edits an offering, previews the draft, publishes, and the site
 * shows it. Then an item made overdue gets a reminder email and a notice on the site.
 */
const e2e = useE2e({ smtp: true })
const { api, newPage, adminPage, adminLogin, staffToken } = e2e
let token: string

const invitee = { name: 'Collega van Cordaan', email: 'nieuwe.redacteur@cordaan.nl', password: 'eigen-wachtwoord-2026' }

beforeAll(async () => {
  token = await staffToken('coordinator@example.org')
})

interface Offering {
  id: string
  slug: string
  title: string
  summary: string
  lastReviewedAt?: string
}

async function cordaanOfferings(): Promise<Offering[]> {
  const organisations = await api<{ docs: { id: string }[] }>('/organisations?where[slug][equals]=cordaan&depth=0', { token, expectStatus: 200 })
  const { docs } = (
    await api<{ docs: Offering[] }>(`/offerings?where[organisation][equals]=${organisations.body.docs[0].id}&depth=0&sort=title&limit=50`, { token, expectStatus: 200 })
  ).body
  expect(docs.length).toBeGreaterThanOrEqual(2)
  return docs
}

describe('partner self-service', () => {
  let editor: BrowserContext
  let page: Page

  it('an editor invites a colleague, who sets a password through the emailed link', async () => {
    const inviter = await adminPage('partner@example.org')
    await inviter.goto(`${e2e.url}/admin`)
    await inviter.getByText('Uw organisatie: Cordaan').waitFor({ timeout: 60_000 })
    await inviter.getByText('Collega uitnodigen als redacteur').click()
    await inviter.fill('#invite-name', invitee.name)
    await inviter.fill('#invite-email', invitee.email)
    await inviter.getByRole('button', { name: 'Uitnodiging versturen' }).click()
    await inviter.getByText(`Uitnodiging verstuurd naar ${invitee.email}`).waitFor({ timeout: 30_000 })

    const mail = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(invitee.email), 60_000)
    expect(mail.parsed.subject).toContain('Cordaan')
    const link = /http:\/\/\S+\/admin\/reset\/[a-f0-9]+/.exec(String(mail.parsed.text))?.[0]
    expect(link).toBeTruthy()

    page = await newPage()
    editor = page.context()
    await page.goto(link!)
    // Wait until the admin's form is hydrated: before that, a click submits the bare HTML form.
    await page.waitForLoadState('networkidle')
    await page.fill('#field-password', invitee.password)
    await page.fill('#field-confirm-password', invitee.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/reset'), { timeout: 60_000 })
    if (page.url().includes('/login')) await adminLogin(page, invitee.email, invitee.password)
    // The new password works for a fresh login too.
    expect(await staffToken(invitee.email, invitee.password)).toBeTruthy()
  })

  it('the colleague sees their organisation and confirms an item as still current', async () => {
    const [offering] = await cordaanOfferings()
    await page.goto(`${e2e.url}/admin`)
    await page.getByText('Uw organisatie: Cordaan').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: `Nog actueel: ${offering.title}` }).click()
    await page.getByText('Bevestigd').first().waitFor({ timeout: 30_000 })
    const { body: after } = await api<Offering>(`/offerings/${offering.id}?depth=0`, { token, expectStatus: 200 })
    expect(new Date(after.lastReviewedAt!).toDateString()).toBe(new Date().toDateString())
    expect(after.summary).toBe(offering.summary)
  })

  it('edits an offering as a draft, previews it, publishes it, and the site shows it', async () => {
    const [offering] = await cordaanOfferings()
    const changed = `Bijgewerkt door de nieuwe redacteur ${Date.now()}.`
    await page.goto(`${e2e.url}/admin/collections/offerings/${offering.id}`)
    await page.fill('#field-summary', changed)
    await page.click('#action-save-draft')
    await expect
      .poll(async () => (await api<Offering>(`/offerings/${offering.id}?depth=0&draft=true`, { token, expectStatus: 200 })).body.summary, { timeout: 30_000 })
      .toBe(changed)

    // The public page still shows the published text; the preview shows the draft, to staff only.
    const visitor = await newPage()
    await visitor.goto(`${e2e.url}/aanbod/${offering.slug}`)
    expect(await visitor.locator('body').innerText()).not.toContain(changed)
    const refused = await visitor.goto(`${e2e.url}/voorbeeld/aanbod/${offering.id}`)
    expect(refused?.status()).toBe(401)
    expect(await visitor.locator('body').innerText()).not.toContain(changed)

    const preview = await editor.newPage()
    expect((await preview.goto(`${e2e.url}/voorbeeld/aanbod/${offering.id}`))?.status()).toBe(200)
    await expect(preview.locator('body').innerText()).resolves.toContain(changed)
    await expect(preview.locator('body').innerText()).resolves.toContain('Dit is een concept')
    await expectAccessible(preview)

    await page.click('#action-save')
    await expect.poll(async () => (await api<Offering>(`/offerings/${offering.id}?depth=0`, { token, expectStatus: 200 })).body.summary, { timeout: 30_000 }).toBe(changed)
    await visitor.goto(`${e2e.url}/aanbod/${offering.slug}`)
    await expect(visitor.locator('body').innerText()).resolves.toContain(changed)
  })

  it('emails a reminder for an item made overdue, and the site marks it as possibly outdated', async () => {
    const offerings = await cordaanOfferings()
    const stale = offerings[offerings.length - 1]
    await api(`/offerings/${stale.id}`, { token, method: 'PATCH', body: { lastReviewedAt: '2020-01-01T00:00:00.000Z' }, expectStatus: 200 })
    const run = await api<{ emails: number }>('/organisations/freshness-reminders', { token, method: 'POST', expectStatus: 200 })
    expect(run.body.emails).toBeGreaterThanOrEqual(2)

    for (const to of [invitee.email, 'partner@example.org']) {
      const mail = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(to) && /^Herinnering/.test(String(m.parsed.subject)), 60_000)
      expect(mail.parsed.subject).toBe('Herinnering: controleer de informatie van Cordaan')
      expect(mail.parsed.text).toContain(stale.title)
      expect(mail.parsed.text).toContain(`/admin/collections/offerings/${stale.id}`)
    }

    const visitor = await newPage()
    await visitor.goto(`${e2e.url}/aanbod/${stale.slug}`)
    await expect(visitor.locator('body').innerText()).resolves.toContain('Informatie mogelijk verouderd')
    await expectAccessible(visitor)
  })

  it('gives the coordinator the freshness overview with Cordaan’s overdue item', async () => {
    const coordinator = await adminPage('coordinator@example.org')
    await coordinator.goto(`${e2e.url}/admin`)
    await coordinator.locator('#nav-actualiteit').waitFor({ state: 'attached', timeout: 60_000 })
    expect(await coordinator.getAttribute('#nav-actualiteit', 'href')).toBe('/admin/actualiteit')
    await coordinator.goto(`${e2e.url}/admin/actualiteit?sort=overdue&dir=desc`)
    const firstRow = coordinator.locator('tbody tr').first()
    await firstRow.waitFor({ timeout: 60_000 })
    await expect(firstRow.innerText()).resolves.toContain('Cordaan')
  })
})

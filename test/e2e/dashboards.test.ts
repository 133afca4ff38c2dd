import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { demoPassword, expectAccessible, useE2e } from '../helpers/e2e'

/**
 * Each role's start page of the admin, on the real server with the demo accounts: a
 * professional's new question appears for the coordinator (with a link to a list that holds
 * exactly it); once the coordinator assigns a platform member and then an expert, it appears on
 * their pages with the deadline in working days; the partner editor sees only their
 * organisation; each role's menu holds its own work; every dashboard passes axe.
 *
 * With UPDATE_SCREENSHOTS=1 it also writes the dashboards at 1280 px to docs/screenshots/
 * (the user guide in the README shows them).
 */
const e2e = useE2e()
const { api, staffToken } = e2e
const screenshots = process.env.UPDATE_SCREENSHOTS === '1'

/** A staff member's admin start page, logged in through the admin's own form, 1280 px wide. */
async function dashboardOf(email: string): Promise<Page> {
  const page = await e2e.adminPage(email, { viewport: { width: 1280, height: 900 } })
  await page.goto(`${e2e.url}/admin`)
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor({ timeout: 60_000 })
  return page
}

async function screenshot(page: Page, name: string) {
  if (!screenshots) return
  // With the menu open, so the picture shows what this role finds there.
  if ((await page.locator('.template-default--nav-open').count()) === 0) {
    await page.locator('.nav-toggler').first().click({ timeout: 5000 })
    await page.locator('.template-default--nav-open').waitFor({ timeout: 5000 })
    await page.waitForTimeout(500)
  }
  const file = path.resolve('docs/screenshots', `${name}.png`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
}

/** The collections and globals the menu links to (custom links such as "Actualiteit partners" aside). */
async function menu(page: Page): Promise<string[]> {
  return page.$$eval('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]', (links) =>
    links.map((link) => (link.getAttribute('href') ?? '').replace(/^\/admin\//, '')),
  )
}

/** A queue line on the dashboard: its text, and where its link goes (none when the count is 0). */
async function queueLine(page: Page, scope: string, queue: string) {
  const line = page.locator(`${scope} [data-queue="${queue}"]`)
  return { text: (await line.innerText()).trim(), href: await line.locator('a').getAttribute('href', { timeout: 1000 }).catch(() => null) }
}

describe('dashboards per role', () => {
  let reference = ''
  let questionId = ''
  let coordinatorToken = ''

  it('lets a professional submit a case question on the site', async () => {
    const page = await e2e.newPage()
    await page.goto(`${e2e.url}/account/inloggen?terug=${encodeURIComponent('/vraag-stellen')}`)
    await page.fill('#veld-email', 'professional@example.org')
    await page.fill('#veld-password', demoPassword)
    await page.click('main button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/vraag-stellen')
    await page.fill('#veld-question', 'Jongere met LVB en autisme loopt vast op school en thuis. Welke begeleiding past hierbij?')
    await page.fill('#veld-age', '15')
    await page.check('#veld-consent')
    await page.check('#veld-consent-youngPersonInformed')
    await page.click('#versturen')
    await page.waitForURL((url) => url.pathname === '/account')
    reference = new URL(page.url()).searchParams.get('vraag') ?? ''
    expect(reference).toMatch(/^CV-\d{4}-\d{4}$/)
    coordinatorToken = await staffToken('coordinator@example.org')
    questionId = String((await api(`/caseQuestions?where[reference][equals]=${reference}&depth=0`, { token: coordinatorToken, expectStatus: 200 })).body.docs[0].id)
  })

  it('shows the coordinator the new question per network, with a link to a list of exactly it', async () => {
    const page = await dashboardOf('coordinator@example.org')
    await expect(page.locator('[data-network="jeugd"] h2').innerText()).resolves.toBe('Jeugd (L)VB Amsterdam')
    await expect(page.locator('[data-network="volwassenen"] h2').innerText()).resolves.toBe('LVB18+')
    const fresh = await queueLine(page, '[data-network="jeugd"]', 'new')
    expect(fresh.text).toBe('1 nieuwe vraag, nog niet in behandeling')
    expect(fresh.href).toMatch(/^\/admin\/collections\/caseQuestions\?where\[or\]\[0\]\[and\]\[0\]\[network\]\[equals\]=jeugd&/)
    expect(await queueLine(page, '[data-network="volwassenen"]', 'new')).toEqual({ text: 'Geen nieuwe vragen, nog niet in behandeling', href: null })
    // Its triage is 5 working days away: not late, not yet "binnenkort".
    expect((await queueLine(page, '[data-network="jeugd"]', 'triageOverdue')).text).toBe('Geen vragen met verlopen triagetermijn')
    await expect(page.locator('main').innerText()).resolves.toContain('Actualiteit van partners')
    await expect(page.locator('main').innerText()).resolves.not.toContain('Systeem')
    await expectAccessible(page)
    await screenshot(page, 'dashboard-coordinator')

    // The link opens the admin's list filtered to exactly this question, and from there the question.
    await page.click(`[data-network="jeugd"] [data-queue="new"] a`)
    await page.waitForURL((url) => url.pathname === '/admin/collections/caseQuestions')
    const rows = page.locator('.table tbody tr')
    await rows.first().waitFor({ timeout: 60_000 })
    expect(await rows.count()).toBe(1)
    await expect(rows.first().innerText()).resolves.toContain(reference)
    await rows.first().locator(`a[href*="/admin/collections/caseQuestions/${questionId}"]`).first().click()
    await page.waitForURL((url) => url.pathname === `/admin/collections/caseQuestions/${questionId}`)
    await page.locator('#field-question').waitFor({ timeout: 60_000 })
    // The API tab is for admins only.
    expect(await page.locator(`a[href="/admin/collections/caseQuestions/${questionId}/api"]`).count()).toBe(0)
  })

  it('shows the platform member the question once assigned, with the advice deadline', async () => {
    const platformMember = (await api('/users?where[email][equals]=platform@example.org&depth=0', { token: coordinatorToken, expectStatus: 200 })).body.docs[0]
    const assigned = await api(`/caseQuestions/${questionId}`, { token: coordinatorToken, method: 'PATCH', body: { assignedPlatformMember: platformMember.id }, expectStatus: 200 })
    expect(assigned.body.doc.status).toBe('doorgezet')

    const page = await dashboardOf('platform@example.org')
    const line = await queueLine(page, 'section[aria-labelledby="werk-platformlid"]', 'needsExpert')
    expect(line.text).toBe('1 vraag die nog een expert nodig heeft')
    const row = page.locator('tr', { has: page.locator(`a[href="/admin/collections/caseQuestions/${questionId}"]`) })
    await expect(row.innerText()).resolves.toMatch(new RegExp(`Casusvraag ${reference}[\\s\\S]*Advies: nog \\d+ werkdag(en)? \\(uiterlijk \\d+ \\p{L}+ \\d{4}\\)`, 'u'))
    await expect(page.locator('main').innerText()).resolves.not.toContain('Actualiteit van partners')
    expect(await menu(page)).toEqual(['collections/caseQuestions', 'collections/signals', 'collections/membershipApplications'])
    await expectAccessible(page)
    await screenshot(page, 'dashboard-platformlid')
  })

  it('shows the expert the question once linked, with the deadline, and only case questions in the menu', async () => {
    const expert = (await api('/users?where[email][equals]=expert@example.org&depth=0', { token: coordinatorToken, expectStatus: 200 })).body.docs[0]
    const linked = await api(`/caseQuestions/${questionId}`, { token: coordinatorToken, method: 'PATCH', body: { assignedExperts: [expert.id] }, expectStatus: 200 })
    expect(linked.body.doc.status).toBe('expert-gekoppeld')

    const page = await dashboardOf('expert@example.org')
    expect((await queueLine(page, 'section[aria-labelledby="werk-expert"]', 'assignedToExpert')).text).toBe('1 vraag wacht op uw advies')
    const row = page.locator('tr', { has: page.locator(`a[href="/admin/collections/caseQuestions/${questionId}"]`) })
    await expect(row.innerText()).resolves.toMatch(/Expert gekoppeld[\s\S]*Advies: nog \d+ werkdag(en)?/)
    expect(await menu(page)).toEqual(['collections/caseQuestions'])
    await expectAccessible(page)
    await screenshot(page, 'dashboard-expert')

    // With an expert linked, the platform member's queue is empty again.
    const platform = await dashboardOf('platform@example.org')
    expect((await queueLine(platform, 'section[aria-labelledby="werk-platformlid"]', 'needsExpert')).text).toBe('Geen vragen die nog een expert nodig hebben')
  })

  it('shows the partner editor only their organisation, and a menu without case questions', async () => {
    const page = await dashboardOf('partner@example.org')
    await page.getByText('Uw organisatie: Cordaan').waitFor({ timeout: 60_000 })
    const cordaan = (await api('/organisations?where[slug][equals]=cordaan&depth=0', { token: coordinatorToken, expectStatus: 200 })).body.docs[0]
    const own = new Set<string>([`organisations/${cordaan.id}`])
    for (const collection of ['offerings', 'experts']) {
      const { body } = await api(`/${collection}?where[organisation][equals]=${cordaan.id}&depth=0&limit=100&draft=true`, { token: coordinatorToken, expectStatus: 200 })
      for (const doc of body.docs) own.add(`${collection}/${doc.id}`)
    }
    const linked = await page.$$eval('main a[href^="/admin/collections/"]', (links) => links.map((link) => link.getAttribute('href') ?? ''))
    const documents = linked.filter((href) => /^\/admin\/collections\/\w+\/(?!create)[^/]+$/.test(href)).map((href) => href.replace('/admin/collections/', ''))
    expect(documents.length).toBeGreaterThan(1)
    for (const document of documents) expect(own.has(document), document).toBe(true)
    const text = await page.locator('main').innerText()
    expect(text).not.toContain('Casusvragen')
    expect(text).not.toContain('Jeugd (L)VB Amsterdam')
    // Grouped as in the menu: Netwerk (organisations, experts), then Aanbod.
    expect(await menu(page)).toEqual(['collections/organisations', 'collections/experts', 'collections/offerings'])
    await expectAccessible(page)
    await screenshot(page, 'dashboard-partnerredacteur')
  })

  it('gives the coordinator every collection in the menu, and the admin also the system health and the API tab', async () => {
    const coordinator = await dashboardOf('coordinator@example.org')
    const coordinatorMenu = await menu(coordinator)
    for (const entry of ['collections/caseQuestions', 'collections/eventRegistrations', 'collections/newsletters', 'collections/users', 'globals/siteSettings']) {
      expect(coordinatorMenu).toContain(entry)
    }

    const admin = await dashboardOf('admin@example.org')
    expect(await menu(admin)).toEqual(coordinatorMenu)
    await expect(admin.locator('#systeem').innerText()).resolves.toBe('Systeem')
    expect((await queueLine(admin, '[data-network="jeugd"]', 'adviceDueSoon')).text).toMatch(/vragen? met adviestermijn binnen 2 werkdagen$/)
    await expectAccessible(admin)
    await screenshot(admin, 'dashboard-beheerder')
    await admin.goto(`${e2e.url}/admin/collections/caseQuestions/${questionId}`)
    await admin.locator(`a[href="/admin/collections/caseQuestions/${questionId}/api"]`).waitFor({ timeout: 60_000 })
  })
})

import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, launchBrowser } from '../helpers/browser'
import { demoPassword, startTestServer, type TestServer } from '../helpers/server'
import { staffLogin } from '../helpers/staffLogin'

/**
 * The monitoring as a coordinator uses it, on the real server in Chromium: open it from the
 * navigation, filter by year and network (in the URL), read the charts and their tables,
 * download the CSV, print it, tick the attendance list; axe finds nothing on the case, event and
 * newsletter views; a platform member sees the numbers only, an expert and a partner editor
 * nothing at all.
 */
let server: TestServer
let browser: Browser
const { apiLogin, adminLogin } = staffLogin(() => server.url)
let coordinatorToken = ''
const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()))
const eventSlug = 'e2e-monitoring-bijeenkomst'
let eventId = ''

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${server.url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${init.token ?? coordinatorToken}` },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const body = (await response.json()) as Record<string, any>
  expect(response.status, JSON.stringify(body)).toBeLessThan(300)
  return body
}

async function newPage(): Promise<Page> {
  return (await browser.newContext({ acceptDownloads: true })).newPage()
}

/** A desktop-sized window, where the admin shows its menu open (from 1440 pixels wide). */
const wide = { width: 1600, height: 1000 }
const laptop = { width: 1280, height: 720 }

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  coordinatorToken = await apiLogin('coordinator@example.org')
  const professional = (await api('/professionals?where[email][equals]=professional@example.org&depth=0')).docs[0]
  const question = (network: string, problems: string[]) => ({
    network,
    question: 'Welke aanpak past bij een jongere met LVB die thuis vastloopt?',
    context: { age: 15, problems },
    consent: { parentsInformed: true, youngPersonInformed: true },
    contactPreference: 'email',
    askedBy: professional.id,
  })
  await api('/caseQuestions', { method: 'POST', body: question('jeugd', ['lvb', 'autisme']) })
  await api('/caseQuestions', { method: 'POST', body: question('jeugd', ['lvb']) })
  await api('/caseQuestions', { method: 'POST', body: question('volwassenen', ['psychiatrie']) })

  const startsAt = new Date(Date.now() + 3 * 86_400_000)
  eventId = String(
    (
      await api('/events', {
        method: 'POST',
        body: {
          _status: 'published',
          title: 'E2E monitoring: netwerkbijeenkomst',
          slug: eventSlug,
          kind: 'netwerkbijeenkomst',
          audience: 'professionals',
          networks: ['jeugd'],
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          location: { name: 'Zaal 1', address: 'Dam 1, Amsterdam' },
          capacity: 1,
          registrationEnabled: true,
        },
      })
    ).doc.id,
  )
  for (const [name, email] of [
    ['Anna de Vries', 'anna.monitoring@example.org'],
    ['Bram Bakker', 'bram.monitoring@example.org'],
  ]) {
    const page = await newPage()
    await page.goto(`${server.url}/agenda/${eventSlug}`)
    await page.fill('#veld-name', name)
    await page.fill('#veld-email', email)
    await page.fill('#veld-organisation', 'Buurtteam West')
    await Promise.all([page.waitForLoadState('load'), page.click('main button[type="submit"]')])
    await page.waitForSelector('[role="status"]')
    await page.context().close()
  }
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the coordinator', () => {
  let page: Page

  beforeAll(async () => {
    page = await newPage()
    await adminLogin(page, 'coordinator@example.org', demoPassword)
  })

  it('opens the monitoring from the navigation and sees charts with their tables', async () => {
    await page.setViewportSize(wide)
    await page.goto(`${server.url}/admin`)
    const link = page.locator('#nav-monitoring')
    await link.waitFor({ state: 'visible', timeout: 60_000 })
    await Promise.all([page.waitForURL(/\/admin\/monitoring/, { timeout: 60_000 }), link.click()])
    // The rest on a laptop-sized window, the menu closed, as the other admin tests check it (the
    // open menu's group labels are Payload's, with a contrast issue of their own).
    await page.setViewportSize(laptop)
    await page.reload()
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring casusvragen ${year}, beide netwerken`)
    const figures = page.locator('figure.monitoring-chart')
    expect(await figures.count()).toBeGreaterThanOrEqual(6)
    // Every chart: a title, a summary, an image named by both, and the numbers as a table.
    const perMonth = page.locator('figure').filter({ has: page.locator('h2', { hasText: 'Casusvragen per maand' }) })
    await expect(perMonth.locator('p.monitoring-chart__summary').innerText()).resolves.toContain(`In ${year} kwamen 3 vragen binnen`)
    expect(await perMonth.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe('per-maand-titel per-maand-samenvatting')
    const table = perMonth.locator('table')
    // Closed, the table is there for screen readers but takes no room on the screen.
    expect((await perMonth.locator('.monitoring-table__content').boundingBox())?.width).toBeLessThanOrEqual(1)
    await expect(table.locator('caption').textContent()).resolves.toBe('Casusvragen per maand')
    await perMonth.getByRole('button', { name: /Toon tabel/ }).click()
    expect(await perMonth.getByRole('button', { name: /Verberg tabel/ }).getAttribute('aria-expanded')).toBe('true')
    expect(await table.isVisible()).toBe(true)
    expect(await table.locator('tbody tr').count()).toBe(12)
    await expect(table.locator('tfoot').innerText()).resolves.toMatch(/Totaal\s+2\s+1\s+3/)
    const problems = page.locator('figure').filter({ has: page.locator('h2', { hasText: 'per problematiek' }) })
    await expect(problems.locator('table').textContent()).resolves.toContain('Licht verstandelijke beperking (LVB)')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('filters by year and network, in the URL', async () => {
    await page.goto(`${server.url}/admin/monitoring`)
    await page.selectOption('#monitoring-jaar', String(year))
    await page.selectOption('#monitoring-netwerk', 'jeugd')
    await Promise.all([page.waitForURL(/netwerk=jeugd/), page.click('form.monitoring-filters button[type="submit"]')])
    expect(new URL(page.url()).search).toBe(`?jaar=${year}&netwerk=jeugd`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring casusvragen ${year}, Jeugd (L)VB Amsterdam`)
    await expect(page.locator('.monitoring-figures__item').first().innerText()).resolves.toMatch(/Casusvragen\s+2/)
    // Another year has nothing: the charts say so instead of drawing empty axes.
    await page.goto(`${server.url}/admin/monitoring?jaar=${year - 3}`)
    await expect(page.locator('figure').first().innerText()).resolves.toContain('Geen gegevens in deze periode')
  })

  it('downloads the CSV for Dutch Excel', async () => {
    await page.goto(`${server.url}/admin/monitoring?jaar=${year}&netwerk=jeugd`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')])
    expect(download.suggestedFilename()).toBe(`casusvragen-${year}-jeugd.csv`)
    const bytes = fs.readFileSync(await download.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^"Kenmerk";"Ontvangen op";"Netwerk";"Status"/)
    expect(lines[1]).toContain('"Jeugd (L)VB Amsterdam";"Ontvangen"')
    expect(lines.join('\n')).not.toContain('vastloopt')
  })

  it('prints on A4 without the admin around it, with every table', async () => {
    await page.goto(`${server.url}/admin/monitoring?jaar=${year}`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('aside.nav').count()).toBe(1)
    expect(await page.locator('aside.nav').isVisible()).toBe(false)
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.locator('form.monitoring-filters').isVisible()).toBe(false)
    expect(await page.locator('#per-maand-tabel table').isVisible()).toBe(true)
    expect(await page.locator('.monitoring-print-only').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    await page.emulateMedia({ media: 'screen' })
  })

  it('sees registrations per event and records attendance on the list', async () => {
    await page.goto(`${server.url}/admin/monitoring/bijeenkomsten?jaar=${year}`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring bijeenkomsten ${year}, beide netwerken`)
    const row = page.locator('table.monitoring-data tr', { hasText: 'E2E monitoring: netwerkbijeenkomst' }).last()
    await expect(row.innerText()).resolves.toMatch(/1\s+1\s+0/) // one with a place, one waiting, none cancelled
    expect(await accessibilityViolations(page)).toEqual([])

    await Promise.all([page.waitForURL(new RegExp(`/admin/monitoring/bijeenkomsten/${eventId}$`)), page.click(`a[href="/admin/monitoring/bijeenkomsten/${eventId}"]`)])
    expect(await accessibilityViolations(page)).toEqual([])
    await page.check('input[aria-label="Anna de Vries aanwezig"]')
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.click('button:has-text("Presentie opslaan")')])
    await expect(page.locator('.monitoring-saved[role="status"]').innerText()).resolves.toContain('opgeslagen')
    expect(await page.isChecked('input[aria-label="Anna de Vries aanwezig"]')).toBe(true)
    const registrations = await api(`/eventRegistrations?where[event][equals]=${eventId}&depth=0`)
    expect(registrations.docs.find((r: any) => r.name === 'Anna de Vries').attended).toBe(true)

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')])
    const list = fs.readFileSync(await download.path(), 'utf8')
    expect(list).toContain('"Naam";"Organisatie";"E-mailadres";"Status";"Aangemeld op";"Aanwezig"')
    expect(list).toMatch(/"Anna de Vries";"Buurtteam West";"anna.monitoring@example.org";"Aangemeld";"[^"]+";"ja"/)
    expect(list).toContain('"Bram Bakker";"Buurtteam West";"bram.monitoring@example.org";"Wachtlijst"')
  })

  it('sees the newsletter monitoring', async () => {
    await page.goto(`${server.url}/admin/monitoring/nieuwsbrief`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring nieuwsbrief ${year}, beide netwerken`)
    expect(await page.locator('figure.monitoring-chart').count()).toBe(2)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('everyone else', () => {
  it('gives a platform member the case numbers, without exports or the other parts', async () => {
    const page = await newPage()
    await adminLogin(page, 'platform@example.org', demoPassword)
    await page.goto(`${server.url}/admin`)
    await page.locator('#nav-monitoring').waitFor({ state: 'attached', timeout: 60_000 })
    await page.goto(`${server.url}/admin/monitoring?jaar=${year}`)
    await expect(page.locator('.monitoring-figures__item').first().innerText()).resolves.toMatch(/Casusvragen\s+3/)
    expect(await page.locator('a[download]').count()).toBe(0)
    expect(await page.locator('nav.monitoring-tabs').count()).toBe(0)
    await page.goto(`${server.url}/admin/monitoring/bijeenkomsten`)
    await page.waitForURL(/\/admin\/unauthorized/)
    await page.context().close()
  })

  for (const email of ['expert@example.org', 'partner@example.org']) {
    it(`refuses ${email} the views`, async () => {
      const page = await newPage()
      await adminLogin(page, email, demoPassword)
      await page.goto(`${server.url}/admin`)
      await page.locator('aside.nav').waitFor({ state: 'attached', timeout: 60_000 })
      expect(await page.locator('#nav-monitoring').count()).toBe(0)
      for (const path of ['/admin/monitoring', '/admin/monitoring/bijeenkomsten', '/admin/monitoring/nieuwsbrief', `/admin/monitoring/bijeenkomsten/${eventId}`]) {
        await page.goto(`${server.url}${path}`)
        await page.waitForURL(/\/admin\/unauthorized/)
        expect(await page.locator('.monitoring').count()).toBe(0)
      }
      await page.context().close()
    })
  }

  it('refuses visitors the exports', async () => {
    expect((await fetch(`${server.url}/api/monitoring/bijeenkomsten/${eventId}/presentielijst`)).status).toBe(401)
    const expert = await apiLogin('expert@example.org')
    expect((await fetch(`${server.url}/api/caseQuestions/monitoring?jaar=${year}`, { headers: { Authorization: `JWT ${expert}` } })).status).toBe(403)
  })
})

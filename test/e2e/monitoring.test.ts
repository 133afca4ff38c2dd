import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * The monitoring as a coordinator uses it, on the real server in Chromium: open it from the
 * navigation, filter by year and network (in the URL), read the charts and their tables,
 * download the CSV, print it, tick the attendance list; axe finds nothing on the case, event and
 * newsletter views; a platform member sees the numbers only, an expert and a partner editor
 * nothing at all.
 */
const e2e = useE2e()
const { api, newPage, adminPage, staffToken } = e2e
let coordinatorToken = ''
const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()))
const eventSlug = 'e2e-monitoring-bijeenkomst'
let eventId = ''

/** A desktop-sized window, where the admin shows its menu open (from 1440 pixels wide). */
const wide = { width: 1600, height: 1000 }
const laptop = { width: 1280, height: 720 }

beforeAll(async () => {
  coordinatorToken = await staffToken('coordinator@example.org')
  const token = coordinatorToken
  const professional = (await api('/professionals?where[email][equals]=professional@example.org&depth=0', { token, expectStatus: 200 })).body.docs[0]
  const question = (network: string, problems: string[]) => ({
    network,
    question: 'Welke aanpak past bij een jongere met LVB die thuis vastloopt?',
    context: { age: 15, problems },
    consent: { parentsInformed: true, youngPersonInformed: true },
    contactPreference: 'email',
    askedBy: professional.id,
  })
  await api('/caseQuestions', { token, method: 'POST', body: question('jeugd', ['lvb', 'autisme']), expectStatus: 201 })
  await api('/caseQuestions', { token, method: 'POST', body: question('jeugd', ['lvb']), expectStatus: 201 })
  await api('/caseQuestions', { token, method: 'POST', body: question('volwassenen', ['psychiatrie']), expectStatus: 201 })

  const startsAt = new Date(Date.now() + 3 * 86_400_000)
  eventId = String(
    (
      await api('/events', {
        token,
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
        expectStatus: 201,
      })
    ).body.doc.id,
  )
  for (const [name, email] of [
    ['Anna de Vries', 'anna.monitoring@example.org'],
    ['Bram Bakker', 'bram.monitoring@example.org'],
  ]) {
    const page = await newPage()
    await page.goto(`${e2e.url}/agenda/${eventSlug}`)
    await page.fill('#veld-name', name)
    await page.fill('#veld-email', email)
    await page.fill('#veld-organisation', 'Buurtteam West')
    await Promise.all([page.waitForLoadState('load'), page.click('main button[type="submit"]')])
    await page.waitForSelector('[role="status"]')
    await page.context().close()
  }
}, 240_000)

describe('the coordinator', () => {
  let page: Page

  beforeAll(async () => {
    page = await adminPage('coordinator@example.org')
  })

  it('opens the monitoring from the navigation and sees charts with their tables', async () => {
    await page.setViewportSize(wide)
    await page.goto(`${e2e.url}/admin`)
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
    await expectAccessible(page)
  })

  it('filters by year and network, in the URL', async () => {
    await page.goto(`${e2e.url}/admin/monitoring`)
    await page.selectOption('#monitoring-jaar', String(year))
    await page.selectOption('#monitoring-netwerk', 'jeugd')
    await Promise.all([page.waitForURL(/netwerk=jeugd/), page.click('form.monitoring-filters button[type="submit"]')])
    expect(new URL(page.url()).search).toBe(`?jaar=${year}&netwerk=jeugd`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring casusvragen ${year}, Jeugd (L)VB Amsterdam`)
    await expect(page.locator('.monitoring-figures__item').first().innerText()).resolves.toMatch(/Casusvragen\s+2/)
    // Another year has nothing: the charts say so instead of drawing empty axes.
    await page.goto(`${e2e.url}/admin/monitoring?jaar=${year - 3}`)
    await expect(page.locator('figure').first().innerText()).resolves.toContain('Geen gegevens in deze periode')
  })

  it('downloads the CSV for Dutch Excel', async () => {
    await page.goto(`${e2e.url}/admin/monitoring?jaar=${year}&netwerk=jeugd`)
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
    await page.goto(`${e2e.url}/admin/monitoring?jaar=${year}`)
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
    await page.goto(`${e2e.url}/admin/monitoring/bijeenkomsten?jaar=${year}`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring bijeenkomsten ${year}, beide netwerken`)
    const row = page.locator('table.monitoring-data tr', { hasText: 'E2E monitoring: netwerkbijeenkomst' }).last()
    await expect(row.innerText()).resolves.toMatch(/1\s+1\s+0/) // one with a place, one waiting, none cancelled
    await expectAccessible(page)

    await Promise.all([page.waitForURL(new RegExp(`/admin/monitoring/bijeenkomsten/${eventId}$`)), page.click(`a[href="/admin/monitoring/bijeenkomsten/${eventId}"]`)])
    await expectAccessible(page)
    await page.check('input[aria-label="Anna de Vries aanwezig"]')
    await Promise.all([page.waitForURL(/opgeslagen=1/), page.click('button:has-text("Presentie opslaan")')])
    await expect(page.locator('.monitoring-saved[role="status"]').innerText()).resolves.toContain('opgeslagen')
    expect(await page.isChecked('input[aria-label="Anna de Vries aanwezig"]')).toBe(true)
    const registrations = (await api(`/eventRegistrations?where[event][equals]=${eventId}&depth=0`, { token: coordinatorToken, expectStatus: 200 })).body
    expect(registrations.docs.find((r: any) => r.name === 'Anna de Vries').attended).toBe(true)

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')])
    const list = fs.readFileSync(await download.path(), 'utf8')
    expect(list).toContain('"Naam";"Organisatie";"E-mailadres";"Status";"Aangemeld op";"Aanwezig"')
    expect(list).toMatch(/"Anna de Vries";"Buurtteam West";"anna.monitoring@example.org";"Aangemeld";"[^"]+";"ja"/)
    expect(list).toContain('"Bram Bakker";"Buurtteam West";"bram.monitoring@example.org";"Wachtlijst"')
  })

  it('sees the newsletter monitoring', async () => {
    await page.goto(`${e2e.url}/admin/monitoring/nieuwsbrief`)
    await expect(page.locator('h1').innerText()).resolves.toBe(`Monitoring nieuwsbrief ${year}, beide netwerken`)
    expect(await page.locator('figure.monitoring-chart').count()).toBe(2)
    await expectAccessible(page)
  })
})

describe('everyone else', () => {
  it('gives a platform member the case numbers, without exports or the other parts', async () => {
    const page = await adminPage('platform@example.org')
    await page.goto(`${e2e.url}/admin`)
    await page.locator('#nav-monitoring').waitFor({ state: 'attached', timeout: 60_000 })
    await page.goto(`${e2e.url}/admin/monitoring?jaar=${year}`)
    await expect(page.locator('.monitoring-figures__item').first().innerText()).resolves.toMatch(/Casusvragen\s+3/)
    expect(await page.locator('a[download]').count()).toBe(0)
    expect(await page.locator('nav.monitoring-tabs').count()).toBe(0)
    await page.goto(`${e2e.url}/admin/monitoring/bijeenkomsten`)
    await page.waitForURL(/\/admin\/unauthorized/)
    await page.context().close()
  })

  for (const email of ['expert@example.org', 'partner@example.org']) {
    it(`refuses ${email} the views`, async () => {
      const page = await adminPage(email)
      await page.goto(`${e2e.url}/admin`)
      await page.locator('aside.nav').waitFor({ state: 'attached', timeout: 60_000 })
      expect(await page.locator('#nav-monitoring').count()).toBe(0)
      for (const path of ['/admin/monitoring', '/admin/monitoring/bijeenkomsten', '/admin/monitoring/nieuwsbrief', `/admin/monitoring/bijeenkomsten/${eventId}`]) {
        await page.goto(`${e2e.url}${path}`)
        await page.waitForURL(/\/admin\/unauthorized/)
        expect(await page.locator('.monitoring').count()).toBe(0)
      }
      await page.context().close()
    })
  }

  it('refuses visitors the exports', async () => {
    expect((await api(`/monitoring/bijeenkomsten/${eventId}/presentielijst`)).status).toBe(401)
    const expert = await staffToken('expert@example.org')
    expect((await api(`/caseQuestions/monitoring?jaar=${year}`, { token: expert })).status).toBe(403)
  })
})

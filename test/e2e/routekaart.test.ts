import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * The routekaart as professionals and coordinators meet it: the real server seeded from
 * content/route-maps, Chromium with and without JavaScript, and the REST API.
 *
 * The route walked: "Ja, dat is vastgesteld" → "Behandeling van bijkomende problemen" →
 * "Psychische problemen of trauma" → "Ambulant, de jongere blijft thuis wonen", which is
 * ?pad=1.2.1.1 and ends at the outcome "Ambulante behandeling".
 */
const e2e = useE2e()
const { api, newPage, adminPage, staffToken } = e2e

const route = [
  'Ja, dat is vastgesteld',
  'Behandeling van bijkomende problemen',
  'Psychische problemen of trauma',
  'Ambulant, de jongere blijft thuis wonen',
]
const outcomeTitle = 'Ambulante behandeling'

const stepHeading = (page: Page) => page.locator('.lvb-route h2').first()

describe('the routekaart on the site', () => {
  it('lets the visitor choose a network, then walks to an outcome with JavaScript, without reloading', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/routekaart`))?.status()).toBe(200)
    await expectAccessible(page)
    await page.getByRole('link', { name: /Routekaart Jeugd \(L\)VB/ }).click()
    await page.waitForURL(`${e2e.url}/routekaart/jeugd`)
    await expect(stepHeading(page).innerText()).resolves.toContain('(licht) verstandelijke beperking')
    await expect(page.locator('.lvb-route__progress').innerText()).resolves.toMatch(/^Vraag 1 van hooguit \d+$/)
    // Hydrated: the island's outcome buttons appear only with JavaScript; wait for hydration first.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'))
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))

    const liveRegions = page.locator('[aria-live]')
    for (const [index, answer] of route.entries()) {
      const before = await stepHeading(page).innerText()
      await page.getByRole('link', { name: answer, exact: true }).click()
      // The new step is shown and announced, with focus on its heading.
      await page.waitForFunction((old) => {
        const heading = document.querySelector('.lvb-route h2')
        const live = document.querySelector('[aria-live]')?.textContent ?? ''
        const title = heading?.textContent?.replace(/^Uitkomst: /, '') ?? ''
        return heading?.textContent !== old && document.activeElement === heading && live.includes(title)
      }, before)
      expect(new URL(page.url()).searchParams.get('pad')).toBe([1, 2, 1, 1].slice(0, index + 1).join('.'))
      expect(await liveRegions.count()).toBe(1)
    }
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)

    await expect(stepHeading(page).innerText()).resolves.toContain(outcomeTitle)
    await expect(liveRegions.first().innerText()).resolves.toBe(`Uitkomst: ${outcomeTitle}`)
    // The summary of the answers given, in order.
    const given = await page.locator('.lvb-route__given').allInnerTexts()
    expect(given).toEqual(route)
    // Fitting offerings from the outcome's filter (behandeling, psychiatrie/trauma, ambulant, jeugd).
    const offerings = await page.locator('.lvb-route__offerings h4').allInnerTexts()
    expect(offerings.length).toBeGreaterThan(0)
    expect(offerings).toEqual(expect.arrayContaining(['Ambulante behandeling voor jongeren', 'Ambulante behandeling bij gedragsproblemen']))
    const all = await page.getByRole('link', { name: /Bekijk dit aanbod in de aanbodlijst/ }).getAttribute('href')
    expect(all).toBe('/aanbod?hulp=behandeling&doelgroep=psychiatrie&doelgroep=trauma&setting=ambulant&netwerk=jeugd')
    await expectAccessible(page)

    // "Kopieer samenvatting" puts the questions, the answers and the address on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url })
    await page.getByRole('button', { name: 'Kopieer samenvatting' }).click()
    await page.getByRole('button', { name: 'Samenvatting gekopieerd' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('Antwoord: Psychische problemen of trauma')
    expect(copied).toContain(`Uitkomst: ${outcomeTitle}`)
    expect(copied).toContain(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
    await expect(liveRegions.first().innerText()).resolves.toBe('De samenvatting staat op het klembord.')

    // On paper: the summary and the outcome, without navigation and controls.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.lvb-header').isVisible()).toBe(false)
    expect(await page.locator('.lvb-route__nav').isVisible()).toBe(false)
    expect(await page.locator('.lvb-route__summary').isVisible()).toBe(true)
    expect(await page.locator('.lvb-route__print-url').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    // The browser's back button returns to the previous question, in the same document.
    await page.goBack()
    await page.waitForFunction(() => document.querySelector('.lvb-route h2')?.textContent?.includes('Welke vorm van behandeling'))
    expect(new URL(page.url()).searchParams.get('pad')).toBe('1.2.1')
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    // A question step, as the island shows it, is accessible too.
    await expectAccessible(page)

    // "Vorige vraag" and "Opnieuw beginnen".
    await page.getByRole('link', { name: 'Vorige vraag' }).click()
    await page.waitForFunction(() => document.querySelector('.lvb-route h2')?.textContent?.includes('bijkomend probleem'))
    expect(new URL(page.url()).searchParams.get('pad')).toBe('1.2')
    await page.getByRole('link', { name: 'Opnieuw beginnen' }).click()
    await page.waitForURL(`${e2e.url}/routekaart/jeugd`)
    await page.waitForFunction(() => document.querySelector('.lvb-route h2')?.textContent?.includes('verstandelijke beperking'))
  })

  it('works without JavaScript: every answer is a link to the next step', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/routekaart/jeugd`)
    for (const answer of route) {
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: answer, exact: true }).click()])
    }
    expect(new URL(page.url()).searchParams.get('pad')).toBe('1.2.1.1')
    await expect(stepHeading(page).innerText()).resolves.toContain(outcomeTitle)
    expect(await page.locator('.lvb-route__given').allInnerTexts()).toEqual(route)
    // The copy button needs JavaScript, so without it there is none (no dead controls).
    expect(await page.getByRole('button', { name: 'Kopieer samenvatting' }).count()).toBe(0)
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Vorige vraag' }).click()])
    await expect(stepHeading(page).innerText()).resolves.toContain('Welke vorm van behandeling')
    await page.context().close()
  })

  it('reloads a shared link at the same step, and sends an invalid path back to its valid part', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`))?.status()).toBe(200)
    await expect(stepHeading(page).innerText()).resolves.toContain(outcomeTitle)
    await page.reload()
    await expect(stepHeading(page).innerText()).resolves.toContain(outcomeTitle)
    expect(await page.locator('.lvb-route__given').allInnerTexts()).toEqual(route)

    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.9.1`)
    expect(page.url()).toBe(`${e2e.url}/routekaart/jeugd?pad=1`)
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=drop-table`)
    expect(page.url()).toBe(`${e2e.url}/routekaart/jeugd`)
    expect((await page.goto(`${e2e.url}/routekaart/bestaat-niet`))?.status()).toBe(404)
  })

  it('follows "Stel je vraag aan het netwerk" into the intake with the path carried along', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
    await page.getByRole('link', { name: 'Stel je vraag aan het netwerk' }).click()
    await page.waitForURL((url) => url.pathname === '/vraag-stellen')
    const url = new URL(page.url())
    expect(url.searchParams.get('routekaart')).toBe('jeugd')
    expect(url.searchParams.get('pad')).toBe('1.2.1.1')
  })

  it('sends a crisis straight to Veilig Thuis, without waiting for the network', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.6`)
    const text = await page.locator('.lvb-route').innerText()
    expect(text).toMatch(/0800.2000/)
    expect(text).toContain('112')
    expect(await page.getByRole('link', { name: 'Stel je vraag aan het netwerk' }).count()).toBe(0)
    await expectAccessible(page)
  })
})

describe('the routekaart for coordinators', () => {
  it('refuses an edit where an answer leads to a missing step, naming the step; a draft may be unfinished', async () => {
    const token = await staffToken('coordinator@example.org')
    const found = await api<{ docs: { id: string; steps: { key: string; answers?: { nextStepKey: string }[] }[] }[] }>('/routeMaps?where[network][equals]=jeugd&depth=0', { token })
    const map = found.body.docs[0]
    const steps = structuredClone(map.steps)
    steps.find((step) => step.key === 'behandeling-vorm')!.answers![0].nextStepKey = 'bestaat-niet'

    const refused = await api(`/routeMaps/${map.id}`, { token, method: 'PATCH', body: { steps } })
    expect(refused.status).toBe(400)
    const body = JSON.stringify(refused.body)
    expect(body).toContain('stap \\"behandeling-vorm\\"')
    expect(body).toContain('\\"bestaat-niet\\", maar die stap bestaat niet')

    // As a draft it is kept (to finish later); the published routekaart stays as it was.
    const drafted = await api(`/routeMaps/${map.id}?draft=true`, { token, method: 'PATCH', body: { steps, _status: 'draft' } })
    expect(drafted.status).toBe(200)
    const page = await newPage()
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
    await expect(stepHeading(page).innerText()).resolves.toContain(outcomeTitle)
  })

  it('counts step views anonymously, readable by coordinators only', async () => {
    const anonymous = await api('/routeMapStats?limit=1')
    expect([401, 403]).toContain(anonymous.status)

    const token = await staffToken('coordinator@example.org')
    const response = await api<{ docs: { views: number; fromStepKey?: string | null }[] }>('/routeMapStats?where[stepKey][equals]=uitkomst-behandeling-ambulant&limit=50', { token })
    expect(response.status).toBe(200)
    const { docs } = response.body
    const views = docs.reduce((sum, doc) => sum + doc.views, 0)
    // Reached with and without JavaScript, by reloading, and before the call to action.
    expect(views).toBeGreaterThanOrEqual(4)
    expect(docs.every((doc) => doc.fromStepKey === 'behandeling-vorm')).toBe(true)
  })

  it('shows the outline and the usage of a routekaart in the admin', async () => {
    const page = await adminPage('coordinator@example.org')
    const token = await staffToken('coordinator@example.org')
    const found = await api<{ docs: { id: string }[] }>('/routeMaps?where[network][equals]=volwassenen&depth=0', { token })
    const { id } = found.body.docs[0]
    await page.goto(`${e2e.url}/admin/collections/routeMaps/${id}`)
    await page.getByText('Overzicht', { exact: true }).first().click()
    await page.waitForFunction(() => document.body.innerText.includes('Overzicht van de routekaart'), null, { timeout: 30_000 })
    const text = await page.locator('body').innerText()
    expect(text).toContain('Alle routes kloppen')
    expect(text).toContain('Wonen met begeleiding')

    // Live: a change in the form shows in the outline before saving.
    await page.getByText('Stappen', { exact: true }).first().click()
    await page.fill('#field-startStepKey', 'bestaat-niet')
    await page.getByText('Overzicht', { exact: true }).first().click()
    await page.waitForFunction(() => document.body.innerText.includes('De eerste stap "bestaat-niet" bestaat niet.'), null, { timeout: 30_000 })

    // The jeugd routekaart was walked above: its usage table shows where people went on.
    const jeugd = await api<{ docs: { id: string }[] }>('/routeMaps?where[network][equals]=jeugd&depth=0', { token })
    const jeugdId = jeugd.body.docs[0].id
    await page.goto(`${e2e.url}/admin/collections/routeMaps/${jeugdId}`)
    await page.getByText('Gebruik', { exact: true }).first().click()
    await page.waitForFunction(() => document.body.innerText.includes('Gebruik in de afgelopen'), null, { timeout: 30_000 })
    const row = page.locator('tr', { hasText: 'behandeling-vorm' })
    const cells = await row.locator('td').allInnerTexts()
    expect(cells[1]).toBe('Vraag')
    expect(Number(cells[2])).toBeGreaterThanOrEqual(2)
  })
})

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'

/**
 * The Content-Security-Policy in a real browser: every page with a React island or a script
 * (directory, route map, search with Pagefind's WebAssembly, forms) and the admin (login,
 * dashboard, a list, a rich-text edit view) work with it, and Chromium reports no violation.
 */
// Pagefind's first index is built in the background after the start; the search test needs it.
const e2e = useE2e({ searchIndex: true })
const { adminLogin } = e2e

/** A fresh page that records every CSP violation, from the console and from the DOM event. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await e2e.newPage()
  const context = page.context()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  await context.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return { page, violations }
}

const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'))

describe('the site under its CSP', () => {
  it('blocks and reports an injected inline script (the watch itself works)', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${e2e.url}/`)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
    })
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
  })

  it('the directory island filters', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${e2e.url}/aanbod`)
    await hydrated(page)
    await page.getByRole('checkbox', { name: /^Behandeling \(\d+\)$/ }).check()
    await page.waitForURL(/hulp=behandeling/)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })

  it('the route map island walks', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${e2e.url}/routekaart/jeugd`)
    await hydrated(page)
    const first = page.locator('.lvb-route a[href*="pad="]').first()
    await first.click()
    await page.waitForURL(/pad=/)
    await page.waitForLoadState('networkidle')
    // The island rendered the next step itself: the progress moved on past the first question.
    await expect(page.locator('.lvb-route__progress').innerText()).resolves.toMatch(/^(Vraag [2-9]|Uitkomst na)/)
    expect(await page.locator('.lvb-route__bar').evaluate((bar) => (bar as HTMLProgressElement).value)).toBeGreaterThan(0)
    expect(violations).toEqual([])
  })

  it('the search island runs Pagefind (WebAssembly) and shows results', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${e2e.url}/zoeken`)
    await hydrated(page)
    await page.fill('#zoekterm', 'Cordaan')
    await page.waitForSelector('[data-search-engine="pagefind"][data-search-query="Cordaan"]', { timeout: 15_000 })
    expect(await page.locator('.lvb-search__result').count()).toBeGreaterThan(0)
    expect(violations).toEqual([])
  })

  it('pages with form scripts and styles: error summary focus, newsletter, intake, offering, event', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${e2e.url}/nieuwsbrief`)
    await page.click('main button[type="submit"]')
    await page.waitForLoadState('networkidle')
    await page.goto(`${e2e.url}/account/inloggen`)
    await page.click('main button[type="submit"]')
    await page.waitForSelector('#foutmeldingen')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutmeldingen')
    await page.goto(`${e2e.url}/lid-worden`)
    await page.goto(`${e2e.url}/vraag-stellen`)
    await page.goto(`${e2e.url}/agenda`)
    const event = await page.locator('main a[href^="/agenda/"]').first().getAttribute('href')
    await page.goto(`${e2e.url}${event}`)
    await page.goto(`${e2e.url}/aanbod`)
    const offering = await page.locator('main a[href^="/aanbod/"]').first().getAttribute('href')
    await page.goto(`${e2e.url}${offering}`)
    await page.goto(`${e2e.url}/kennis`)
    await page.goto(`${e2e.url}/bestaat-niet`)
    expect(violations).toEqual([])
  })
})

describe('the admin under its CSP', () => {
  it('logs in, shows the dashboard, a list and a rich-text edit view', async () => {
    const { page, violations } = await watchedPage()
    await adminLogin(page, 'coordinator@example.org')
    await page.waitForLoadState('networkidle')
    await page.goto(`${e2e.url}/admin/collections/offerings`)
    await page.waitForSelector('.table, .collection-list', { timeout: 60_000 })
    const edit = await page.locator('.table a[href*="/admin/collections/offerings/"]').first().getAttribute('href')
    await page.goto(`${e2e.url}${edit}`)
    await page.waitForSelector('[data-lexical-editor="true"]', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await page.goto(`${e2e.url}/admin/actualiteit`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, launchBrowser } from '../helpers/browser'
import { demoPassword, startTestServer, type TestServer } from '../helpers/server'

/**
 * Site-wide search as visitors use it: instant results from the Pagefind index with
 * JavaScript, server-rendered results without, a type filter, and an edit in the CMS that
 * becomes findable through the index rebuilt in the background.
 */
let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function newPage({ javaScript = true } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript })
  return context.newPage()
}

/** Types a query into the search page's field and waits for Pagefind's answer to it. */
async function searchInstantly(page: Page, query: string): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' })
  await page.fill('#zoekterm', query)
  await page.waitForSelector(`[data-search-engine="pagefind"][data-search-query="${query}"]`, { timeout: 15_000 })
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.lvb-search__result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

async function resultTypes(page: Page): Promise<string[]> {
  return page.locator('.lvb-search__type').allInnerTexts()
}

describe('search without JavaScript', () => {
  it('the header field leads to server-rendered results, and the type filter narrows them', async () => {
    const page = await newPage({ javaScript: false })
    await page.goto(server.url)
    await page.fill('#header-zoekterm', 'Cordaan')
    await Promise.all([page.waitForURL(/\/zoeken\?q=Cordaan/), page.click('.lvb-header-search button')])
    const links = await resultLinks(page)
    expect(links).toContain('/organisaties/cordaan')
    expect(links.some((link) => link.startsWith('/aanbod/'))).toBe(true)
    await expect(page.locator('.lvb-search__status').innerText()).resolves.toMatch(/^\d+ resultaten voor ‘Cordaan’/)

    await page.selectOption('#zoeksoort', 'aanbod')
    await Promise.all([page.waitForURL(/type=aanbod/), page.click('.lvb-search__button')])
    const types = await resultTypes(page)
    expect(types.length).toBeGreaterThan(0)
    expect(new Set(types)).toEqual(new Set(['Aanbod']))
    expect(await resultLinks(page)).not.toContain('/organisaties/cordaan')
  })

  it('says so when nothing matches', async () => {
    const page = await newPage({ javaScript: false })
    await page.goto(`${server.url}/zoeken?q=xyzzyonvindbaar`)
    await expect(page.locator('.lvb-search__status').innerText()).resolves.toBe('Geen resultaten voor ‘xyzzyonvindbaar’.')
    expect(await resultLinks(page)).toEqual([])
  })
})

describe('instant search with Pagefind', () => {
  it('finds as you type, filters by type, keeps the URL shareable and passes axe', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/zoeken`)
    expect(await accessibilityViolations(page)).toEqual([])

    await searchInstantly(page, 'Cordaan')
    expect(await resultLinks(page)).toContain('/organisaties/cordaan')
    expect(new URL(page.url()).search).toBe('?q=Cordaan')
    await expect(page.locator('[role="status"]').innerText()).resolves.toMatch(/^\d+ resultaten? voor ‘Cordaan’/)
    // Excerpts mark the matching words.
    expect(await page.locator('.lvb-search__excerpt mark').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])

    await page.selectOption('#zoeksoort', 'organisatie')
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'organisatie')
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('in organisatie'))
    expect(new Set(await resultTypes(page))).toEqual(new Set(['Organisatie']))
    expect(await resultLinks(page)).toContain('/organisaties/cordaan')

    // Content pages are searched too.
    await page.selectOption('#zoeksoort', '')
    await searchInstantly(page, 'toegankelijkheid')
    expect(await resultLinks(page)).toContain('/toegankelijkheid')
  })

  it('finds an offering edited through the API a moment ago, within a minute', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@example.org', password: demoPassword }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const list = await fetch(`${server.url}/api/offerings?limit=1&depth=0&where[_status][equals]=published`)
    const [offering] = ((await list.json()) as { docs: { id: string }[] }).docs
    const word = `vlinderboot${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
    const patch = await fetch(`${server.url}/api/offerings/${offering.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `Logeren ${word}`, _status: 'published' }),
    })
    expect(patch.status).toBe(200)
    const { doc } = (await patch.json()) as { doc: { slug: string } }

    // The rebuild is queued and run in the background; a fresh page loads the newest index.
    const deadline = Date.now() + 60_000
    let links: string[] = []
    while (Date.now() < deadline) {
      const page = await newPage()
      await page.goto(`${server.url}/zoeken`)
      await searchInstantly(page, word)
      links = await resultLinks(page)
      await page.context().close()
      if (links.includes(`/aanbod/${doc.slug}`)) break
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    expect(links).toEqual([`/aanbod/${doc.slug}`])
  })
})

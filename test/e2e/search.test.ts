import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from '../helpers/browser'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * Site-wide search as visitors use it: instant results from the Pagefind index with
 * JavaScript, server-rendered results without, a type filter, and an edit in the CMS that
 * becomes findable through the index rebuilt in the background.
 */
// The start no longer waits for the first Pagefind build (it runs in the background); the
// browser tests need it, so the fixture waits for it.
const e2e = useE2e({ searchIndex: true })
const { api, newPage, staffToken } = e2e

/**
 * Types a query into the search page's field and waits for the island's answer to it: from
 * Pagefind, or from the server where Pagefind finds nothing. Resolves with the engine.
 */
async function searchInstantly(page: Page, query: string): Promise<string | null> {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' })
  await page.fill('#zoekterm', query)
  const results = await page.waitForSelector(`[data-search-query="${query}"]`, { timeout: 15_000 })
  return results.getAttribute('data-search-engine')
}

/** axe on a page as a browser with JavaScript shows it (axe itself needs JavaScript). */
async function axeWithJavaScript(url: string): Promise<unknown[]> {
  const page = await newPage()
  await page.goto(url)
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' })
  const violations = await accessibilityViolations(page)
  await page.context().close()
  return violations
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.lvb-search__result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

async function resultTypes(page: Page): Promise<string[]> {
  return page.locator('.lvb-search__type').allInnerTexts()
}

describe('search without JavaScript', () => {
  it('the header field leads to server-rendered results, and the type filter narrows them', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(e2e.url)
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
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/zoeken?q=xyzzyonvindbaar`)
    await expect(page.locator('.lvb-search__status').innerText()).resolves.toBe('Geen resultaten voor ‘xyzzyonvindbaar’.')
    expect(await resultLinks(page)).toEqual([])
  })
})

async function statusCount(page: Page): Promise<number> {
  const status = await page.locator('.lvb-search__status').innerText()
  return Number(/^(\d+) resultat/.exec(status)?.[1] ?? (status.startsWith('Geen') ? 0 : NaN))
}

describe('finding help despite typos, many results or none, without JavaScript', () => {
  it('suggests the word meant for a typo, and the suggestion finds results', async () => {
    for (const [typo, meant] of [
      ['autsime', 'autisme'],
      ['verslavng', 'verslaving'],
    ]) {
      const page = await newPage({ javaScriptEnabled: false })
      await page.goto(`${e2e.url}/zoeken?q=${typo}`)
      const suggestion = page.locator('.lvb-search__suggestions a').first()
      await expect(page.locator('.lvb-search__suggestions').innerText()).resolves.toMatch(/^Bedoelde je .+\?$/)
      expect(await suggestion.innerText()).toBe(meant)
      await Promise.all([page.waitForURL(new RegExp(`q=${meant}`)), suggestion.click()])
      expect(await statusCount(page)).toBeGreaterThan(0)
      await page.context().close()
    }
  })

  it('reaches results past the first page through page links', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/zoeken?q=amsterdam`)
    const total = await statusCount(page)
    expect(total).toBeGreaterThan(20)
    const firstPage = await resultLinks(page)
    expect(firstPage).toHaveLength(20)
    await Promise.all([page.waitForURL(/pagina=2/), page.click('.lvb-pagination a[rel="next"]')])
    const secondPage = await resultLinks(page)
    expect(secondPage.length).toBe(Math.min(20, total - 20))
    expect(secondPage.filter((link) => firstPage.includes(link))).toEqual([])
    await expect(page.locator('.lvb-pagination a[aria-current="page"]').innerText()).resolves.toMatch(/2$/)
    expect(await page.locator('.lvb-search__list').getAttribute('start')).toBe('21')
    expect(await axeWithJavaScript(page.url())).toEqual([])
  })

  it('shows what can be searched on the empty page', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/zoeken`)
    await expect(page.locator('.lvb-search__intro h2').first().innerText()).resolves.toBe('Waarin je kunt zoeken')
    const types = await page.locator('.lvb-search__types li').allInnerTexts()
    expect(types).toHaveLength(7)
    expect(types[0]).toMatch(/^Aanbod \(\d+\): /)
    const examples = page.locator('.lvb-search__examples a')
    expect(await examples.count()).toBeGreaterThan(2)
    await Promise.all([page.waitForURL(/\/zoeken\?q=/), examples.first().click()])
    expect(await statusCount(page)).toBeGreaterThan(0)
  })

  it('points to the routekaart and the coordinator when nothing is found', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/zoeken?q=xyzzyonvindbaar`)
    const help = page.locator('.lvb-search__help a')
    expect(await help.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/routekaart', '/vraag-stellen'])
    expect(await axeWithJavaScript(page.url())).toEqual([])
    expect(await axeWithJavaScript(`${e2e.url}/zoeken?q=autsime`)).toEqual([])
  })

  it('counts per type exactly what choosing that type shows', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/zoeken?q=jeugd`)
    const options = await page.locator('#zoeksoort option').evaluateAll((list) =>
      list.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
    )
    const countOf = (label: string) => Number(/\((\d+)\)$/.exec(label)?.[1])
    const all = countOf(options[0].label)
    expect(all).toBe(await statusCount(page))
    let sum = 0
    for (const option of options.slice(1)) {
      const count = countOf(option.label)
      sum += count
      if (count === 0) continue
      await page.goto(`${e2e.url}/zoeken?q=jeugd&type=${option.value}`)
      expect(await statusCount(page), option.value).toBe(count)
    }
    expect(sum).toBe(all)
  })
})

describe('instant search with Pagefind', () => {
  it('asks the server what was meant beside Pagefind’s results, and pages without reloading', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/zoeken`)
    await searchInstantly(page, 'autsime')
    const suggestion = page.locator('.lvb-search__suggestions a').first()
    expect(await suggestion.innerText()).toBe('autisme')
    await suggestion.click()
    await page.waitForSelector('[data-search-engine="pagefind"][data-search-query="autisme"]', { timeout: 15_000 })
    expect(await page.locator('.lvb-search__suggestions').count()).toBe(0)
    expect(await page.inputValue('#zoekterm')).toBe('autisme')
    expect(new URL(page.url()).search).toBe('?q=autisme')

    expect(await searchInstantly(page, 'amsterdam')).toBe('pagefind')
    const firstPage = await resultLinks(page)
    expect(firstPage).toHaveLength(20)
    // A marker on the window survives only if the page is not loaded again.
    await page.evaluate(() => Object.assign(window, { samePage: true }))
    await page.click('.lvb-pagination a[rel="next"]')
    await page.waitForSelector('[data-search-page="2"]')
    expect((await resultLinks(page)).filter((link) => firstPage.includes(link))).toEqual([])
    expect(new URL(page.url()).searchParams.get('pagina')).toBe('2')
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true)
    await expectAccessible(page)
  })

  it('finds as you type, filters by type, keeps the URL shareable and passes axe', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/zoeken`)
    await expectAccessible(page)

    expect(await searchInstantly(page, 'Cordaan')).toBe('pagefind')
    expect(await resultLinks(page)).toContain('/organisaties/cordaan')
    expect(new URL(page.url()).search).toBe('?q=Cordaan')
    await expect(page.locator('[role="status"]').innerText()).resolves.toMatch(/^\d+ resultaten? voor ‘Cordaan’/)
    // Excerpts mark the matching words.
    expect(await page.locator('.lvb-search__excerpt mark').count()).toBeGreaterThan(0)
    await expectAccessible(page)

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
    const token = await staffToken('coordinator@example.org')
    const list = await api<{ docs: { id: string }[] }>('/offerings?limit=1&depth=0&where[_status][equals]=published')
    const [offering] = list.body.docs
    const word = `vlinderboot${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
    const patch = await api<{ doc: { slug: string } }>(`/offerings/${offering.id}`, { token, method: 'PATCH', body: { title: `Logeren ${word}`, _status: 'published' } })
    expect(patch.status).toBe(200)
    const { doc } = patch.body

    // The rebuild is queued and run in the background; a fresh page loads the newest index.
    const deadline = Date.now() + 60_000
    let links: string[] = []
    while (Date.now() < deadline) {
      const page = await newPage()
      await page.goto(`${e2e.url}/zoeken`)
      // Until Pagefind's index has it the server answers (its own index has it at once).
      const engine = await searchInstantly(page, word)
      links = await resultLinks(page)
      await page.context().close()
      if (engine === 'pagefind' && links.includes(`/aanbod/${doc.slug}`)) break
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    expect(links).toEqual([`/aanbod/${doc.slug}`])
  })
})

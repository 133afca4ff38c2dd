import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * The public directory as visitors use it, on the real server seeded from content/: filtering
 * offerings with and without JavaScript, sharing a filtered view, every page type through axe,
 * and the machine-readable outputs (RSS, sitemap, robots).
 */
const e2e = useE2e()
const { newPage } = e2e

/** The titles of the offerings in the result list, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.lvb-directory__list h3').allInnerTexts()
}

async function statusText(page: Page): Promise<string> {
  return page.locator('.lvb-directory__results [role="status"]').innerText()
}

/** The facts of each result card: "Soort hulp" and "Leeftijd" values. */
async function resultFacts(page: Page): Promise<{ kinds: string; ages: string }[]> {
  return page.locator('.lvb-directory__list .lvb-card__facts').evaluateAll((lists) =>
    lists.map((list) => {
      const value = (key: string) => {
        const dt = [...list.querySelectorAll('dt')].find((item) => item.textContent?.trim() === key)
        return dt?.nextElementSibling?.textContent?.trim() ?? ''
      }
      return { kinds: value('Soort hulp'), ages: value('Leeftijd') }
    }),
  )
}

/** Whether an age text on a card ("12 tot en met 23 jaar", "vanaf 18 jaar", "") includes `age`. */
function agesInclude(text: string, age: number): boolean {
  if (text === '') return true
  const range = text.match(/^(\d+) tot en met (\d+) jaar$/)
  if (range) return Number(range[1]) <= age && age <= Number(range[2])
  const from = text.match(/^vanaf (\d+) jaar$/)
  if (from) return Number(from[1]) <= age
  const until = text.match(/^tot en met (\d+) jaar$/)
  if (until) return age <= Number(until[1])
  const exact = text.match(/^(\d+) jaar$/)
  return exact ? Number(exact[1]) === age : false
}

describe('the offerings directory', () => {
  let sharedUrl = ''
  let filteredTitles: string[] = []

  it('filters instantly by kind of help and age, keeping the URL in step and announcing the count', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/aanbod`)
    // Hydrated: the island marks itself once React has taken over.
    await page.waitForSelector('astro-island:not([ssr])')
    const allTitles = await resultTitles(page)
    const allStatus = await statusText(page)

    await page.getByRole('checkbox', { name: /^Behandeling \(\d+\)$/ }).check()
    await page.waitForURL(/hulp=behandeling/)
    await page.getByLabel('Leeftijd (in jaren)').fill('15')
    await page.waitForURL(/leeftijd=15/)
    await expect.poll(() => statusText(page)).not.toBe(allStatus)

    filteredTitles = await resultTitles(page)
    expect(filteredTitles.length).toBeGreaterThan(0)
    expect(filteredTitles.length).toBeLessThan(allTitles.length)
    for (const facts of await resultFacts(page)) {
      expect(facts.kinds).toContain('Behandeling')
      expect(agesInclude(facts.ages, 15), facts.ages).toBe(true)
    }
    expect(await statusText(page)).toMatch(new RegExp(`^${filteredTitles.length} resultaten? gevonden`))
    await expect(page.locator('[role="status"]').count()).resolves.toBe(1)

    sharedUrl = page.url()
    const url = new URL(sharedUrl)
    expect(url.pathname).toBe('/aanbod')
    expect(url.searchParams.getAll('hulp')).toEqual(['behandeling'])
    expect(url.searchParams.get('leeftijd')).toBe('15')

    // The back button undoes the last choice.
    await page.goBack()
    await page.waitForURL((current) => !current.searchParams.has('hulp') || !current.searchParams.has('leeftijd'))
  })

  it('opens a shared URL in a new browser context with the same results', async () => {
    expect(sharedUrl).not.toBe('')
    const page = await newPage()
    await page.goto(sharedUrl)
    expect(await resultTitles(page)).toEqual(filteredTitles)
    await expect(page.getByRole('checkbox', { name: /^Behandeling \(\d+\)$/ }).isChecked()).resolves.toBe(true)
    await expect(page.getByLabel('Leeftijd (in jaren)').inputValue()).resolves.toBe('15')
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').pathname).toBe('/aanbod')
  })

  it('works without JavaScript: the GET form gives the same results and URL', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/aanbod`)
    await page.getByRole('checkbox', { name: /^Behandeling \(\d+\)$/ }).check()
    await page.getByLabel('Leeftijd (in jaren)').fill('15')
    await Promise.all([page.waitForURL(/leeftijd=15/), page.getByRole('button', { name: 'Toon resultaten' }).click()])
    const url = new URL(page.url())
    expect(url.pathname).toBe('/aanbod')
    expect(url.searchParams.getAll('hulp')).toEqual(['behandeling'])
    expect(url.searchParams.get('leeftijd')).toBe('15')
    expect(await resultTitles(page)).toEqual(filteredTitles)
    expect(await statusText(page)).toMatch(/resultaten? gevonden/)
  })

  it('searches text within the results, shows counts per facet value and pages without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/aanbod?q=crisis`)
    const titles = await resultTitles(page)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles[0]).toMatch(/crisis/i)
    // Counts follow the text: the "Crisis" kind counts only crisis offerings.
    const label = await page.locator('label', { hasText: /^Crisis \(/ }).innerText()
    expect(Number(label.match(/\((\d+)\)/)?.[1])).toBeGreaterThan(0)

    await page.goto(`${e2e.url}/aanbod?sorteer=naam`)
    const pagination = page.getByRole('navigation', { name: 'Paginering' })
    await expect(pagination.count()).resolves.toBe(1)
    const firstPage = await resultTitles(page)
    await Promise.all([page.waitForURL(/pagina=2/), pagination.getByRole('link', { name: 'Volgende pagina' }).click()])
    const secondPage = await resultTitles(page)
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage.some((title) => firstPage.includes(title))).toBe(false)
    expect(secondPage[0].localeCompare(firstPage.at(-1) ?? '', 'nl')).toBeGreaterThanOrEqual(0)
  })

  it('shows waiting time and last review on each item', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/aanbod`)
    const cards = page.locator('.lvb-directory__list .lvb-card')
    const count = await cards.count()
    expect(count).toBeGreaterThan(0)
    for (const text of await cards.allInnerTexts()) {
      expect(text).toContain('Wachttijd')
      expect(text).toContain('Laatst gecontroleerd')
    }
  })
})

describe('never hide help that exists', () => {
  /** Published offerings the API (with a visitor's rights) finds for a where clause. */
  async function apiCount(query: string): Promise<number> {
    const response = await fetch(`${e2e.url}/api/offerings?${query}&limit=1&depth=0`)
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }

  it('finds city-wide offerings under a district, with and without JavaScript, and the count says so', async () => {
    const expected = await apiCount('where[areas][in]=zuidoost,heel-amsterdam')
    const cityWide = (await (await fetch(`${e2e.url}/api/offerings?where[areas][in]=heel-amsterdam&limit=100&depth=0`)).json()) as {
      docs: { title: string; areas: string[] }[]
    }
    const onlyCityWide = cityWide.docs.find((doc) => !doc.areas.includes('zuidoost'))
    expect(onlyCityWide).toBeDefined()
    expect(expected).toBeGreaterThan(await apiCount('where[areas][in]=zuidoost'))

    // Without JavaScript: the shared link.
    const plain = await newPage({ javaScriptEnabled: false })
    await plain.goto(`${e2e.url}/aanbod?gebied=zuidoost`)
    expect(await statusText(plain)).toMatch(new RegExp(`^${expected} resultaten? gevonden`))
    await plain.goto(`${e2e.url}/aanbod?gebied=zuidoost&q=${encodeURIComponent(onlyCityWide!.title)}`)
    expect(await resultTitles(plain)).toContain(onlyCityWide!.title)

    // With JavaScript: the option's count is the number of results ticking it gives.
    const page = await newPage()
    await page.goto(`${e2e.url}/aanbod`)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.locator('summary', { hasText: 'Werkgebied' }).click()
    const option = page.getByRole('checkbox', { name: /^Zuidoost \(\d+\)$/ })
    const label = await page.locator('label', { hasText: /^Zuidoost \(/ }).innerText()
    expect(Number(label.match(/\((\d+)\)/)?.[1])).toBe(expected)
    await option.check()
    await page.waitForURL(/gebied=zuidoost/)
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^${expected} resultaten? gevonden`))
  })

  it('never relates adult offerings to crisis care for 12 to 18', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/aanbod/levvel-crisisopvang`)
    const ages = await page.locator('section[aria-labelledby="vergelijkbaar"] .lvb-card__facts').evaluateAll((lists) =>
      lists.map((list) => {
        const dt = [...list.querySelectorAll('dt')].find((item) => item.textContent?.trim() === 'Leeftijd')
        return dt?.nextElementSibling?.textContent?.trim() ?? ''
      }),
    )
    expect(ages.length).toBeGreaterThan(0)
    for (const text of ages) {
      expect(text).not.toMatch(/^vanaf (1[89]|[2-9]\d) jaar$/)
      expect(text).not.toMatch(/^(1[89]|[2-9]\d) tot en met \d+ jaar$/)
    }
  })

  it('sorts by waiting time, shortest first and unknown last, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    const weeks: number[] = []
    for (let number = 1; ; number++) {
      await page.goto(`${e2e.url}/aanbod?sorteer=wachttijd${number > 1 ? `&pagina=${number}` : ''}`)
      const texts = await page.locator('.lvb-directory__list .lvb-card__facts').evaluateAll((lists) =>
        lists.map((list) => {
          const dt = [...list.querySelectorAll('dt')].find((item) => item.textContent?.trim() === 'Wachttijd')
          return dt?.nextElementSibling?.textContent?.trim() ?? ''
        }),
      )
      for (const text of texts) {
        if (text.startsWith('geen wachttijd')) weeks.push(0)
        else if (text.startsWith('onbekend')) weeks.push(Number.POSITIVE_INFINITY)
        else weeks.push(Number(text.match(/^(\d+) (week|weken)\b/)?.[1] ?? Number.NaN))
      }
      if ((await page.getByRole('link', { name: 'Volgende pagina' }).count()) === 0) break
    }
    expect(weeks.length).toBeGreaterThan(20)
    expect(weeks.filter((value) => Number.isNaN(value))).toEqual([])
    expect(weeks).toEqual([...weeks].sort((a, b) => a - b))
  })
})

describe('every page type is accessible', () => {
  const pages: [string, string][] = [
    ['the directory', '/aanbod'],
    ['a filtered directory', '/aanbod?hulp=behandeling&leeftijd=15&doelgroep=trauma'],
    ['an offering', '/aanbod/levvel-crisisopvang'],
    ['the organisations', '/organisaties'],
    ['an organisation', '/organisaties/cordaan'],
    ['the experts', '/experts'],
    ['the working groups', '/werkgroepen'],
    ['a working group', '/werkgroepen/wonen-na-je-18e'],
    ['the knowledge list', '/kennis'],
    ['an article', '/kennis/rode-draden-uit-de-casusvragen'],
    ['the contact page', '/contact'],
    ['the accessibility statement', '/toegankelijkheid'],
  ]

  for (const [name, path] of pages) {
    it(`${name} (${path}) passes axe and has canonical and Open Graph tags`, async () => {
      const page = await newPage()
      const response = await page.goto(`${e2e.url}${path}`)
      expect(response?.status()).toBe(200)
      await expectAccessible(page)
      expect(await page.locator('link[rel="canonical"]').count()).toBe(1)
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy()
      expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/kennis/rss.xml')
    })
  }

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    const page = await newPage({ viewport: { width: 320, height: 800 } })
    for (const [, path] of pages) {
      await page.goto(`${e2e.url}${path}`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320)
    }
  })

  it('the offering page shows organisation, contact, funding and related offerings of other organisations', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/aanbod/levvel-crisisopvang`)
    const body = await page.locator('main').innerText()
    expect(body).toContain('Financiering')
    expect(body).toMatch(/Contact/)
    await expect(page.locator('main a[href="/organisaties/levvel"]').count()).resolves.toBeGreaterThan(0)
    const related = page.locator('section[aria-labelledby="vergelijkbaar"] .lvb-card')
    expect(await related.count()).toBeGreaterThan(0)
    for (const text of await related.allInnerTexts()) expect(text).not.toContain('Door Levvel')
  })

  it('ships no client JavaScript on pages without an island', async () => {
    const page = await newPage()
    for (const path of ['/experts', '/organisaties', '/kennis', '/werkgroepen/wonen-na-je-18e']) {
      await page.goto(`${e2e.url}${path}`)
      expect(await page.locator('script').count(), path).toBe(0)
    }
  })

  it('the experts page routes contact through the coordinator, never to the expert directly', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/experts`)
    const mails = await page.locator('main a[href^="mailto:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(mails.length).toBeGreaterThan(0)
    for (const mail of mails) expect(mail).toMatch(/^mailto:coordinator-/)
    await expect(page.locator('main').innerText()).resolves.toContain('Anouk Verbeek')
  })

  it('the working group names organisations, not people', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/werkgroepen/wonen-na-je-18e`)
    const text = await page.locator('main').innerText()
    expect(text).toContain('Philadelphia')
    expect(text).toMatch(/voorzitter/)
  })
})

describe('feeds for machines', () => {
  it('the RSS feed of articles parses as XML with items', async () => {
    const response = await fetch(`${e2e.url}/kennis/rss.xml`)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await response.text()
    const page = await newPage()
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
        })),
      }
    }, xml)
    expect(parsed.error).toBeNull()
    expect(parsed.items.length).toBeGreaterThan(0)
    for (const item of parsed.items) expect(item.link).toMatch(new RegExp(`^${e2e.url}/kennis/`))
  })

  it('the sitemap lists the offerings and robots.txt points to it', async () => {
    const xml = await (await fetch(`${e2e.url}/sitemap.xml`)).text()
    expect(xml).toContain(`<loc>${e2e.url}/aanbod/levvel-crisisopvang</loc>`)
    expect(xml).toContain(`<loc>${e2e.url}/organisaties/cordaan</loc>`)
    expect(xml).toContain(`<loc>${e2e.url}/kennis/rode-draden-uit-de-casusvragen</loc>`)
    const robots = await (await fetch(`${e2e.url}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${e2e.url}/sitemap.xml`)
  })

  it('serves the stylesheet gzipped', async () => {
    const html = await (await fetch(`${e2e.url}/aanbod`)).text()
    const css = html.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1]
    expect(css).toBeTruthy()
    const response = await fetch(`${e2e.url}${css}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect((await response.text()).length).toBeGreaterThan(1000)
  })

  it('the directory JSON answers the same filter as the page, with card fields only', async () => {
    const response = await fetch(`${e2e.url}/aanbod.json?hulp=behandeling&leeftijd=15`)
    const view = (await response.json()) as { cards: Record<string, unknown>[]; search: string }
    expect(view.search).toBe('hulp=behandeling&leeftijd=15')
    expect(view.cards.length).toBeGreaterThan(0)
    for (const card of view.cards) {
      expect(Object.keys(card)).not.toContain('description')
      expect(Object.keys(card)).not.toContain('contact')
      expect(Object.keys(card)).not.toContain('id')
    }
  })
})

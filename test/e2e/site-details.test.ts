import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, professionalAccount, useE2e } from '../helpers/e2e'
import { get, postForm, sitePages, type SitePage } from '../helpers/sitePages'

/**
 * The details a professional notices, on every page type of the real server (seeded from
 * content/), in Chromium at phone and desktop sizes, with and without JavaScript: who is logged
 * in, the phone menu, no sideways scrolling at 320 px, crisis numbers that can be tapped, one
 * form kit, one form of address, counts in the right number, the routekaart's hand-off, and
 * what search engines and shared links read (sitemap, titles, og:image, JSON-LD).
 */
const e2e = useE2e()
const { newPage } = e2e
let pages: SitePage[]
let session: string

const fullEventSlug = `e2e-volle-bijeenkomst-${Date.now()}`
const phone = { width: 375, height: 667 }

beforeAll(async () => {
  pages = await sitePages(e2e.url)
  session = await e2e.professionalSession()

  // An event with one place, for "1 plaats" and "Vol — wachtlijst".
  const token = await e2e.staffToken('coordinator@example.org')
  const startsAt = new Date(Date.now() + 9 * 86_400_000)
  await e2e.api('/events', {
    token,
    method: 'POST',
    body: {
      _status: 'published',
      title: 'E2E: een bijeenkomst met één plaats',
      slug: fullEventSlug,
      kind: 'expertmeeting',
      audience: 'professionals',
      networks: ['jeugd'],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      location: { name: 'Zaal Eén', address: 'Dam 1' },
      summary: 'Een bijeenkomst om het aantal plaatsen te testen.',
      capacity: 1,
      registrationEnabled: true,
    },
    expectStatus: 201,
  })
})

const eventPath = () => pages.find((page) => page.type === 'een bijeenkomst')?.path ?? ''

describe('the header', () => {
  it('shows who is logged in, with a link to the account and a log-out button that posts', async () => {
    const page = await newPage({ session, viewport: { width: 1280, height: 800 } })
    const response = await page.goto(`${e2e.url}/agenda`)
    expect(response?.headers()['cache-control']).toMatch(/private/)
    const header = page.locator('header')
    await expect(header.innerText()).resolves.toContain('Demo professional')
    expect(await header.locator('a[href="/account"]').count()).toBe(1)
    const logout = header.locator('form[action="/account/uitloggen"]')
    expect(await logout.getAttribute('method')).toBe('post')
    expect(await logout.locator('button[type="submit"]').innerText()).toBe('Uitloggen')
    expect(await header.locator('a[href*="uitloggen"]').count()).toBe(0)
    await expectAccessible(page)

    // Logging out from the header ends the session; the header then offers to log in.
    await Promise.all([page.waitForURL(/\/account\/inloggen/), logout.locator('button').click()])
    await page.goto(`${e2e.url}/agenda`)
    await expect(page.locator('header').innerText()).resolves.not.toContain('Demo professional')
    expect(await page.locator('header a[href^="/account/inloggen"]').count()).toBe(1)
  })

  it('shows nobody as logged in to a visitor without the session cookie', async () => {
    const response = await get(`${e2e.url}/agenda`)
    const html = await response.text()
    expect(html).not.toContain('Demo professional')
    expect(html).toContain('href="/account/inloggen?terug=%2Fagenda"')
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/private/)
  })

  it('takes at most a quarter of a phone screen, with a menu button that works without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const loggedIn of [false, true]) {
        const page = await newPage({ viewport: phone, javaScriptEnabled, session: loggedIn ? session : undefined })
        await page.goto(`${e2e.url}/aanbod`)
        const height = await page.locator('header').evaluate((header) => header.getBoundingClientRect().height)
        expect(height, `JavaScript ${javaScriptEnabled}, ingelogd ${loggedIn}`).toBeLessThanOrEqual(phone.height / 4)
        const menuLink = page.locator('header nav a[href="/organisaties"]')
        expect(await menuLink.isVisible()).toBe(false)
        const button = page.locator('header summary')
        expect(await button.innerText()).toBe('Menu')
        await button.click()
        expect(await menuLink.isVisible()).toBe(true)
        expect(await page.locator('#header-zoekterm').isVisible()).toBe(true)
        if (javaScriptEnabled) await expectAccessible(page)
        await button.click()
        expect(await menuLink.isVisible()).toBe(false)
      }
    }
  })

  it('shows the whole menu on a wide screen, reachable by keyboard, without a menu button', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(e2e.url)
    expect(await page.locator('header summary').isVisible()).toBe(false)
    expect(await page.locator('header nav a[href="/organisaties"]').isVisible()).toBe(true)
    await page.locator('header nav a[href="/organisaties"]').focus()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/organisaties')
  })
})

describe('small screens', () => {
  it('never scroll sideways at 320 px, on any page type', async () => {
    const wide: string[] = []
    const page = await newPage({ viewport: { width: 320, height: 640 } })
    const loggedIn = await newPage({ viewport: { width: 320, height: 640 }, session })
    for (const item of pages) {
      const tab = item.loggedIn ? loggedIn : page
      await tab.goto(`${e2e.url}${item.path}`)
      const width = await tab.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) wide.push(`${item.type} (${item.path}): ${width}px`)
    }
    expect(wide).toEqual([])
  })
})

describe('a logged-in professional', () => {
  it('finds the event form filled in, and the registration on /account with a way to cancel it', async () => {
    const page = await newPage({ session })
    await page.goto(`${e2e.url}${eventPath()}`)
    expect(await page.inputValue('#veld-name')).toBe('Demo professional')
    expect(await page.inputValue('#veld-email')).toBe(professionalAccount.email)
    expect(await page.inputValue('#veld-organisation')).not.toBe('')
    const title = await page.locator('h1').innerText()
    await Promise.all([page.waitForLoadState('load'), page.click('main form.lvb-form button[type="submit"]')])
    await page.waitForSelector('[role="status"]')

    await page.goto(`${e2e.url}/account`)
    const registrations = page.locator('.lvb-registrations')
    await expect(registrations.innerText()).resolves.toContain(title)
    await expect(registrations.innerText()).resolves.toMatch(/Aangemeld|wachtlijst/)
    await expectAccessible(page)
    await Promise.all([page.waitForURL(/\/agenda\/afmelden\?token=/), registrations.getByRole('link', { name: /Afmelden/ }).first().click()])
    await expect(page.locator('main').innerText()).resolves.toContain(title)
    expect(await page.locator('main button[type="submit"]').innerText()).toBe('Ja, meld mij af')
  })

  it('sees the routekaart route as its questions and answers when asking the network', async () => {
    const page = await newPage({ session })
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
    await Promise.all([page.waitForURL(/\/vraag-stellen/), page.getByRole('link', { name: 'Stel je vraag aan het netwerk' }).click()])
    const main = await page.locator('main').innerText()
    for (const words of ['Ja, dat is vastgesteld', 'Behandeling van bijkomende problemen', 'Psychische problemen of trauma', 'Ambulant, de jongere blijft thuis wonen']) {
      expect(main).toContain(words)
    }
    expect(main).toContain('Wat is op dit moment de belangrijkste vraag?')
    expect(main).not.toContain('1.2.1.1')
  })
})

describe('the routekaart on paper', () => {
  it('prints the outcome with the full address of the route', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
    await page.emulateMedia({ media: 'print' })
    const url = page.locator('.lvb-route__print-url')
    expect(await url.isVisible()).toBe(true)
    expect(await url.innerText()).toContain(`${e2e.url}/routekaart/jeugd?pad=1.2.1.1`)
  })
})

/** Text in the page (outside scripts) that names a crisis number or e-mail address but is not inside a link to it. */
function unlinkedContacts(page: Page) {
  return page.evaluate(() => {
    const pattern = /(?<![\d€.,+/-])(112|113|0800[\s\u00a0-]?2000|0800[\s\u00a0-]?0113)(?![\d]|[.,]\d)|[\w.+-]+@[\w-]+(\.[\w-]+)+/g
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, template, input, textarea, [hidden]')) continue
      const link = parent.closest('a[href^="tel:"], a[href^="mailto:"]')
      for (const match of (node.textContent ?? '').matchAll(pattern)) if (!link) found.push(match[0])
    }
    return found
  })
}

describe('crisis numbers and e-mail addresses', () => {
  it('are tel: links on the routekaart, the content pages and the intake', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/routekaart/jeugd?pad=1.6`)
    const hrefs = await page.locator('.lvb-route a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual(expect.arrayContaining(['tel:112', 'tel:08002000', 'tel:113', 'tel:08000113']))

    await page.goto(`${e2e.url}/vraag-stellen-uitleg`)
    expect(await page.locator('main a[href="tel:112"]').count()).toBeGreaterThan(0)

    const intake = await newPage({ session })
    await intake.goto(`${e2e.url}/vraag-stellen`)
    const crisis = await intake.locator('#crisis a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(crisis).toEqual(expect.arrayContaining(['tel:112', 'tel:08002000']))
  })

  it('are never plain text on any page type: crisis numbers are tel: links, addresses mailto: links', async () => {
    const found: Record<string, string[]> = {}
    const page = await newPage()
    const loggedIn = await newPage({ session })
    for (const item of [...pages, { type: 'uitleg vraag stellen', path: '/vraag-stellen-uitleg' }, { type: 'privacy', path: '/privacy' }]) {
      const tab = 'loggedIn' in item && item.loggedIn ? loggedIn : page
      await tab.goto(`${e2e.url}${item.path}`)
      // The account's own address on /account is data about the account, not an address to write to.
      const plain = (await unlinkedContacts(tab)).filter((text) => text !== professionalAccount.email)
      if (plain.length > 0) found[`${item.type} ${item.path}`] = plain
    }
    expect(found).toEqual({})
  })
})

describe('the forms', () => {
  it('have the newsletter checkboxes beside their labels, on a phone too', async () => {
    for (const path of ['/', '/nieuwsbrief']) {
      const page = await newPage({ viewport: phone })
      await page.goto(`${e2e.url}${path}`)
      const boxes = page.locator('form[action="/nieuwsbrief"] input[type="checkbox"]')
      expect(await boxes.count()).toBe(2)
      for (const box of await boxes.all()) {
        const id = await box.getAttribute('id')
        const boxRect = await box.boundingBox()
        const labelRect = await page.locator(`label[for="${id}"]`).boundingBox()
        if (!boxRect || !labelRect) throw new Error(`${path}: geen vakje of label voor ${id}`)
        // On the same line: the label starts right of the box and overlaps it vertically.
        expect(labelRect.x, `${path} ${id}`).toBeGreaterThanOrEqual(boxRect.x + boxRect.width)
        expect(labelRect.x - (boxRect.x + boxRect.width), `${path} ${id}`).toBeLessThan(24)
        expect(labelRect.y, `${path} ${id}`).toBeLessThan(boxRect.y + boxRect.height)
        expect(labelRect.y + labelRect.height, `${path} ${id}`).toBeGreaterThan(boxRect.y)
      }
    }
  })

  it('show an error summary that does not break words at 375 px', async () => {
    const page = await newPage({ viewport: phone })
    await page.goto(`${e2e.url}/nieuwsbrief`)
    await page.fill('#veld-name', 'Lezer met een erg lange achternaam')
    await Promise.all([page.waitForLoadState('load'), page.click('main form.lvb-form button[type="submit"]')])
    const summary = page.locator('#foutmeldingen')
    await summary.waitFor()
    const split = await summary.evaluate((element) => {
      const broken: string[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          if (lines.size > 1) broken.push(match[0])
        }
      }
      return broken
    })
    expect(split).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
  })

  it('all show errors the same way: a focused summary linking to fields, the same field message, values kept', async () => {
    const forms: { path: string; loggedIn?: boolean; fill: (page: Page) => Promise<void>; kept: [string, string] }[] = [
      { path: '/nieuwsbrief', fill: (page) => page.fill('#veld-name', 'Lezer'), kept: ['#veld-name', 'Lezer'] },
      { path: eventPath(), fill: (page) => page.fill('#veld-name', 'Nina'), kept: ['#veld-name', 'Nina'] },
      { path: '/lid-worden', fill: (page) => page.fill('#veld-organisationName', 'Stichting Test'), kept: ['#veld-organisationName', 'Stichting Test'] },
      { path: '/account/registreren', fill: (page) => page.fill('#veld-jobTitle', 'Gedragswetenschapper'), kept: ['#veld-jobTitle', 'Gedragswetenschapper'] },
      { path: '/account/wachtwoord-vergeten', fill: (page) => page.fill('#veld-email', 'geen-adres'), kept: ['#veld-email', 'geen-adres'] },
      { path: '/vraag-stellen', loggedIn: true, fill: (page) => page.fill('#veld-question', 'Te kort'), kept: ['#veld-question', 'Te kort'] },
    ]
    const looks = new Set<string>()
    for (const form of forms) {
      const page = await newPage({ javaScriptEnabled: false, session: form.loggedIn ? session : undefined })
      await page.goto(`${e2e.url}${form.path}`)
      await form.fill(page)
      await Promise.all([page.waitForLoadState('load'), page.click('main form.lvb-form button[type="submit"]')])
      const summary = page.locator('#foutmeldingen')
      expect(await summary.count(), form.path).toBe(1)
      expect(await page.locator('#foutmeldingen:focus').count(), form.path).toBe(1)
      expect(await page.inputValue(form.kept[0]), form.path).toBe(form.kept[1])
      const targets = await summary.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      expect(targets.length, form.path).toBeGreaterThan(0)
      for (const target of targets) {
        expect(target, form.path).toMatch(/^#veld-[A-Za-z]+$/)
        const field = page.locator(target)
        expect(await field.count(), `${form.path} ${target}`).toBe(1)
        // The field (or its group) names its message, which has the one id scheme.
        const described = await page.locator(`${target}[aria-describedby], fieldset:has(${target})[aria-describedby]`).first().getAttribute('aria-describedby')
        expect(described, `${form.path} ${target}`).toContain(`${target.slice(1)}-fout`)
      }
      for (const message of await page.locator('.lvb-field-error').all()) {
        looks.add(await message.evaluate((element) => {
          const style = getComputedStyle(element)
          return `${element.tagName} ${style.color} ${style.fontWeight} ${style.fontSize}`
        }))
      }
    }
    expect([...looks]).toHaveLength(1)
  })
})

describe('the words', () => {
  it('address the reader as je on every page type, never as u', async () => {
    const found: Record<string, string[]> = {}
    const page = await newPage()
    const loggedIn = await newPage({ session })
    const extra = ['/privacy', '/vraag-stellen-uitleg', '/lid-worden-uitleg', '/toegankelijkheid', '/hoe-werkt-het-netwerk', '/expertpool', '/routekaart/jeugd?pad=2', '/routekaart/volwassenen']
    for (const item of [...pages, ...extra.map((path) => ({ type: 'extra', path }))]) {
      const tab = 'loggedIn' in item && item.loggedIn ? loggedIn : page
      await tab.goto(`${e2e.url}${item.path}`)
      const text = await tab.evaluate(() => `${document.title}\n${document.body.innerText}`)
      const formal = [...text.matchAll(/(?<![\p{L}\p{N}(])(u|U|uw|Uw|uzelf)(?![\p{L}\p{N})+])/gu)].map((match) => text.slice(Math.max(0, match.index - 20), match.index + 20))
      if (formal.length > 0) found[`${item.type} ${item.path}`] = formal.slice(0, 5)
    }
    expect(found).toEqual({})
  })

  it('count places in the right number, and the agenda marks a full event', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/agenda/${fullEventSlug}`)
    await expect(page.locator('.lvb-facts').innerText()).resolves.toContain('1 plaats, nog 1 vrij.')
    await page.goto(`${e2e.url}/agenda`)
    const card = page.locator('.lvb-card', { hasText: 'E2E: een bijeenkomst met één plaats' })
    expect(await card.innerText()).not.toContain('Vol — wachtlijst')

    const registered = await postForm(e2e.url, `/agenda/${fullEventSlug}`, { name: 'Anna Eerste', email: 'anna.eerste@example.org', organisation: 'Buurtteam Oost' })
    expect(registered.status).toBe(200)
    await page.goto(`${e2e.url}/agenda/${fullEventSlug}`)
    await expect(page.locator('.lvb-facts').innerText()).resolves.toContain('Vol (1 plaats). Er staat nog niemand op de wachtlijst.')
    await page.goto(`${e2e.url}/agenda`)
    expect(await card.innerText()).toContain('Vol — wachtlijst')
    // Only the full one: the seeded events have room or no maximum.
    expect(await page.locator('.lvb-card', { hasText: 'Vol — wachtlijst' }).count()).toBe(1)
    await expectAccessible(page)
  })
})

/** What search engines read of a page. */
async function headOf(path: string, loggedIn = false) {
  const response = await get(`${e2e.url}${path}`, loggedIn ? { cookie: `payload-token=${session}` } : {})
  const html = await response.text()
  const attribute = (pattern: RegExp) => html.match(pattern)?.[1]?.replace(/&amp;/g, '&')
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]) as Record<string, any>)
  return {
    status: response.status,
    title: attribute(/<title>([^<]*)<\/title>/),
    description: attribute(/<meta name="description" content="([^"]*)"/),
    canonical: attribute(/<link rel="canonical" href="([^"]*)"/),
    noindex: /<meta name="robots" content="noindex"/.test(html),
    ogImage: attribute(/<meta property="og:image" content="([^"]*)"/),
    ogImageAlt: attribute(/<meta property="og:image:alt" content="([^"]*)"/),
    jsonLd,
  }
}

describe('what search engines and shared links read', () => {
  it('lists every indexable page in the sitemap, each with its own title and description', async () => {
    const sitemap = await (await get(`${e2e.url}/sitemap.xml`)).text()
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&')))
    const missing: string[] = []
    const titles = new Map<string, string>()
    const descriptions = new Map<string, string>()
    const duplicates: string[] = []
    for (const page of pages.filter((item) => !item.loggedIn)) {
      const head = await headOf(page.path)
      const url = `${e2e.url}${page.path}`
      if (head.noindex || head.canonical !== url) continue
      if (!listed.has(url)) missing.push(page.path)
      for (const [value, seen] of [[head.title, titles], [head.description, descriptions]] as const) {
        if (!value) duplicates.push(`${page.path}: leeg`)
        else if (seen.has(value)) duplicates.push(`${page.path} en ${seen.get(value)}: ${value}`)
        else seen.set(value, page.path)
      }
    }
    expect(missing).toEqual([])
    expect(duplicates).toEqual([])
    expect(titles.size).toBeGreaterThan(15)
    // No address twice (a content page named like a section).
    const all = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(all.length).toBe(new Set(all).size)
  })

  it('gives every page an og:image of 1200×630 with a description', async () => {
    for (const path of ['/', eventPath(), '/bestaat-niet']) {
      const head = await headOf(path)
      expect(head.ogImage, path).toMatch(new RegExp(`^${e2e.url}/.+\\.png$`))
      expect(head.ogImageAlt?.length, path).toBeGreaterThan(20)
    }
    const image = await get((await headOf('/')).ogImage ?? '')
    expect(image.headers.get('content-type')).toMatch(/image\/png/)
    const bytes = Buffer.from(await image.arrayBuffer())
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('describes the site, events and organisations in schema.org JSON-LD', async () => {
    const home = await headOf('/')
    const site = home.jsonLd.find((data) => data['@type'] === 'WebSite')
    expect(site?.potentialAction?.['@type']).toBe('SearchAction')
    expect(site?.potentialAction?.target?.urlTemplate).toBe(`${e2e.url}/zoeken?q={search_term_string}`)

    const event = (await headOf(`/agenda/${fullEventSlug}`)).jsonLd.find((data) => data['@type'] === 'Event')
    expect(event?.name).toBe('E2E: een bijeenkomst met één plaats')
    expect(event?.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(event?.location?.name).toBe('Zaal Eén')
    expect(event?.offers?.availability).toMatch(/^https:\/\/schema\.org\/(InStock|SoldOut)$/)
    expect(event?.organizer?.['@type']).toBe('Organization')

    const organisationPath = pages.find((page) => page.type === 'een organisatie')?.path ?? ''
    const organisation = (await headOf(organisationPath)).jsonLd.find((data) => data['@type'] === 'Organization')
    expect(organisation?.url).toBe(`${e2e.url}${organisationPath}`)
    expect(organisation?.name).toBeTruthy()
  })
})

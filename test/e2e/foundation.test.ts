import { describe, expect, it } from 'vitest'
import { demoPassword, expectAccessible, useE2e } from '../helpers/e2e'

/**
 * The foundation as a user meets it: the real server (built, migrated, seeded from content/),
 * driven through Chromium and its REST API.
 */
const e2e = useE2e()
const { api, newPage, adminPage, staffToken } = e2e

async function organisationBySlug(slug: string) {
  const { body } = await api<{ docs: { id: string; shortDescription?: string; name: string }[] }>(`/organisations?where[slug][equals]=${slug}&depth=0`, {
    expectStatus: 200,
  })
  expect(body.docs).toHaveLength(1)
  return body.docs[0]
}

describe('one server for site, admin and API', () => {
  it('serves the 13 member organisations (and more) on /api/organisations', async () => {
    const response = await fetch(`${e2e.url}/api/organisations?limit=100&depth=0`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { totalDocs: number; docs: { name: string }[] }
    expect(body.totalDocs).toBeGreaterThanOrEqual(13)
    expect(body.docs.map((organisation) => organisation.name)).toEqual(expect.arrayContaining(['Cordaan', 'Kentalis', 'Philadelphia']))
  })

  it('answers GraphQL on /api/graphql', async () => {
    const response = await fetch(`${e2e.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Organisations(limit: 50) { totalDocs docs { name } } }' }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { Organisations: { totalDocs: number } } }
    expect(body.data.Organisations.totalDocs).toBeGreaterThanOrEqual(13)
  })

  it('renders the home page in Dutch with the organisations from the database', async () => {
    const page = await newPage()
    const response = await page.goto(e2e.url)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await expect(page.locator('body').innerText()).resolves.toContain('Cordaan')
    await expectAccessible(page)
  })

  it('shows an organisation page and an offering page from the database, accessibly', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/organisaties/cordaan`))?.status()).toBe(200)
    await expect(page.locator('h1').innerText()).resolves.toContain('Cordaan')
    await expectAccessible(page)

    const offeringLink = page.locator('a[href^="/aanbod/"]').first()
    const href = await offeringLink.getAttribute('href')
    expect((await page.goto(`${e2e.url}${href}`))?.status()).toBe(200)
    await expect(page.locator('body').innerText()).resolves.toMatch(/voorbeeld/i)
    await expectAccessible(page)
  })

  it('answers an unknown address with a Dutch 404 page', async () => {
    const page = await newPage()
    const response = await page.goto(`${e2e.url}/bestaat-niet-${Date.now()}`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').innerText()).resolves.toMatch(/niet gevonden/i)
    await expectAccessible(page)
  })

  it('shows content pages from the pages collection', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/over-het-netwerk`))?.status()).toBe(200)
    await expectAccessible(page)
  })
})

describe('editing in the admin', () => {
  it('a coordinator edits an organisation in /admin and the public page shows the change', async () => {
    const page = await adminPage('coordinator@example.org')
    // The dashboard lists the collections, in Dutch (an outdated import map leaves it empty).
    await page.getByRole('link', { name: /Organisaties/ }).first().waitFor({ timeout: 30_000 })
    // Levvel, not Cordaan: the admin locks a document while it is open, and the partner
    // editor below edits Cordaan.
    const levvel = await organisationBySlug('levvel')
    await page.goto(`${e2e.url}/admin/collections/organisations/${levvel.id}`)
    // The rich-text editor renders (its client components come from the import map too).
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30_000 })
    const changed = `Bijgewerkt door de coördinator ${Date.now()}`
    await page.fill('#field-shortDescription', changed)
    // Let the admin's form-state request for the edit finish first: racing the save, it can
    // re-create the coordinator's document lock after the save removed it, and the partner
    // editor's save below then meets 423 Locked.
    await page.waitForLoadState('networkidle')
    await page.click('#action-save')
    await page.waitForFunction(() => document.body.innerText.match(/gepubliceerd|opgeslagen|bijgewerkt/i), null, { timeout: 30_000 })

    const site = await newPage()
    await site.goto(`${e2e.url}/organisaties/levvel`)
    await expect(site.locator('body').innerText()).resolves.toContain(changed)
  })

  it('a partner editor cannot save another organisation, in the admin or through the API', async () => {
    const kentalis = await organisationBySlug('kentalis')
    const page = await adminPage('partner@example.org')
    await page.goto(`${e2e.url}/admin/collections/organisations/${kentalis.id}`)
    const attempt = `Poging van een andere organisatie ${Date.now()}`
    const field = page.locator('#field-shortDescription')
    // The admin may show the field read-only; when it does not, the server must refuse the save.
    if (await field.isEditable().catch(() => false)) {
      await field.fill(attempt)
      await page.click('#action-save').catch(() => undefined)
      await page.waitForTimeout(2000)
    }
    expect((await organisationBySlug('kentalis')).shortDescription).not.toBe(attempt)

    const token = await staffToken('partner@example.org')
    const response = await api(`/organisations/${kentalis.id}`, { token, method: 'PATCH', body: { shortDescription: attempt } })
    expect(response.status).toBe(403)
    expect((await organisationBySlug('kentalis')).shortDescription).not.toBe(attempt)
  })

  it('a partner editor can save their own organisation through the API', async () => {
    const cordaan = await organisationBySlug('cordaan')
    const token = await staffToken('partner@example.org')
    // The coordinator's admin tab (test above) may still hold Payload's edit lock on Cordaan,
    // which answers 423 for 5 minutes; this test is about access rights, so it takes over the lock.
    const response = await api(`/organisations/${cordaan.id}?overrideLock=true`, {
      token,
      method: 'PATCH',
      body: { shortDescription: 'Door de eigen redacteur bijgewerkt.', _status: 'published' },
    })
    expect(response.status).toBe(200)
    expect((await organisationBySlug('cordaan')).shortDescription).toBe('Door de eigen redacteur bijgewerkt.')
  })

  it('a professional cannot log into the admin', async () => {
    const response = await api('/users/login', { method: 'POST', body: { email: 'professional@example.org', password: demoPassword } })
    expect(response.status).toBe(401)
  })
})

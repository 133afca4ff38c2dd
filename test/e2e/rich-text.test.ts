import type { Payload } from 'payload'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'

/**
 * Rich text stored before this release was never validated. Such a value, written straight into
 * the running portal's database, must show as text on the public page and in a coordinator's
 * preview (where script would run with the coordinator's session), and run nothing.
 */
const e2e = useE2e()
const { api, newPage, adminPage, staffToken } = e2e
let payload: Payload

const script = '<script>alert("script")</script>'
const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const hostile = {
  root: {
    type: 'root',
    version: 1,
    children: [
      paragraph(text(`Oude tekst ${script} <img src=x onerror=alert("img")>`)),
      // The table cell, made focusable so that its autofocus fires in every browser.
      { type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', headerState: '0" tabindex="0" autofocus onfocus="alert(\'cel\')" x="', children: [paragraph(text('Celtekst'))] }] }] },
      { type: 'heading', tag: 'h2 onmouseover="alert(\'kop\')"', children: [text('Kop')] },
      paragraph(
        { type: 'link', fields: { linkType: 'custom', url: 'javascript:alert("link")' }, children: [text('Scriptlink')] },
        { type: 'autolink', fields: { linkType: 'custom', url: 'java\tscript:alert("tab")' }, children: [text('Tablink')] },
      ),
      { type: 'html', html: '<img src=x onerror=alert("html")>', children: [paragraph(text('Kind van onbekend blok'))] },
    ],
  },
}

beforeAll(async () => {
  const { server } = e2e
  // A second Payload on the server's database, to write what an older release could have stored.
  const environment = { ...process.env }
  Object.assign(process.env, {
    DATABASE_URI: server.databaseUri,
    DATA_DIR: server.dataDir,
    PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret',
    DISABLE_PAYLOAD_HMR: 'true',
    LOG_LEVEL: 'fatal',
    // The server migrated the database: no schema push from this instance.
    NODE_ENV: 'production',
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  process.env = environment
})

afterAll(async () => {
  await payload?.destroy()
})

/** Writes the value into the document and its latest version, past every hook. */
async function storeUnvalidated(id: string): Promise<void> {
  await payload.db.updateOne({ collection: 'offerings', id, data: { description: hostile } })
  const { docs } = await payload.db.findVersions({ collection: 'offerings', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1 })
  const latest = docs[0] as unknown as { id: string; version: Record<string, unknown> }
  await payload.db.updateVersion({ collection: 'offerings', id: latest.id, versionData: { ...latest.version, description: hostile } as never })
}

async function expectEscaped(page: Page, url: string, dialogs: string[]): Promise<void> {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  const content = page.locator('.lvb-rich-text').first()
  await content.getByText('Celtekst').waitFor()
  await content.getByText('Kop', { exact: true }).hover()
  await page.waitForTimeout(500)
  expect(dialogs, url).toEqual([])
  await expect(content.innerText()).resolves.toContain(`Oude tekst ${script} <img src=x onerror=alert("img")>`)
  for (const part of ['Kind van onbekend blok', 'Scriptlink', 'Tablink']) await expect(content.innerText()).resolves.toContain(part)
  expect(await content.locator('script, img, [autofocus], [onfocus], [onerror], [onmouseover]').count(), url).toBe(0)
  expect(await content.locator('a').count(), url).toBe(0)
}

describe('rich text stored before validation', () => {
  it('shows as escaped text on the public page and in the preview, and runs no script', async () => {
    const token = await staffToken('coordinator@example.org')
    const response = await api<{ docs: { id: string; slug: string }[] }>('/offerings?where[isExample][equals]=true&where[_status][equals]=published&limit=1&depth=0', { token })
    const [offering] = response.body.docs
    await storeUnvalidated(offering.id)

    const page = await newPage({ session: token })
    const context = page.context()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await expectEscaped(page, `${e2e.url}/aanbod/${offering.slug}`, dialogs)
    await expectEscaped(page, `${e2e.url}/voorbeeld/aanbod/${offering.id}`, dialogs)
    await context.close()
  })
})

describe('rich text typed in the admin', () => {
  it('is accepted by the validator and shown on the site', async () => {
    const token = await staffToken('coordinator@example.org')
    const response = await api<{ docs: { id: string }[] }>('/organisations?where[slug][equals]=kentalis&depth=0', { token })
    const [organisation] = response.body.docs

    const page = await adminPage('coordinator@example.org')
    await page.goto(`${e2e.url}/admin/collections/organisations/${organisation.id}`)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    // Markdown shortcuts, a format, a pasted-style web address (autolink).
    for (const [keys, enter] of [
      ['## Kop uit de editor', true],
      ['- eerste punt', true],
      ['tweede punt', true],
      ['', true],
      ['> Een citaat', true],
    ] as const) {
      await page.keyboard.type(keys)
      if (enter) await page.keyboard.press('Enter')
    }
    await page.keyboard.press('Control+b')
    await page.keyboard.type('Vet')
    await page.keyboard.press('Control+b')
    await page.keyboard.type(' en zie https://www.kentalis.nl voor meer. ')
    await page.waitForLoadState('networkidle')
    await page.click('#action-save')
    await page.waitForFunction(() => document.body.innerText.match(/gepubliceerd|opgeslagen|bijgewerkt/i), null, { timeout: 30_000 })
    expect(await page.locator('body').innerText()).not.toMatch(/niet toegestaan|ongeldig/i)

    const site = await newPage()
    await site.goto(`${e2e.url}/organisaties/kentalis`)
    await site.getByRole('heading', { name: 'Kop uit de editor' }).waitFor()
    await expect(site.locator('strong', { hasText: 'Vet' }).count()).resolves.toBe(1)
    await expect(site.locator('a[href="https://www.kentalis.nl"]').count()).resolves.toBeGreaterThan(0)
  })
})

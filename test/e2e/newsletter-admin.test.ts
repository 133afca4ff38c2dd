import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'

/**
 * The newsletter in the admin, on the real server (production build) with a real SMTP server:
 * a sent edition is read-only, shows its status history and offers a copy as the way to correct
 * it; sections are labelled by their kind; the status dropdown offers only the allowed steps,
 * and a step the server refuses (planning an edition with only a title) shows the Dutch reason
 * on the field.
 */
const e2e = useE2e({ smtp: true })
let token: string
const { api } = e2e

beforeAll(async () => {
  token = await e2e.staffToken('coordinator@example.org')
})

async function createEdition(title: string, sections: { kind: string; heading?: string }[] = [{ kind: 'upcomingEvents' }]): Promise<string> {
  const created = await api('/newsletters', { token, method: 'POST', body: { title, networks: ['jeugd'], intro: `Inleiding van ${title}.`, sections } })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

/** Plans an edition for now and waits until the server's job runner has sent it. */
async function send(id: string) {
  expect((await api(`/newsletters/${id}`, { token, method: 'PATCH', body: { status: 'gepland' } })).status).toBe(200)
  const deadline = Date.now() + 100_000
  for (;;) {
    const { body } = await api(`/newsletters/${id}?depth=0`, { token })
    if (body.status === 'verzonden') return
    if (Date.now() > deadline) throw new Error(`De nieuwsbrief werd niet verzonden (status ${body.status})`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

async function openEdition(page: Page, id: string) {
  await page.goto(`${e2e.url}/admin/collections/newsletters/${id}`)
  await page.waitForSelector('#field-title')
  await page.waitForLoadState('networkidle')
}

describe('newsletters in the admin', () => {
  it('shows a sent edition read-only and makes a copy as a new edition', async () => {
    const id = await createEdition('Septembereditie e2e')
    await send(id)
    const page = await e2e.adminPage('coordinator@example.org')
    await openEdition(page, id)

    const notice = page.locator('.newsletter-edition-notice')
    await expect(notice.innerText()).resolves.toMatch(/Deze nieuwsbrief is verzonden\.[\s\S]*kan niet meer worden gewijzigd/)
    expect(await page.locator('#field-title').isDisabled()).toBe(true)
    expect(await page.locator('#field-intro').isDisabled()).toBe(true)
    expect(await page.locator('#field-slug').isDisabled()).toBe(true)
    // No way to add or change the sections of what was sent.
    expect(await page.locator('#field-sections button.array-field__add-row').count()).toBe(0)
    // The status history names each step, by the coordinator or the sender, with its moment; read-only.
    const history = page.locator('#field-statusHistory')
    await expect(history.innerText()).resolves.toMatch(/Concept – \d{2}-\d{2}-\d{4} \d{2}:\d{2}[\s\S]*Ingepland – [\s\S]*Wordt verzonden – [\s\S]*Verzonden – \d{2}-\d{2}-\d{4}/)
    expect(await history.locator('button.array-field__add-row').count()).toBe(0)

    await page.locator('button', { hasText: 'Kopie maken als nieuwe editie' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/newsletters/') && !url.pathname.endsWith(id), { timeout: 30_000 })
    await page.waitForSelector('#field-title')
    await page.waitForLoadState('networkidle')
    expect(await page.inputValue('#field-title')).toBe('Septembereditie e2e (kopie)')
    expect(await page.locator('#field-title').isDisabled()).toBe(false)
    expect(await page.locator('.newsletter-edition-notice').count()).toBe(0)
    const copyId = page.url().split('/').at(-1)!
    const { body: copy } = await api(`/newsletters/${copyId}?depth=0`, { token })
    expect(copy).toMatchObject({ title: 'Septembereditie e2e (kopie)', slug: 'septembereditie-e2e-kopie', status: 'concept' })
    expect(copy.slug).not.toMatch(/copy/)
  })

  it('labels each section by its kind and heading', async () => {
    const id = await createEdition('Decembereditie e2e', [
      { kind: 'upcomingEvents', heading: 'Agenda van december' },
      { kind: 'recentArticles' },
      { kind: 'offeringUpdates' },
    ])
    const page = await e2e.adminPage('coordinator@example.org')
    await openEdition(page, id)
    const labels = await page.locator('#field-sections .array-field__row-header').allInnerTexts()
    expect(labels.join('\n')).toMatch(/Komende bijeenkomsten: Agenda van december[\s\S]*Recente kennis en nieuws[\s\S]*Nieuw en bijgewerkt aanbod/)
    expect(labels.join('\n')).not.toMatch(/Blok 0?\d/)
  })

  it('offers only the allowed status steps, and shows the Dutch reason on the field when a step is refused', async () => {
    // An edition with only a title (it would go out empty).
    const created = await api('/newsletters', { token, method: 'POST', body: { title: 'Oktobereditie e2e', networks: ['jeugd'] } })
    expect(created.status).toBe(201)
    const id: string = created.body.doc.id
    const page = await e2e.adminPage('coordinator@example.org')
    await openEdition(page, id)
    // The admin asks the server for the form state after each change (debounced); a person
    // saves after it answered, and so does this test.
    const formState = () => page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes(`/admin/collections/newsletters/${id}`))
    await page.locator('#field-status .rs__control').click()
    expect((await page.locator('.rs__option').allInnerTexts()).map((text) => text.trim())).toEqual(['Concept', 'Ingepland'])

    let answered = formState()
    await page.locator('.rs__option', { hasText: 'Ingepland' }).click()
    await answered
    await page.click('#action-save')
    const field = page.locator('#field-status')
    await field.locator('.field-error').waitFor({ timeout: 30_000 })
    expect(await field.locator('.field-error').innerText()).toMatch(/Deze nieuwsbrief heeft nog geen inhoud/)
    expect(await field.getAttribute('class')).toMatch(/\berror\b/)
    expect(await page.locator('body').innerText()).not.toMatch(/The following field is invalid|field is invalid|veld is ongeldig/)
    expect((await api(`/newsletters/${id}?depth=0`, { token })).body.status).toBe('concept')

    // After a refused save the admin re-validates on every change: the reason stays while it
    // holds (an unrelated edit), and goes once the edition has content.
    answered = formState()
    await page.fill('#field-title', 'Oktobereditie e2e bijgewerkt')
    await answered
    await page.waitForTimeout(500)
    expect(await field.locator('.field-error').innerText()).toMatch(/nog geen inhoud/)
    answered = formState()
    await page.fill('#field-intro', 'Het nieuws van oktober.')
    await answered
    await field.locator('.field-error').waitFor({ state: 'detached', timeout: 10_000 })
    expect(await field.getAttribute('class')).not.toMatch(/\berror\b/)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'
import type { ReceivedMail } from '../helpers/smtp'

/**
 * The newsletter as subscribers and a coordinator meet it, on the real server with a real SMTP
 * server: sign up and confirm through the emailed link, receive an edition, unsubscribe with one
 * click (RFC 8058 POST) and through the page, the archive; every page passes axe.
 */
const e2e = useE2e({ smtp: true })
const { api, newPage } = e2e
let token: string

beforeAll(async () => {
  token = await e2e.staffToken('coordinator@example.org')
})

function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s)"<]+${path.replace(/\//g, '\\/')}\\?token=[^\\s)"<]+`).exec(mail.parsed.text ?? '')
  if (!match) throw new Error(`Geen link naar ${path} in:\n${mail.parsed.text}`)
  return match[0]
}

function header(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  return head
    .split(/\r?\n/)
    .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim()
}

async function subscriber(email: string) {
  const { body } = await api<{ docs: { id: string; status: string; networks: string[]; consent?: { confirmedIp?: string } }[] }>(
    `/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
    { token },
  )
  return body.docs[0]
}

async function signUpAndConfirm(email: string, { checkAccessibility = false } = {}) {
  const page = await newPage()
  await page.goto(`${e2e.url}/nieuwsbrief`)
  if (checkAccessibility) await expectAccessible(page)

  // Without an address: the error summary gets focus and links to the field; values are kept.
  await page.fill('#veld-name', 'Lezer Test')
  await page.click('form.lvb-newsletter-form button[type="submit"]')
  await page.waitForSelector('#foutmeldingen')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutmeldingen')
  expect(await page.inputValue('#veld-name')).toBe('Lezer Test')
  expect(await page.getAttribute('#veld-email', 'aria-describedby')).toBe('veld-email-fout')
  if (checkAccessibility) await expectAccessible(page)

  await page.fill('#veld-email', email)
  await page.click('form.lvb-newsletter-form button[type="submit"]')
  await page.waitForURL(/aangemeld=1/)
  await expect(page.locator('main').innerText()).resolves.toMatch(/bevestig je aanmelding/i)
  if (checkAccessibility) await expectAccessible(page)

  const mail = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(email) && /Bevestig/.test(m.parsed.subject ?? ''), 60_000)
  const confirmUrl = linkIn(mail, '/nieuwsbrief/bevestigen')
  await page.goto(confirmUrl)
  // Opening the link changes nothing yet (a mail scanner opens links too).
  expect((await subscriber(email)).status).toBe('onbevestigd')
  if (checkAccessibility) await expectAccessible(page)
  await page.click('main button[type="submit"]')
  await expect(page.locator('main').innerText()).resolves.toMatch(/aanmelding is bevestigd/i)
  if (checkAccessibility) await expectAccessible(page)
  const confirmed = await subscriber(email)
  expect(confirmed.status).toBe('actief')
  expect(confirmed.consent?.confirmedIp).toBeTruthy()
}

describe('the newsletter', () => {
  it('shows the sign-up form on the home page', async () => {
    const page = await newPage()
    await page.goto(e2e.url)
    expect(await page.locator('form[action="/nieuwsbrief"] input[name="form"]').getAttribute('value')).toBe('homepagina')
  })

  it('subscribes and confirms through the emailed link', async () => {
    await signUpAndConfirm('klik@example.org', { checkAccessibility: true })
    await signUpAndConfirm('pagina@example.org')
  })

  it('sends an edition, then unsubscribes with one click and through the page', async () => {
    const created = await api<{ doc: { id: string } }>('/newsletters', {
      token,
      method: 'POST',
      body: { title: 'Winternummer e2e', networks: ['jeugd'], intro: 'Het laatste nieuws.', sections: [{ kind: 'upcomingEvents' }, { kind: 'offeringUpdates' }] },
    })
    expect(created.status).toBe(201)
    const { doc } = created.body

    // Preview and export: coordinators only (a visitor is asked to log in).
    expect((await api(`/newsletters/${doc.id}/voorbeeld`)).status).toBe(401)
    const preview = await api(`/newsletters/${doc.id}/voorbeeld`, { token })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain('Winternummer e2e')
    const previewText = await api(`/newsletters/${doc.id}/voorbeeld?formaat=tekst`, { token })
    expect(previewText.text).toContain('WINTERNUMMER E2E')
    expect((await api('/subscribers/export')).status).toBe(401)
    const csv = await api('/subscribers/export', { token })
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect(csv.text).toContain('klik@example.org')

    const planned = await api(`/newsletters/${doc.id}`, { token, method: 'PATCH', body: { status: 'gepland' } })
    expect(planned.status).toBe(200)

    const first = await e2e.smtp.waitFor((m) => m.envelopeTo.includes('klik@example.org') && m.parsed.subject === 'Winternummer e2e', 60_000)
    const second = await e2e.smtp.waitFor((m) => m.envelopeTo.includes('pagina@example.org') && m.parsed.subject === 'Winternummer e2e', 60_000)
    expect(header(first, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const oneClick = /<(https?:\/\/[^>]+\/nieuwsbrief\/afmelden\/one-click\?token=[^>]+)>/.exec(header(first, 'List-Unsubscribe') ?? '')?.[1]
    expect(oneClick).toBeTruthy()

    // A scanner following the link, or a POST with another body, changes nothing.
    const opened = await fetch(oneClick!, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    const wrongBody = await fetch(oneClick!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=Yes' })
    expect(wrongBody.status).toBe(400)
    expect((await subscriber('klik@example.org')).status).toBe('actief')

    // The mail provider's POST: cross-site, no cookies, the exact RFC 8058 body.
    const clicked = await fetch(oneClick!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.com' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(clicked.status).toBe(200)
    expect((await subscriber('klik@example.org')).status).toBe('afgemeld')

    // The preferences page from the email, then the unsubscribe page, in the browser.
    const page = await newPage()
    await page.goto(linkIn(second, '/nieuwsbrief/voorkeuren'))
    await expectAccessible(page)
    await page.uncheck('#veld-networks-volwassenen')
    await page.click('main form.lvb-form button[type="submit"]')
    await expect(page.locator('main').innerText()).resolves.toMatch(/voorkeuren zijn opgeslagen/i)
    expect((await subscriber('pagina@example.org')).networks).toEqual(['jeugd'])

    await page.goto(linkIn(second, '/nieuwsbrief/afmelden'))
    expect((await subscriber('pagina@example.org')).status).toBe('actief')
    await expectAccessible(page)
    await page.click('main button[type="submit"]')
    await expect(page.locator('main').innerText()).resolves.toMatch(/Je bent afgemeld/)
    await expectAccessible(page)
    expect((await subscriber('pagina@example.org')).status).toBe('afgemeld')
  })

  it('shows sent editions in the public archive, without subscriber data', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/nieuwsbrief/archief`)
    await expectAccessible(page)
    await page.click('text=Winternummer e2e')
    await page.waitForURL(/\/nieuwsbrief\/archief\/winternummer-e2e/)
    await expect(page.locator('h1').innerText()).resolves.toBe('Winternummer e2e')
    const html = await page.content()
    expect(html).not.toContain('klik@example.org')
    expect(html).not.toContain('token=')
    await expectAccessible(page)
  })
})

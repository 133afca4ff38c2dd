import { beforeAll, describe, expect, it } from 'vitest'
import { parseICalendar, propertyValue } from '../../src/domain/calendar/parse'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * The agenda as visitors use it: the real server (its cron runs the e-mail queue), a real SMTP
 * server receiving the mails, Chromium filling in the form. One event with two places is made by
 * the coordinator through the REST API.
 */
const e2e = useE2e({ smtp: true })
const { newPage } = e2e
const slug = `e2e-bijeenkomst-${Date.now()}`
let eventUid: string

beforeAll(async () => {
  const token = await e2e.staffToken('coordinator@example.org')
  const startsAt = new Date(Date.now() + 5 * 86_400_000)
  const created = await e2e.api<{ doc: { icalUid: string } }>('/events', {
    token,
    method: 'POST',
    body: {
      _status: 'published',
      title: 'E2E-bijeenkomst: LVB, trauma; en meer',
      slug,
      kind: 'expertmeeting',
      audience: 'professionals',
      networks: ['jeugd'],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      location: { name: 'Zaal Één', address: 'Dam 1, Amsterdam' },
      summary: 'Een bijeenkomst om het aanmelden te testen.',
      capacity: 2,
      registrationEnabled: true,
    },
    expectStatus: 201,
  })
  eventUid = created.body.doc.icalUid
  expect(eventUid).toMatch(/@/)
})

async function register(name: string, email: string) {
  const page = await newPage()
  await page.goto(`${e2e.url}/agenda/${slug}`)
  await page.fill('#veld-name', name)
  await page.fill('#veld-email', email)
  await page.fill('#veld-organisation', 'Buurtteam West')
  await Promise.all([page.waitForLoadState('load'), page.click('main button[type="submit"]')])
  await page.waitForSelector('[role="status"]')
  return page
}

describe('the agenda', () => {
  it('lists upcoming and past events separately, with kind and network, accessibly', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/agenda`))?.status()).toBe(200)
    const upcoming = await page.locator('section[aria-labelledby="binnenkort"]').innerText()
    const past = await page.locator('section[aria-labelledby="geweest"]').innerText()
    expect(upcoming).toContain('E2E-bijeenkomst')
    expect(upcoming).toContain('Expertmeeting')
    expect(upcoming).toContain('Jeugd (L)VB Amsterdam')
    // The demo meeting of October 2026 is over.
    expect(past).toContain('Netwerkbijeenkomst najaar 2026')
    expect(upcoming).not.toContain('Netwerkbijeenkomst najaar 2026')
    await expectAccessible(page)
  })

  it('shows the event with place, audience, places and the registration window, accessibly', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/agenda/${slug}`))?.status()).toBe(200)
    const facts = await page.locator('section[aria-labelledby="gegevens"]').innerText()
    expect(facts).toContain('Zaal Één, Dam 1, Amsterdam')
    expect(facts).toContain('Alle professionals')
    expect(facts).toContain('2 plaatsen, nog 2 vrij')
    expect(facts).toMatch(/uur/)
    await expectAccessible(page)
  })
})

describe('registering without JavaScript', () => {
  it('keeps the values and shows Dutch messages per field, with a focused error summary', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/agenda/${slug}`)
    await page.fill('#veld-name', 'Nina Zonder Script')
    await page.fill('#veld-email', 'geen-e-mailadres')
    const [response] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')])
    expect(response?.status()).toBe(422)
    expect(await page.inputValue('#veld-name')).toBe('Nina Zonder Script')
    expect(await page.inputValue('#veld-email')).toBe('geen-e-mailadres')
    const summary = page.locator('.lvb-error-summary')
    await expect(summary.innerText()).resolves.toContain('Er zijn 2 fouten in het formulier')
    expect(await page.locator('#veld-email-fout').innerText()).toContain('Vul een geldig e-mailadres in')
    expect(await page.locator('#veld-organisation-fout').innerText()).toContain('Vul je organisatie in.')
    expect(await page.getAttribute('#veld-email', 'aria-describedby')).toBe('veld-email-fout')
    // Focus moved to the summary by `autofocus`, without any script.
    expect(await page.locator('.lvb-error-summary:focus').count()).toBe(1)
  })

  it("shows the collection's message for a web address in a name, and stores nothing", async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`${e2e.url}/agenda/${slug}`)
    await page.fill('#veld-name', 'Gratis geld op https://spam.example')
    await page.fill('#veld-email', 'spam@example.org')
    await page.fill('#veld-organisation', 'Spam & Co')
    const [response] = await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')])
    expect(response?.status()).toBe(422)
    expect(await page.locator('#veld-name-fout').innerText()).toContain('zonder webadres')
    expect(await page.inputValue('#veld-organisation')).toBe('Spam & Co')
    expect(await page.locator('.lvb-facts').innerText()).toContain('2 plaatsen, nog 2 vrij')
  })

  it('renders the form with errors accessibly (axe needs script, so checked in a normal browser)', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/agenda/${slug}`)
    await page.fill('#veld-email', 'geen-e-mailadres')
    await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')])
    await expect(page.locator('.lvb-error-summary').innerText()).resolves.toContain('Er zijn 3 fouten')
    await expectAccessible(page)
  })
})

describe('registration up to capacity, the waiting list and a cancellation', () => {
  it('gives the two places, then says the event is full and puts the next on the waiting list', async () => {
    const anna = await register('Anna de Vries', 'anna@example.org')
    expect(await anna.locator('[role="status"]').innerText()).toContain('Je bent aangemeld')
    await register('Bram Bakker', 'bram@example.org')

    const before = await newPage()
    await before.goto(`${e2e.url}/agenda/${slug}`)
    expect(await before.locator('section[aria-labelledby="aanmelden"]').innerText()).toContain('Deze bijeenkomst is vol')
    expect(await before.locator('main button[type="submit"]').innerText()).toBe('Aanmelden voor de wachtlijst')

    const cor = await register('Cor Jansen', 'cor@example.org')
    expect(await cor.locator('[role="status"]').innerText()).toContain('Je staat op de wachtlijst')
    await expectAccessible(cor)

    const again = await register('Anna de Vries', 'Anna@Example.org')
    expect(await again.locator('[role="status"]').innerText()).toContain('Je was al aangemeld')
  })

  it('mails a confirmation with the .ics, and a waiting-list mail', async () => {
    const confirmation = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes('anna@example.org'), 30_000)
    expect(confirmation.parsed.subject).toMatch(/^Aanmelding bevestigd/)
    const ics = confirmation.parsed.attachments.find((attachment) => attachment.filename?.endsWith('.ics'))
    const [vevent] = parseICalendar(ics!.content.toString('utf8')).components.filter((component) => component.name === 'VEVENT')
    expect(propertyValue(vevent, 'UID')).toBe(eventUid)
    expect(propertyValue(vevent, 'LOCATION')).toBe('Zaal Één, Dam 1, Amsterdam')

    const waiting = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes('cor@example.org'), 30_000)
    expect(waiting.parsed.subject).toMatch(/wachtlijst/)
  })

  it('cancels through the emailed link only after confirming; the waiting person moves up with an e-mail', async () => {
    const confirmation = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes('anna@example.org'))
    const link = /https?:\/\/\S+\/agenda\/afmelden\?token=[A-Za-z0-9_-]+/.exec(confirmation.parsed.text ?? '')?.[0]
    expect(link?.startsWith(e2e.url)).toBe(true)

    const page = await newPage()
    await page.goto(link!)
    expect(await page.locator('main').innerText()).toContain('Wil je je afmelden?')
    await expectAccessible(page)
    // Opening the link (as a mail scanner would) cancelled nothing: the event is still full.
    const check = await newPage()
    await check.goto(`${e2e.url}/agenda/${slug}`)
    expect(await check.locator('section[aria-labelledby="gegevens"]').innerText()).toContain('Vol (2 plaatsen)')

    await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')])
    expect(await page.locator('[role="status"]').innerText()).toContain('Je bent afgemeld')

    const moved = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes('cor@example.org') && /plek vrij/i.test(mail.parsed.subject ?? ''), 30_000)
    expect(moved.parsed.text).toContain('bent nu aangemeld')
    await check.goto(`${e2e.url}/agenda/${slug}`)
    expect(await check.locator('section[aria-labelledby="gegevens"]').innerText()).toContain('Er staat nog niemand op de wachtlijst.')
  })
})

describe('iCalendar', () => {
  it('serves /agenda.ics as a valid calendar with the upcoming events', async () => {
    const response = await fetch(`${e2e.url}/agenda.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
    const text = await response.text()
    expect(text.endsWith('\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = parseICalendar(text)
    expect(propertyValue(calendar, 'VERSION')).toBe('2.0')
    expect(propertyValue(calendar, 'METHOD')).toBe('PUBLISH')
    expect(calendar.components.some((component) => component.name === 'VTIMEZONE')).toBe(true)
    const events = calendar.components.filter((component) => component.name === 'VEVENT')
    const ours = events.find((component) => propertyValue(component, 'UID') === eventUid)
    expect(ours && propertyValue(ours, 'SUMMARY')).toBe('E2E-bijeenkomst: LVB, trauma; en meer')
    expect(events.map((component) => propertyValue(component, 'SUMMARY'))).not.toContain('Netwerkbijeenkomst najaar 2026 – LVB en verslaving')
  })

  it('serves one event as .ics', async () => {
    const response = await fetch(`${e2e.url}/agenda/${slug}.ics`)
    expect(response.status).toBe(200)
    const calendar = parseICalendar(await response.text())
    const [vevent] = calendar.components.filter((component) => component.name === 'VEVENT')
    expect(propertyValue(vevent, 'UID')).toBe(eventUid)
  })
})

import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * Case questions as the people involved meet them, on the real server with a real SMTP
 * server: a professional registers, confirms by the emailed link, logs in, is refused for a
 * BSN, sends a clean question; the coordinator is emailed and links an expert (REST), the
 * expert registers the advice (REST) as a draft, marks it complete, the coordinator releases it,
 * and the professional reads it in /account.
 */
const e2e = useE2e({ smtp: true })
const { api, staffToken } = e2e
let page: Page

// A member organisation's domain (MEE Amstel en Zaan): approved right after confirming.
const professionalEmail = 'e2e.professional@meeaz.nl'
const professionalPassword = 'een-lang-wachtwoord-2026'
const coordinatorEmail = 'coordinator-jeugd@lvbinamsterdam.example'

beforeAll(async () => {
  page = await e2e.newPage()
})

describe('case questions from registration to advice', () => {
  let reference = ''

  it('sends visitors who are not logged in to log in or register', async () => {
    await page.goto(`${e2e.url}/vraag-stellen?routekaart=jeugd&pad=1.2`)
    await expect(page.locator('main').innerText()).resolves.toContain('Alleen professionals met een goedgekeurd account')
    expect(await page.getAttribute('a[href^="/account/inloggen"]', 'href')).toContain('terug=')
    await expectAccessible(page)
    await page.goto(`${e2e.url}/account/wachtwoord-vergeten`)
    await expectAccessible(page)
  })

  it('registers, keeping the values on an error', async () => {
    await page.goto(`${e2e.url}/account/registreren`)
    await expectAccessible(page)
    await page.fill('#veld-name', 'Eva de Tester')
    await page.fill('#veld-email', professionalEmail)
    await page.fill('#veld-organisationName', 'MEE Amstel en Zaan')
    await page.fill('#veld-jobTitle', 'Cliëntondersteuner')
    await page.selectOption('#veld-professionalRegister', 'geen')
    await page.check('#veld-networks')
    await page.fill('#veld-password', professionalPassword)
    await page.fill('#veld-passwordAgain', 'iets-anders-dan-het-eerste')
    await page.click('main button[type="submit"]')
    await expect(page.locator('#foutmeldingen').innerText()).resolves.toContain('niet gelijk')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutmeldingen')
    expect(await page.inputValue('#veld-organisationName')).toBe('MEE Amstel en Zaan')
    await expectAccessible(page)

    // The collection's rules, shown on the field: no web address in a name.
    await page.fill('#veld-name', 'Eva de Tester, zie www.spam.example')
    await page.fill('#veld-password', professionalPassword)
    await page.fill('#veld-passwordAgain', professionalPassword)
    await page.click('main button[type="submit"]')
    await expect(page.locator('#veld-name-fout').innerText()).resolves.toContain('zonder webadres')
    expect(await page.inputValue('#veld-organisationName')).toBe('MEE Amstel en Zaan')

    await page.fill('#veld-name', 'Eva de Tester')
    await page.fill('#veld-password', professionalPassword)
    await page.fill('#veld-passwordAgain', professionalPassword)
    await page.click('main button[type="submit"]')
    await expect(page.locator('main').innerText()).resolves.toContain('Bevestig je e-mailadres')
  })

  it('confirms the address by the emailed link and is approved for a member domain', async () => {
    const mail = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(professionalEmail) && m.parsed.subject === 'Bevestig je e-mailadres', 60_000)
    const link = /https?:\/\/\S+\/account\/bevestigen\?token=[\w%-]+/.exec(mail.parsed.text ?? '')?.[0]
    expect(link).toBeTruthy()
    // Opening the link (as a mail scanner does) confirms nothing: it shows a button.
    await page.goto(link!)
    await expect(page.locator('main').innerText()).resolves.not.toContain('goedgekeurd')
    await expectAccessible(page)
    const again = await fetch(link!)
    expect(await again.text()).toContain('E-mailadres bevestigen</button>')
    await page.click('main button[type="submit"]')
    await expect(page.locator('main').innerText()).resolves.toContain('goedgekeurd')
    await expectAccessible(page)
    await e2e.smtp.waitFor((m) => m.envelopeTo.includes(professionalEmail) && m.parsed.subject === 'Je account is goedgekeurd', 60_000)
  })

  it('logs in with a safe session cookie and returns to the intake', async () => {
    await page.goto(`${e2e.url}/account/inloggen?terug=${encodeURIComponent('/vraag-stellen?routekaart=jeugd&pad=1.2')}`)
    await expectAccessible(page)
    await page.fill('#veld-email', professionalEmail)
    await page.fill('#veld-password', 'verkeerd-wachtwoord')
    await page.click('main button[type="submit"]')
    await expect(page.locator('#foutmeldingen').innerText()).resolves.toContain('klopt niet')
    await page.fill('#veld-password', professionalPassword)
    await page.click('main button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/vraag-stellen')
    const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-token')
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe('Lax')
  })

  it('stops at a crisis urgency and refuses a BSN, keeping the form', async () => {
    // The routekaart's path as the questions and answers, not as numbers.
    await expect(page.locator('main').innerText()).resolves.toContain('Behandeling van bijkomende problemen')
    await expectAccessible(page)
    await page.check('#veld-urgency-acuut')
    expect(await page.isVisible('#crisis')).toBe(true)
    expect(await page.isDisabled('#versturen')).toBe(true)
    await page.check('#veld-urgency')
    expect(await page.isVisible('#crisis')).toBe(false)

    await page.fill('#veld-question', 'Jongere met LVB en trauma loopt thuis vast. BSN 111222333. Welke behandeling past?')
    await page.fill('#veld-age', '14')
    await page.check('#veld-problems-trauma')
    await page.check('#veld-consent')
    await page.check('#veld-consent-youngPersonInformed')
    await page.click('#versturen')
    await expect(page.locator('#foutmeldingen').innerText()).resolves.toContain('burgerservicenummer')
    await expect(page.locator('#veld-question-fout').innerText()).resolves.toContain('burgerservicenummer')
    expect(await page.inputValue('#veld-question')).toContain('111222333')
    expect(await page.inputValue('#veld-age')).toBe('14')
    expect(await page.isChecked('#veld-problems-trauma')).toBe(true)
    await expectAccessible(page)
  })

  it('asks to confirm possible names, naming them, and shows the consent rule on its field', async () => {
    await page.fill('#veld-question', 'De moeder van Sanne belt vaak met school. Welke behandeling past bij deze combinatie?')
    await page.uncheck('#veld-consent-youngPersonInformed')
    await page.click('#versturen')
    await expect(page.locator('#veld-namesConfirmed-fout').innerText()).resolves.toContain('Sanne (je vraag)')
    await expect(page.locator('#veld-consent-fout').innerText()).resolves.toContain('de jongere')
    expect(await page.inputValue('#veld-question')).toContain('Sanne')
    await expectAccessible(page)
    await page.check('#veld-consent-youngPersonInformed')
  })

  it('lets a valid question through after ten refusals: refusals do not count toward the limit', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      await page.fill('#veld-question', `Jongere met LVB loopt vast; moeder belt vanaf 06-1234567${attempt % 10}. Wat nu?`)
      await page.click('#versturen')
      await expect(page.locator('#veld-question-fout').innerText()).resolves.toContain('telefoonnummer')
    }
  })

  it('sends a clean question and shows its reference', async () => {
    await page.fill('#veld-question', 'Jongere met LVB en trauma loopt thuis vast. Welke behandeling past bij deze combinatie?')
    await page.click('#versturen')
    await page.waitForURL((url) => url.pathname === '/account')
    reference = new URL(page.url()).searchParams.get('vraag') ?? ''
    expect(reference).toMatch(/^CV-\d{4}-\d{4}$/)
    await expect(page.locator('main').innerText()).resolves.toContain(reference)
    await expectAccessible(page)
  })

  it('emails the coordinator; the coordinator links an expert, who registers the advice', async () => {
    const notice = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(coordinatorEmail) && (m.parsed.subject ?? '').includes(reference), 60_000)
    expect(notice.parsed.text).toContain('/admin/collections/caseQuestions/')
    await e2e.smtp.waitFor((m) => m.envelopeTo.includes(professionalEmail) && (m.parsed.subject ?? '').includes(reference), 60_000)

    const coordinator = await staffToken('coordinator@example.org')
    const question = (await api(`/caseQuestions?where[reference][equals]=${reference}&depth=0`, { token: coordinator, expectStatus: 200 })).body.docs[0]
    expect(question.routeMapPath).toBe('1.2')
    const expert = (await api('/users?where[email][equals]=expert@example.org&depth=0', { token: coordinator, expectStatus: 200 })).body.docs[0]
    const linked = await api(`/caseQuestions/${question.id}`, { token: coordinator, method: 'PATCH', body: { assignedExperts: [expert.id] }, expectStatus: 200 })
    expect(linked.body.doc.status).toBe('expert-gekoppeld')
    await e2e.smtp.waitFor((m) => m.envelopeTo.includes('expert@example.org') && (m.parsed.subject ?? '').includes(reference), 60_000)

    const expertToken = await staffToken('expert@example.org')
    const advised = await api(`/caseQuestions/${question.id}`, {
      token: expertToken,
      method: 'PATCH',
      body: { advice: { problemStatement: 'Vastgelopen thuissituatie met trauma.', advice: 'Start traumabehandeling aangepast aan LVB, met ouders erbij.' } },
      expectStatus: 200,
    })
    // Saved advice is a draft until the expert marks it complete and the coordinator releases it.
    expect(advised.body.doc.status).toBe('expert-gekoppeld')
    await api(`/caseQuestions/${question.id}`, { token: expertToken, method: 'PATCH', body: { advice: { state: 'compleet' } }, expectStatus: 200 })
    await e2e.smtp.waitFor((m) => m.envelopeTo.includes(coordinatorEmail) && (m.parsed.subject ?? '').startsWith('Advies bij casusvraag'), 60_000)
    const released = await api(`/caseQuestions/${question.id}`, { token: coordinator, method: 'PATCH', body: { advice: { state: 'vrijgegeven' } }, expectStatus: 200 })
    expect(released.body.doc.status).toBe('advies-gegeven')
    await e2e.smtp.waitFor((m) => m.envelopeTo.includes(professionalEmail) && (m.parsed.subject ?? '').startsWith('Antwoord op je vraag'), 60_000)
  })

  it('shows the advice to the professional in /account', async () => {
    await page.goto(`${e2e.url}/account`)
    const main = await page.locator('main').innerText()
    expect(main).toContain('Advies gegeven')
    expect(main).toContain('Start traumabehandeling aangepast aan LVB')
    await expectAccessible(page)
  })

  it('gives the coordinator the monitoring CSV, in labels and without the text of the case, and nobody else', async () => {
    const coordinator = await staffToken('coordinator@example.org')
    const year = new Date().getUTCFullYear()
    const csv = await api(`/caseQuestions/monitoring?jaar=${year}`, { token: coordinator })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = csv.text
    const rows = text.trim().split('\r\n')
    expect(rows.some((row) => row.includes(`"${reference}"`) && row.includes('"Advies gegeven"'))).toBe(true)
    expect(text).not.toContain('traumabehandeling')

    const expertToken = await staffToken('expert@example.org')
    expect((await api(`/caseQuestions/monitoring?jaar=${year}`, { token: expertToken })).status).toBe(403)
    expect((await api('/caseQuestions/monitoring')).status).toBe(401)
  })
})

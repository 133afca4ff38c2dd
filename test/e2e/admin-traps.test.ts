import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'
import { membershipApplicationData } from '../helpers/fixtures'
import { demoPassword } from '../helpers/server'

/**
 * The traps of the admin, met as the staff meet them: the real server (running in UTC, as a
 * server may) with a real SMTP server, and Chromium in Amsterdam time. An unfinished routekaart,
 * a typed Dutch date, a refused case step, the expert who must contact the asker, and a half-
 * written advice that must stay with the network.
 */
const e2e = useE2e({ smtp: true, env: { TZ: 'UTC' } })

function newPage(timezoneId = 'Europe/Amsterdam'): Promise<Page> {
  return e2e.newPage({ timezoneId, locale: 'nl-NL' })
}

async function staffPage(email: string, timezoneId?: string) {
  const page = await newPage(timezoneId)
  const crashes: string[] = []
  page.on('pageerror', (error) => crashes.push(error.message))
  await e2e.adminLogin(page, email)
  return { page, crashes }
}

/** Clicks save and returns the answer of the PATCH the admin's form sends. */
async function save(page: Page, collection: string, button = '#action-save') {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/${collection}/`) && r.request().method() === 'PATCH', { timeout: 60_000 }),
    page.click(button),
  ])
  return { status: response.status(), body: (await response.json()) as any }
}

/**
 * Leaves a document for the dashboard as a person does, by a link in the admin (confirming
 * "leave without saving" when a refused change is still in the form), and waits until its lock
 * is released, so the next person can edit it. Typing another address or closing the tab keeps
 * the lock until it expires (5 minutes idle), as Payload does.
 */
async function leave(page: Page, id: string): Promise<number> {
  const left = page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
  await page.locator('a[href="/admin"]:visible').first().click()
  const confirm = page.locator('#confirm-action:visible')
  const confirmed = confirm.waitFor({ timeout: 30_000 }).then(() => confirm.click()).catch(() => undefined)
  await Promise.race([left, confirmed])
  await left
  const coordinator = await e2e.staffToken('coordinator@example.org')
  let locks = 1
  for (let attempt = 0; attempt < 40 && locks > 0; attempt++) {
    locks = (await e2e.api(`/payload-locked-documents?where[document.value][equals]=${id}&depth=0`, { token: coordinator })).body.totalDocs
    if (locks > 0) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return locks
}

// One test's failure must not lock the next one out of a shared document: a lock a failed test
// left behind is removed (the passing path is checked by each test itself with leave()).
afterEach(async () => {
  const coordinator = await e2e.staffToken('coordinator@example.org')
  const { body } = await e2e.api('/payload-locked-documents?limit=100&depth=0', { token: coordinator })
  for (const lock of body.docs ?? []) await e2e.api(`/payload-locked-documents/${lock.id}`, { token: coordinator, method: 'DELETE' })
})

const tab = (page: Page, name: string) => page.locator('button.tabs-field__tab-button', { hasText: name }).first().click()

describe('the admin without traps', () => {
  it('shows the routekaart outline of an unfinished draft (a step without answers), also after a reload', async () => {
    const coordinator = await e2e.staffToken('coordinator@example.org')
    const map = (await e2e.api('/routeMaps?where[slug][equals]=jeugd&depth=0', { token: coordinator })).body.docs[0]
    const { page, crashes } = await staffPage('coordinator@example.org')
    await page.goto(`${e2e.url}/admin/collections/routeMaps/${map.id}`)
    await page.waitForSelector('#field-steps')

    // Steps are named by their key and question, not "Stap 01".
    const labels = await page.locator('#field-steps').innerText()
    expect(labels).toContain('start')
    expect(labels).toContain('Is er bij het kind of de jongere een (licht) verstandelijke beperking?')
    expect(labels).not.toMatch(/Stap 0?1\b/)

    await page.getByRole('button', { name: /^(Voeg Stap toe|Stap toevoegen)$/ }).last().click()
    const index = map.steps.length
    // The steps start collapsed (thirty of them), the added one too: it is opened by its header.
    const added = page.locator('.array-field__row', { has: page.locator(`#field-steps__${index}__key`) })
    await expect(added.locator('.array-field__row-header').first().innerText()).resolves.toMatch(/\(geen sleutel\)/)
    await added.locator('.collapsible__toggle').first().click()
    await page.fill(`#field-steps__${index}__key`, 'nieuwe-stap')
    await page.fill(`#field-steps__${index}__title`, 'Een vraag zonder antwoorden')
    await tab(page, 'Overzicht')
    const outline = page.locator('section[aria-labelledby="routekaart-overzicht"]')
    await outline.waitFor()
    await expect(outline.innerText()).resolves.toContain('nieuwe-stap')
    await expect(outline.innerText()).resolves.toContain('heeft geen antwoorden')

    // Saved as a draft and opened again on the remembered tab: the document opens.
    const draft = await save(page, 'routeMaps', '#action-save-draft')
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    await page.reload()
    await outline.waitFor({ timeout: 60_000 })
    await expect(outline.innerText()).resolves.toContain('nieuwe-stap')
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/couldn.t load|kon niet worden geladen/)
    expect(crashes).toEqual([])

    // Leaving the document releases its lock (no stale lock for the next person).
    expect(await leave(page, map.id)).toBe(0)
  })

  it('saves a typed Dutch date as that moment in Amsterdam time, mails that date, and refuses an unreadable one', async () => {
    const coordinator = await e2e.staffToken('coordinator@example.org')
    const created = await e2e.api('/membershipApplications', { token: coordinator, method: 'POST', body: membershipApplicationData('Datumzorg') })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const applicant = created.body.doc.contactPerson?.email ?? created.body.doc.contactEmail
    for (const status of ['aspirant', 'besproken-in-platform']) {
      expect((await e2e.api(`/membershipApplications/${id}`, { token: coordinator, method: 'PATCH', body: { status } })).status).toBe(200)
    }

    const { page } = await staffPage('coordinator@example.org')
    await page.goto(`${e2e.url}/admin/collections/membershipApplications/${id}`)
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Kennismakingsgesprek gepland' }).click()
    await tab(page, 'Procedure')
    const input = page.locator('#field-introductionMeetingAt input')

    // The picker's time list is headed in Dutch.
    await input.click()
    await expect(page.locator('.react-datepicker-time__header').innerText()).resolves.toBe('Tijd')
    await input.press('Escape')

    // Unreadable: refused at the field with the reason and the format to use, by the server too
    // (before the step's own check, which would only say the date is missing); nothing stored.
    const field = page.locator('#field-introductionMeetingAt')
    const refusals: [string, RegExp][] = [
      ['15-13-2026 14:00', /^Maand 13 bestaat niet\. Schrijf de datum als dd-mm-jjjj uu:mm/],
      // A day without the time in a date-and-time field: the time is asked for, not made up.
      ['15-12-2026', /^De tijd ontbreekt\./],
      ['2026-12-15', /^De tijd ontbreekt\./],
    ]
    for (const [typed, reason] of refusals) {
      await input.fill(typed)
      await input.press('Tab')
      await expect(field.innerText(), typed).resolves.toContain('dd-mm-jjjj uu:mm')
      const refused = await save(page, 'membershipApplications')
      expect(refused.status, typed).toBe(400)
      const errors = refused.body.errors?.[0]?.data?.errors ?? []
      expect(errors, typed).toEqual([{ path: 'introductionMeetingAt', message: expect.stringMatching(reason) }])
      expect(JSON.stringify(refused.body)).not.toContain('Vul de datum en tijd van het kennismakingsgesprek in')
      await expect(field.innerText(), typed).resolves.toMatch(/bestaat niet|ontbreekt|geen datum/)
      expect(await input.inputValue(), 'what was typed stays in the field').toBe(typed)
      const untouched = (await e2e.api(`/membershipApplications/${id}?depth=0`, { token: coordinator })).body
      expect(untouched.introductionMeetingAt ?? null).toBeNull()
      expect(untouched.status).toBe('besproken-in-platform')
    }

    await input.fill('15-12-2026 14:00')
    await input.press('Tab')
    const saved = await save(page, 'membershipApplications')
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const stored = (await e2e.api(`/membershipApplications/${id}?depth=0`, { token: coordinator })).body
    expect(stored.status).toBe('kennismakingsgesprek-gepland')
    expect(stored.introductionMeetingAt).toBe('2026-12-15T13:00:00.000Z')
    const mail = await e2e.smtp.waitFor((m) => m.envelopeTo.includes(applicant) && (m.parsed.subject ?? '').startsWith('Uitnodiging kennismakingsgesprek'), 60_000)
    expect(mail.parsed.subject).toBe('Uitnodiging kennismakingsgesprek: dinsdag 15 december 2026 om 14:00')

    // Shown the same way, in the form and in the list, also to a browser in another time zone.
    await page.reload()
    await tab(page, 'Procedure')
    await expect(page.locator('#field-introductionMeetingAt input').inputValue()).resolves.toBe('15-12-2026 14:00')
    // The status history names each step and its moment in Dutch, not "Statuswijziging 03".
    const history = await page.locator('#field-statusHistory').innerText()
    expect(history).toMatch(/Kennismakingsgesprek gepland – \d{2}-\d{2}-\d{4} \d{2}:\d{2}/)
    expect(history).not.toMatch(/Statuswijziging \d/)
    const elsewhere = (await staffPage('coordinator@example.org', 'America/New_York')).page
    await elsewhere.goto(`${e2e.url}/admin/collections/membershipApplications`)
    await expect(elsewhere.locator('tr', { hasText: 'Datumzorg' }).innerText()).resolves.toContain('15-12-2026 14:00')
  })

  it('shows a logged e-mail in a sandboxed frame that loads nothing from elsewhere, and the admin’s own words in Dutch', async () => {
    const coordinator = await e2e.staffToken('coordinator@example.org')
    // An interview invitation of its own (not the previous test's), logged once the job has sent it.
    const created = await e2e.api('/membershipApplications', { token: coordinator, method: 'POST', body: membershipApplicationData('Logzorg') })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    for (const body of [{ status: 'aspirant' }, { status: 'besproken-in-platform' }, { status: 'kennismakingsgesprek-gepland', introductionMeetingAt: '2026-12-15T13:00:00.000Z' }]) {
      const stepped = await e2e.api(`/membershipApplications/${id}`, { token: coordinator, method: 'PATCH', body })
      expect(stepped.status, JSON.stringify(stepped.body)).toBe(200)
    }
    const applicant = created.body.doc.contactPerson.email as string
    let logged: { id: string; subject: string } | undefined
    for (let attempt = 0; attempt < 120 && !logged; attempt++) {
      logged = (await e2e.api(`/emailLog?where[to][like]=${encodeURIComponent(applicant)}&where[subject][like]=kennismakingsgesprek&where[html][exists]=true&depth=0`, { token: coordinator })).body.docs?.[0]
      if (!logged) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(logged, 'the invitation is in the e-mail log').toBeTruthy()

    const { page, crashes } = await staffPage('coordinator@example.org')
    const elsewhere: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(e2e.url) && !url.startsWith('data:') && !url.startsWith('about:') && !url.startsWith('blob:')) elsewhere.push(url)
    })
    await page.goto(`${e2e.url}/admin/collections/emailLog/${logged!.id}`)
    const frame = page.locator('iframe[title="Voorbeeld van de e-mail"]')
    await frame.waitFor({ timeout: 60_000 })
    expect(await frame.getAttribute('sandbox')).toBe('')
    await expect(page.frameLocator('iframe[title="Voorbeeld van de e-mail"]').locator('body').innerText()).resolves.toContain('15 december 2026')
    expect(await page.locator('.monaco-editor, .code-editor').count()).toBe(0)
    await page.waitForTimeout(1000)
    expect(elsewhere).toEqual([])
    expect(crashes).toEqual([])

    // The account page: "Instellingen", not "Payload Instellingen".
    await page.goto(`${e2e.url}/admin/account`)
    await page.waitForSelector('.doc-header, form', { timeout: 60_000 })
    const account = await page.locator('body').innerText()
    expect(account).not.toContain('Payload')
  })

  describe('a case question assigned to an expert', () => {
    let questionId = ''
    let reference = ''
    const professionalEmail = 'professional@example.org'

    beforeAll(async () => {
      const login = await fetch(`${e2e.url}/api/professionals/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: professionalEmail, password: demoPassword }),
      })
      const professional = ((await login.json()) as { token: string }).token
      const asked = await e2e.api('/caseQuestions', {
        token: professional,
        method: 'POST',
        body: {
          network: 'jeugd',
          question: 'Jongere met LVB en trauma loopt thuis vast. Welke behandeling past bij deze combinatie?',
          context: { age: 14 },
          consent: { parentsInformed: true, youngPersonInformed: true },
          contactPreference: 'telefoon',
        },
      })
      expect(asked.status, JSON.stringify(asked.body)).toBe(201)
      questionId = asked.body.doc.id
      reference = asked.body.doc.reference
      const coordinator = await e2e.staffToken('coordinator@example.org')
      const expert = (await e2e.api('/users?where[email][equals]=expert@example.org&depth=0', { token: coordinator })).body.docs[0]
      const linked = await e2e.api(`/caseQuestions/${questionId}`, { token: coordinator, method: 'PATCH', body: { assignedExperts: [expert.id] } })
      expect(linked.body.doc.status).toBe('expert-gekoppeld')
    })

    it('offers only the allowed steps, and refuses a step with the domain’s Dutch reason at the field', async () => {
      const { page } = await staffPage('coordinator@example.org')
      await page.goto(`${e2e.url}/admin/collections/caseQuestions/${questionId}`)
      await page.locator('#field-status .rs__control').click()
      const offered = await page.locator('.rs__option').allInnerTexts()
      expect(offered.sort()).toEqual(['Advies gegeven', 'Doorgezet naar platformlid', 'Doorverwezen', 'Expert gekoppeld'].sort())
      // The admin asks the server for the form state after each change (debounced); a person
      // saves after it answered (a late answer would clear the refusal shown at the field).
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/admin/collections/caseQuestions/${questionId}`))
      await page.locator('.rs__option', { hasText: 'Advies gegeven' }).click()
      await answered
      const refused = await save(page, 'caseQuestions')
      expect(refused.status).toBe(400)
      const reason = 'Er is nog geen advies om te geven'
      await page.waitForFunction((text) => document.body.innerText.includes(text), reason, { timeout: 30_000 })
      const body = await page.locator('body').innerText()
      expect(body).not.toContain('Het volgende veld is ongeldig')
      expect(body).not.toMatch(/The following field/)
      // At the field too (Payload's error tooltip on the status).
      await page.locator('#field-status .field-error').waitFor({ timeout: 30_000 })
      await expect(page.locator('#field-status').textContent()).resolves.toContain(reason)
      expect(await leave(page, questionId)).toBe(0)
    })

    it('shows the expert who asked and how to reach them, without asking for the professional’s account', async () => {
      const { page } = await staffPage('expert@example.org')
      const forbidden: string[] = []
      page.on('response', (response) => {
        if (response.url().includes('/api/professionals') && response.status() >= 400) forbidden.push(`${response.status()} ${response.url()}`)
      })
      await page.goto(`${e2e.url}/admin/collections/caseQuestions/${questionId}`)
      await page.waitForSelector('#field-asker__name')
      const sidebar = await page.locator('body').innerText()
      expect(await page.locator('#field-asker__name').inputValue()).toBe('Demo professional')
      expect(await page.locator('#field-asker__organisation').inputValue()).toBe('Buurtteam Amsterdam (voorbeeld)')
      expect(await page.locator('#field-asker__contact').inputValue()).toContain('Telefoon')
      expect(await page.locator('#field-asker__email').inputValue()).toBe(professionalEmail)
      expect(sidebar).not.toContain('Zonder titel')
      expect(forbidden).toEqual([])
      expect(await leave(page, questionId)).toBe(0)
    })

    it('keeps a half-written advice from the professional: no e-mail, not on /account', async () => {
      const { page } = await staffPage('expert@example.org')
      await page.goto(`${e2e.url}/admin/collections/caseQuestions/${questionId}`)
      await tab(page, 'Advies')
      await page.fill('#field-advice__advice', 'Half geschreven advies: eerst nog overleggen met')
      const saved = await save(page, 'caseQuestions')
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
      expect(saved.body.doc.status).toBe('expert-gekoppeld')

      // The server's job runner sends queued mail every few seconds: give it time to (not) send.
      await page.waitForTimeout(12_000)
      const toProfessional = e2e.smtp.messages.filter((m) => m.envelopeTo.includes(professionalEmail)).map((m) => m.parsed.subject ?? '')
      expect(toProfessional.filter((subject) => subject.startsWith('Antwoord op je vraag'))).toEqual([])
      expect(e2e.smtp.messages.some((m) => (m.parsed.text ?? '').includes('Half geschreven'))).toBe(false)

      const site = await newPage()
      await site.goto(`${e2e.url}/account/inloggen?terug=/account`)
      await site.fill('#veld-email', professionalEmail)
      await site.fill('#veld-password', demoPassword)
      await site.click('main button[type="submit"]')
      await site.waitForURL((url) => url.pathname === '/account')
      const account = await site.locator('main').innerText()
      expect(account).toContain(reference)
      expect(account).not.toContain('Half geschreven')
      expect(account).not.toContain('Advies gegeven')
    })
  })
})

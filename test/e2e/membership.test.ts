import { describe, expect, it } from 'vitest'
import { expectAccessible, useE2e } from '../helpers/e2e'

/**
 * Membership end to end on the real server (production build, migrations, seeded content) with
 * a real SMTP server: an organisation applies on /lid-worden, the coordinator takes it through
 * every step (REST and the admin), a platform member comments in the admin, the applicant's
 * emails arrive, and after admission the new member is on /organisaties and its editor sets a
 * password through the emailed link and can edit only their own organisation.
 */
const e2e = useE2e({ smtp: true })
const { api, newPage, adminPage, adminLogin, staffToken } = e2e

const applicant = 'directie@e2e-zorg.example'
const organisationName = 'Stichting E2E Zorg'
const editorPassword = 'eigen-wachtwoord-e2e-2026'

const subjectsTo = (address: string) => e2e.smtp.messages.filter((mail) => mail.envelopeTo.includes(address)).map((mail) => mail.parsed.subject)

describe('membership, from application to editing as a member', () => {
  let coordinatorToken: string
  let applicationId: string

  it('explains membership and the form, and keeps and explains the values after errors', async () => {
    const page = await newPage()
    expect((await page.goto(`${e2e.url}/lid-worden`))?.status()).toBe(200)
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/€\s1\.500 per jaar/)
    expect(text).toMatch(/één platformoverleg en één netwerkbijeenkomst/)
    await expectAccessible(page)

    await page.fill('#veld-organisationName', organisationName)
    await page.fill('#veld-kvkNumber', '1234')
    await page.fill('#veld-motivation', 'Wij willen kennis over trauma bij LVB delen.')
    await page.check('#veld-networks')
    await page.click('main button[type="submit"]')
    await page.waitForSelector('#foutmeldingen')

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutmeldingen')
    expect(await page.title()).toMatch(/^Fout in formulier/)
    expect(await page.inputValue('#veld-organisationName')).toBe(organisationName)
    expect(await page.inputValue('#veld-kvkNumber')).toBe('1234')
    expect(await page.inputValue('#veld-motivation')).toBe('Wij willen kennis over trauma bij LVB delen.')
    expect(await page.isChecked('#veld-networks')).toBe(true)
    await expect(page.locator('#veld-kvkNumber-fout').innerText()).resolves.toMatch(/^(Fout:\s*)?Vul een KvK-nummer van precies 8 cijfers in\.$/)
    expect(await page.getAttribute('#veld-kvkNumber', 'aria-describedby')).toContain('veld-kvkNumber-fout')
    expect(await page.getAttribute('#veld-kvkNumber', 'aria-invalid')).toBe('true')
    const summary = await page.locator('#foutmeldingen').innerText()
    expect(summary).toContain('KvK-nummer: Vul een KvK-nummer van precies 8 cijfers in.')
    expect(summary).toContain('Naam contactpersoon: Vul de naam van de contactpersoon in.')
    expect(summary).not.toContain('Naam van de organisatie')
    await expectAccessible(page)

    // The summary's links lead to the fields.
    await page.click('#foutmeldingen a[href="#veld-kvkNumber"]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-kvkNumber')

    await page.fill('#veld-kvkNumber', '8765 4321')
    await page.fill('#veld-website', 'www.e2e-zorg.example')
    await page.fill('#veld-street', 'Keizersgracht 1')
    await page.fill('#veld-postcode', '1015cj')
    await page.fill('#veld-city', 'Amsterdam')
    await page.fill('#veld-contactName', 'Robin Jansen')
    await page.fill('#veld-contactRole', 'Bestuurder')
    await page.fill('#veld-contactEmail', applicant)
    await page.fill('#veld-contactPhone', '020 765 43 21')
    await page.fill('#veld-offerSummary', 'Ambulante traumabehandeling voor jongeren met een LVB.')
    await page.fill('#veld-targetGroup', 'Jongeren van 12 tot 23 jaar in heel Amsterdam.')
    await page.check('#veld-yearsActiveAnswer')
    await page.fill('#veld-yearsActiveExplanation', 'Sinds 2015 actief in Amsterdam.')
    await page.check('#veld-qualitySystemAnswer')
    await page.fill('#veld-qualitySystemWhich', 'HKZ')
    await page.check('#veld-noHarmAnswer')
    await page.fill('#veld-noHarmExplanation', 'Klachtenregeling, cliëntenraad en vertrouwenspersoon.')
    await page.fill('#veld-addedValueExplanation', 'Traumabehandeling voor LVB die er in de regio weinig is.')
    await page.check('#veld-consent')
    // The form refuses a submission within 3 s of showing it (a bot's speed); a person filling
    // in this form takes far longer, so the test waits out that guard instead of racing it.
    await page.waitForTimeout(3000)
    await page.click('main button[type="submit"]')
    await page.waitForURL(`${e2e.url}/lid-worden/verzonden`)
    await expect(page.locator('h1').innerText()).resolves.toBe('Aanvraag verzonden')
    await expectAccessible(page)
  })

  it('confirms the application to the applicant and notifies the coordinator', async () => {
    const receipt = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes(applicant))
    expect(receipt.parsed.subject).toBe(`We hebben de aanvraag van ${organisationName} ontvangen`)
    const notice = await e2e.smtp.waitFor((mail) => mail.parsed.subject === `Nieuwe lidmaatschapsaanvraag: ${organisationName}`)
    expect(notice.envelopeTo).toEqual(['coordinator-jeugd@lvbinamsterdam.example'])

    coordinatorToken = await staffToken('coordinator@example.org')
    const { body } = await api(`/membershipApplications?where[organisationName][equals]=${encodeURIComponent(organisationName)}&depth=0`, { token: coordinatorToken })
    expect(body.docs).toHaveLength(1)
    applicationId = body.docs[0].id
    expect(body.docs[0]).toMatchObject({ status: 'ingediend', kvkNumber: '87654321', website: 'https://www.e2e-zorg.example' })
  })

  it('the coordinator makes them an aspirant member, invited to a linked meeting', async () => {
    const events = await api('/events?sort=startsAt&limit=1&depth=0', { token: coordinatorToken })
    const event = events.body.docs[0] as { id: string; title: string }
    const result = await api(`/membershipApplications/${applicationId}`, {
      token: coordinatorToken,
      method: 'PATCH',
      body: { status: 'aspirant', linkedEvents: [event.id], transitionNote: 'Uitgenodigd voor de eerstvolgende bijeenkomst.' },
    })
    expect(result.status).toBe(200)
    const invitation = await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes(applicant) && Boolean(mail.parsed.subject?.startsWith('Welkom als aspirant-lid')))
    expect(invitation.parsed.text).toContain(event.title)
  })

  it('a platform member adds a comment in the admin', async () => {
    const page = await adminPage('platform@example.org')
    await page.goto(`${e2e.url}/admin/collections/membershipApplications/${applicationId}`)
    await page.locator('button.tabs-field__tab-button', { hasText: 'Procedure' }).click()
    await page.locator('#field-platformComments button.array-field__add-row').click()
    await page.fill('#field-platformComments__0__comment', 'Past goed bij de vraag naar traumabehandeling.')
    await page.click('#action-save')
    await page.waitForFunction(() => /opgeslagen|bijgewerkt|succes/i.test(document.body.innerText), null, { timeout: 30_000 })

    const { body } = await api(`/membershipApplications/${applicationId}?depth=0`, { token: coordinatorToken })
    expect(body.platformComments).toHaveLength(1)
    expect(body.platformComments[0].comment).toBe('Past goed bij de vraag naar traumabehandeling.')
    expect(body.status).toBe('aspirant')
  })

  it('the coordinator records the platform discussion in the admin', async () => {
    const page = await adminPage('coordinator@example.org')
    await page.goto(`${e2e.url}/admin/collections/membershipApplications/${applicationId}`)
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Besproken in platform' }).click()
    await page.fill('#field-transitionNote', 'Besproken in het platformoverleg van november.')
    await page.click('#action-save')
    await page.waitForFunction(() => /opgeslagen|bijgewerkt|succes/i.test(document.body.innerText), null, { timeout: 30_000 })

    const { body } = await api(`/membershipApplications/${applicationId}?depth=0`, { token: coordinatorToken })
    expect(body.status).toBe('besproken-in-platform')
    expect(body.statusHistory.at(-1)).toMatchObject({ status: 'besproken-in-platform', note: 'Besproken in het platformoverleg van november.' })
  })

  it('refuses an incomplete step and takes the others to admission, emailing the applicant', async () => {
    const path = `/membershipApplications/${applicationId}`
    const refused = await api(path, { token: coordinatorToken, method: 'PATCH', body: { status: 'kennismakingsgesprek-gepland' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Vul de datum en tijd van het kennismakingsgesprek in.')

    const planned = await api(path, { token: coordinatorToken, method: 'PATCH', body: { status: 'kennismakingsgesprek-gepland', introductionMeetingAt: '2027-01-12T09:30:00.000Z' } })
    expect(planned.status).toBe(200)
    await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes(applicant) && mail.parsed.subject === 'Uitnodiging kennismakingsgesprek: dinsdag 12 januari 2027 om 10:30')

    expect((await api(path, { token: coordinatorToken, method: 'PATCH', body: { status: 'advies', advice: 'Het platform adviseert toelating.' } })).status).toBe(200)
    const admitted = await api(path, { token: coordinatorToken, method: 'PATCH', body: { status: 'toegelaten', decisionReasons: 'Voldoet aan alle criteria.' } })
    expect(admitted.status).toBe(200)
    await e2e.smtp.waitFor((mail) => mail.envelopeTo.includes(applicant) && mail.parsed.subject === `${organisationName} is toegelaten als lid`)
    expect(subjectsTo(applicant)).toEqual(
      expect.arrayContaining([`We hebben de aanvraag van ${organisationName} ontvangen`, `Je account voor de pagina van ${organisationName}`]),
    )
  })

  it('shows the new member on /organisaties', async () => {
    const page = await newPage()
    await page.goto(`${e2e.url}/organisaties`)
    const members = await page.locator('section[aria-labelledby="leden"]').innerText()
    expect(members).toContain(organisationName)
  })

  it('the new editor sets a password through the emailed link and edits only their own organisation', async () => {
    const invitation = await e2e.smtp.waitFor((mail) => mail.parsed.subject === `Je account voor de pagina van ${organisationName}`)
    const link = invitation.parsed.text?.match(/https?:\/\/\S+\/admin\/reset\/[a-f0-9]+/)?.[0]
    expect(link).toBeTruthy()

    const page = await newPage()
    await page.goto(link as string)
    // The admin's form posts with JavaScript: wait until it is hydrated before using it.
    await page.waitForLoadState('networkidle')
    await page.fill('#field-password', editorPassword)
    await page.fill('#field-confirm-password', editorPassword)
    const [reset] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/users/reset-password') && response.request().method() === 'POST', { timeout: 60_000 }),
      page.click('button[type="submit"]'),
    ])
    expect(reset.status()).toBe(200)

    const fresh = await newPage()
    await adminLogin(fresh, applicant, editorPassword)
    expect(new URL(fresh.url()).pathname).toMatch(/^\/admin/)

    const token = await staffToken(applicant, editorPassword)
    const own = await api(`/organisations?where[name][equals]=${encodeURIComponent(organisationName)}&depth=0`, { token })
    expect(own.body.docs).toHaveLength(1)
    const ownUpdate = await api(`/organisations/${own.body.docs[0].id}`, { token, method: 'PATCH', body: { shortDescription: 'Traumabehandeling voor jongeren met een LVB.' } })
    expect(ownUpdate.status).toBe(200)

    const cordaan = await api('/organisations?where[slug][equals]=cordaan&depth=0', { token })
    const other = await api(`/organisations/${cordaan.body.docs[0].id}`, { token, method: 'PATCH', body: { shortDescription: 'Niet van mij.' } })
    expect(other.status).toBe(403)
  })
})

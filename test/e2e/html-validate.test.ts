import { HtmlValidate, type Message } from 'html-validate'
import { beforeAll, describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'
import { get, postForm, sitePages, type SitePage } from '../helpers/sitePages'

/**
 * Every page type of the site, and the error states of its forms, validate with html-validate's
 * recommended rules: the HTML as the real server sends it (seeded content, logged in where the
 * page needs it).
 *
 * One rule is set, not switched off: a group of checkboxes shares one name (`networks=jeugd&
 * networks=volwassenen`), as HTML intends; form-dup-name allows that for radio buttons only
 * unless told, so checkboxes are added to its shared types. Duplicate names of other controls
 * are still errors.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
})

const e2e = useE2e({ browser: false })
let pages: SitePage[]
let session: string

beforeAll(async () => {
  pages = await sitePages(e2e.url)
  session = await e2e.professionalSession()
})

/** The errors in a page, as readable lines (rule, place, message, element). */
async function errorsIn(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name)
  return report.results
    .flatMap((result) => result.messages)
    .filter((message: Message) => message.severity === 2)
    .map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message} (${message.selector ?? ''})`)
}

describe('html-validate (recommended rules) over every page type', () => {
  it('finds no errors on any page type, anonymous or logged in', async () => {
    const problems: Record<string, string[]> = {}
    for (const page of pages) {
      const response = await get(`${e2e.url}${page.path}`, page.loggedIn ? { cookie: `payload-token=${session}` } : {})
      expect([200, 400, 404], `${page.type} (${page.path}): ${response.status}`).toContain(response.status)
      const errors = await errorsIn(await response.text(), page.path)
      if (errors.length > 0) problems[`${page.type} ${page.path}`] = errors.slice(0, 10)
    }
    expect(problems).toEqual({})
  })

  it('finds no errors in the error states of the forms', async () => {
    const event = pages.find((page) => page.type === 'een bijeenkomst')?.path ?? ''
    const posts: { name: string; path: string; fields: Record<string, string | string[]>; loggedIn?: boolean }[] = [
      { name: 'nieuwsbrief', path: '/nieuwsbrief', fields: { email: 'geen-adres', name: 'Lezer', form: 'nieuwsbrief-pagina' } },
      { name: 'lid worden', path: '/lid-worden', fields: { organisationName: 'Stichting Test', networks: ['jeugd', 'volwassenen'] } },
      { name: 'account aanmaken', path: '/account/registreren', fields: { name: '', email: 'x', networks: ['jeugd', 'volwassenen'], password: 'a', passwordAgain: 'a' } },
      { name: 'inloggen', path: '/account/inloggen', fields: { email: 'niemand@example.org', password: 'verkeerd-wachtwoord' } },
      { name: 'wachtwoord vergeten', path: '/account/wachtwoord-vergeten', fields: { email: 'geen-adres' } },
      { name: 'aanmelden voor een bijeenkomst', path: event, fields: { name: '', email: 'geen-adres', organisation: '' } },
      { name: 'vraag stellen', path: '/vraag-stellen?routekaart=jeugd&pad=1.2', fields: { question: 'Kort', age: '', urgency: 'normaal', routeMapPath: '1.2' }, loggedIn: true },
    ]
    const problems: Record<string, string[]> = {}
    for (const post of posts) {
      const response = await postForm(e2e.url, post.path, post.fields, post.loggedIn ? session : undefined)
      const html = await response.text()
      expect(response.status, `${post.name}: ${response.status}`).toBeGreaterThanOrEqual(400)
      expect(html, post.name).toContain('id="foutmeldingen"')
      const errors = await errorsIn(html, post.path)
      if (errors.length > 0) problems[post.name] = errors.slice(0, 10)
    }
    expect(problems).toEqual({})
  })
})

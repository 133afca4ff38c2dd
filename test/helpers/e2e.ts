import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { answerOf, type ApiAnswer } from './apiAnswer'
import { accessibilityViolations, launchBrowser } from './browser'
import { demoPassword, startTestServer, type TestServer } from './server'
import { startSmtpServer, type TestSmtpServer } from './smtp'

/**
 * The one fixture of the end-to-end tests, as Starlight's `__e2e__/test-utils.ts` gives its
 * tests a server and a page: `useE2e()` at the top of a file (or of a describe) starts the
 * real built portal on a fresh database before its tests, optionally with a real SMTP server
 * and Chromium, and stops them after. What the tests need of it (pages, logins, the REST API,
 * axe) goes through the handle it returns; its methods may be destructured, its state (`url`,
 * `server`, `smtp`, `browser`) is read once the tests run.
 */
export interface E2eOptions {
  /** A real SMTP server the portal sends its mail to (`smtp`). */
  smtp?: boolean
  /** Chromium for `newPage` and the admin logins; on unless a file only speaks HTTP. */
  browser?: boolean
  /** Extra environment for the server (an empty SERVER_URL, an https one). */
  env?: Record<string, string>
  /** Wait for the first Pagefind index, which the server builds in the background after its start. */
  searchIndex?: boolean
}

export interface PageOptions extends BrowserContextOptions {
  /** A `payload-token` session cookie for the page's context (see `professionalSession`, `staffToken`). */
  session?: string
}

export interface ApiRequest {
  /** A login token (see `staffToken`), sent as `Authorization: JWT …`. */
  token?: string
  method?: string
  body?: unknown
  /** The status the answer must have; the test fails otherwise, showing the body. */
  expectStatus?: number
}

export interface E2e {
  readonly url: string
  readonly server: TestServer
  readonly smtp: TestSmtpServer
  readonly browser: Browser
  /** A page in a browser context of its own (cookies, viewport, JavaScript on or off). */
  newPage: (options?: PageOptions) => Promise<Page>
  /** REST on `/api` + `path`, as JSON; never throws for a status unless `expectStatus` says which. */
  api: <T = any>(path: string, request?: ApiRequest) => Promise<ApiAnswer<T>>
  /** A staff member's login token through `/api/users/login` (the demo password by default). */
  staffToken: (email: string, password?: string) => Promise<string>
  /** Logs staff in on `page` through the admin's own login form. */
  adminLogin: (page: Page, email: string, password?: string) => Promise<void>
  /** A new page, logged into the admin as `email` with the demo password. */
  adminPage: (email: string, options?: PageOptions) => Promise<Page>
  /** The demo professional logged in through the site's form: the session cookie's value. */
  professionalSession: () => Promise<string>
}

export { demoPassword }

/** The professional demo account the seed creates (approved, so the intake form shows). */
export const professionalAccount = { email: 'professional@example.org', password: demoPassword }

/** axe (WCAG 2.1 A and AA) finds nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([])
}

export function useE2e(options: E2eOptions = {}): E2e {
  let server: TestServer | undefined
  let smtp: TestSmtpServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    if (options.smtp) smtp = await startSmtpServer()
    server = await startTestServer({ ...smtp?.env, ...options.env })
    if (options.browser !== false) browser = await launchBrowser()
    if (options.searchIndex) {
      const deadline = Date.now() + 120_000
      while (!server.output().includes('Zoekindex opgebouwd') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.close()
  })

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is niet gestart: lees het pas in een test of hook (of zet de optie aan in useE2e).`)
    return value
  }

  const e2e: E2e = {
    get url() {
      return started(server, 'De server').url
    },
    get server() {
      return started(server, 'De server')
    },
    get smtp() {
      return started(smtp, 'De SMTP-server')
    },
    get browser() {
      return started(browser, 'Chromium')
    },

    newPage: async ({ session, ...contextOptions } = {}) => {
      const context = await e2e.browser.newContext(contextOptions)
      if (session) {
        const { hostname } = new URL(e2e.url)
        await context.addCookies([{ name: 'payload-token', value: session, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' }])
      }
      return context.newPage()
    },

    api: async (path, { token, method = 'GET', body, expectStatus } = {}) => {
      const response = await fetch(`${e2e.url}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const answer = await answerOf(response)
      if (expectStatus !== undefined) expect(answer.status, `${method} ${path}: ${answer.text}`).toBe(expectStatus)
      return answer
    },

    staffToken: async (email, password = demoPassword) => {
      const { body } = await e2e.api<{ token: string }>('/users/login', { method: 'POST', body: { email, password }, expectStatus: 200 })
      return body.token
    },

    adminLogin: async (page, email, password = demoPassword) => {
      await page.goto(`${e2e.url}/admin/login`)
      // Wait until the admin's form is hydrated: before that, a click submits the bare HTML form.
      await page.waitForLoadState('networkidle')
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    },

    adminPage: async (email, pageOptions) => {
      const page = await e2e.newPage(pageOptions)
      await e2e.adminLogin(page, email)
      return page
    },

    professionalSession: async () => {
      const response = await fetch(`${e2e.url}/account/inloggen`, {
        method: 'POST',
        headers: { origin: e2e.url, 'content-type': 'application/x-www-form-urlencoded', connection: 'close' },
        body: new URLSearchParams(professionalAccount).toString(),
        redirect: 'manual',
      })
      const cookie = (response.headers.get('set-cookie') ?? '').match(/payload-token=([^;]+)/)?.[1]
      if (response.status !== 303 || !cookie) throw new Error(`Inloggen als professional mislukt (${response.status})`)
      return cookie
    },
  }
  return e2e
}

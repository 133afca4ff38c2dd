import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { demoPassword } from './server'

/**
 * Logging staff in on a test server, through the API (for a JWT) or the admin's login form.
 * Takes a getter because each e2e file starts its server in beforeAll.
 */
export function staffLogin(serverUrl: () => string) {
  return {
    async apiLogin(email: string, password = demoPassword): Promise<string> {
      const response = await fetch(`${serverUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { token: string }).token
    },

    async adminLogin(page: Page, email: string, password = demoPassword): Promise<void> {
      await page.goto(`${serverUrl()}/admin/login`)
      // Wait until the admin's form is hydrated: before that, a click submits the bare HTML form.
      await page.waitForLoadState('networkidle')
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    },
  }
}

import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { rawRequest, type RawResponse } from '../helpers/rawRequest'
import { demoPassword, useE2e, type E2e } from '../helpers/e2e'
import type { TestServer } from '../helpers/server'

/**
 * The security headers on every kind of answer the one-process server gives (site page, error
 * page, feed, redirect, refusal, static file, search index, admin, admin asset, API, GraphQL,
 * media file, one-click unsubscribe), on the real built server; and, with an https SERVER_URL
 * (a TLS proxy in front), HSTS everywhere and Secure on every cookie the server sets.
 */

interface Probe {
  name: string
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string
}

function firstFile(dir: string, pattern: RegExp): string {
  const stack = [dir]
  while (stack.length > 0) {
    const current = stack.pop() as string
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) stack.push(full)
      else if (pattern.test(entry.name)) return full
    }
  }
  throw new Error(`Geen bestand ${pattern} in ${dir}`)
}

// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

async function uploadImage({ server, staffToken }: E2e): Promise<string> {
  const token = await staffToken('coordinator@example.org')
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'logo-test.png')
  form.append('_payload', JSON.stringify({ alt: 'Testlogo' }))
  const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const body = (await response.json()) as { doc?: { url?: string } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return new URL(body.doc?.url ?? '', server.url).pathname
}

function probes(server: TestServer, mediaPath: string): Probe[] {
  const astroAsset = path.relative('dist/client', firstFile('dist/client/_astro', /\.css$/))
  const nextAsset = path.relative('src/cms/.next', firstFile('src/cms/.next/static', /\.js$/))
  const origin = new URL(server.url).origin
  return [
    { name: 'site page', path: '/' },
    { name: 'site page with an island', path: '/aanbod' },
    { name: 'site 404 page', path: '/bestaat-niet' },
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: 'rss feed', path: '/kennis/rss.xml' },
    { name: 'calendar feed', path: '/agenda.ics' },
    { name: 'site json', path: '/aanbod.json' },
    { name: 'site redirect', path: '/account' },
    { name: 'cross-site post refused by the site', path: '/account/inloggen', method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a' },
    { name: 'site form post', path: '/account/inloggen', method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a&password=b' },
    { name: 'static file (public)', path: '/favicon.svg' },
    { name: 'static file (astro build)', path: `/${astroAsset}` },
    { name: 'search index', path: '/pagefind/pagefind.js' },
    { name: 'admin page', path: '/admin/login' },
    { name: 'admin asset', path: `/_next/${nextAsset.replace(/^static\//, 'static/')}` },
    { name: 'api', path: '/api/pages?limit=1' },
    { name: 'api error', path: '/api/pages/bestaat-niet' },
    { name: 'graphql', path: '/api/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Pages(limit: 1) { totalDocs } }' }) },
    { name: 'media file', path: mediaPath },
    { name: 'missing media file', path: '/api/media/file/bestaat-niet.png' },
    { name: 'one-click unsubscribe', path: '/nieuwsbrief/afmelden/one-click?token=ongeldig', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' },
  ]
}

async function send(server: TestServer, probe: Probe): Promise<RawResponse> {
  return rawRequest(`${server.url}${probe.path}`, { method: probe.method, headers: probe.headers, body: probe.body })
}

function expectCommonHeaders(name: string, response: RawResponse) {
  const headers = response.headers
  expect(headers['x-content-type-options'], name).toBe('nosniff')
  expect(headers['x-frame-options'], name).toBe('DENY')
  expect(headers['referrer-policy'], name).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], name).toContain('camera=()')
  const csp = String(headers['content-security-policy'] ?? '')
  expect(csp, name).toContain("frame-ancestors 'none'")
  expect(csp, name).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  expect(csp, name).not.toContain("'unsafe-eval'")
}

describe('security headers with an http SERVER_URL', () => {
  const e2e = useE2e({ browser: false })
  let server: TestServer
  let list: Probe[]

  beforeAll(async () => {
    server = e2e.server
    list = probes(server, await uploadImage(e2e))
  })

  it('every kind of answer carries them', async () => {
    const seen: string[] = []
    for (const probe of list) {
      const response = await send(server, probe)
      expect(response.status, probe.name).toBeGreaterThanOrEqual(200)
      expectCommonHeaders(probe.name, response)
      // No HSTS over plain http: it would lock a demo on localhost out of http.
      expect(response.headers['strict-transport-security'], probe.name).toBeUndefined()
      seen.push(`${probe.name}: ${response.status}`)
    }
    expect(seen).toHaveLength(list.length)
  })

  it('site pages allow only hashed scripts and styles of their own', async () => {
    for (const pathname of ['/', '/aanbod', '/zoeken', '/routekaart/jeugd', '/account/inloggen']) {
      const response = await rawRequest(`${server.url}${pathname}`)
      const csp = String(response.headers['content-security-policy'])
      expect(csp, pathname).toMatch(/script-src 'self'[^;]*'sha256-/)
      expect(csp, pathname).toMatch(/style-src 'self'[^;]*'sha256-|style-src 'self'/)
      expect(csp, pathname).toContain("object-src 'none'")
      expect(csp, pathname).toContain("base-uri 'self'")
      // Pagefind compiles its WebAssembly in its worker (see below), never in the page.
      expect(csp, pathname).not.toContain("'wasm-unsafe-eval'")
      // Every inline script on the page is covered by a hash in the policy.
      const inline = [...response.body.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
      const { createHash } = await import('node:crypto')
      for (const script of inline) {
        const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
        expect(csp, `${pathname}: ${script.slice(0, 60)}`).toContain(hash)
      }
    }
  })

  it('answers that are not pages may run nothing', async () => {
    for (const probe of list.filter((p) => ['media file', 'api', 'static file (public)', 'sitemap'].includes(p.name))) {
      const csp = String((await send(server, probe)).headers['content-security-policy'])
      expect(csp, probe.name).toContain("default-src 'none'")
      expect(csp, probe.name).not.toContain('script-src')
    }
    // Pagefind's worker lives under its own script's policy: the index and WebAssembly only.
    const worker = String((await rawRequest(`${server.url}/pagefind/pagefind-worker.js`)).headers['content-security-policy'])
    expect(worker).toContain("default-src 'none'")
    expect(worker).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(worker).toContain("connect-src 'self'")
  })

  it('the admin runs only scripts with the nonce of its own answer', async () => {
    const first = await rawRequest(`${server.url}/admin/login`)
    const second = await rawRequest(`${server.url}/admin/login`)
    const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))?.[1]
    const nonce = nonceOf(first.headers['content-security-policy'])
    expect(nonce).toBeTruthy()
    expect(nonceOf(second.headers['content-security-policy'])).not.toBe(nonce)
    expect(String(first.headers['content-security-policy'])).toContain("'strict-dynamic'")
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('a visitor cannot choose the admin nonce', async () => {
    const response = await rawRequest(`${server.url}/admin/login`, { headers: { 'content-security-policy': "script-src 'nonce-gekozen'" } })
    expect(String(response.headers['content-security-policy'])).not.toContain('gekozen')
    expect(response.body).not.toContain('nonce="gekozen"')
  })
})

describe('with an https SERVER_URL (behind a TLS proxy)', () => {
  // The server itself speaks http; the public address, as a TLS proxy would offer it, is https.
  const e2e = useE2e({ browser: false, env: { SERVER_URL: 'https://portaal.example.nl' } })
  let server: TestServer
  let publicUrl: string
  let list: Probe[]

  beforeAll(async () => {
    server = e2e.server
    publicUrl = 'https://portaal.example.nl'
    list = probes(server, '/api/media/file/bestaat-niet.svg')
  })

  it('sends HSTS on every kind of answer', async () => {
    for (const probe of list) {
      const response = await send(server, {
        ...probe,
        headers: { ...probe.headers, ...(probe.headers?.origin === new URL(server.url).origin ? { origin: publicUrl } : {}), host: 'portaal.example.nl', 'x-forwarded-proto': 'https' },
      })
      expectCommonHeaders(probe.name, response)
      expect(response.headers['strict-transport-security'], probe.name).toMatch(/max-age=\d{7,}/)
    }
  })

  it('marks every cookie Secure: staff login on the API, logout, and the site session', async () => {
    const cookies: string[] = []
    const staff = await rawRequest(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'portaal.example.nl', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'coordinator@example.org', password: demoPassword }),
    })
    expect(staff.status).toBe(200)
    cookies.push(...(staff.headers['set-cookie'] ?? []))

    const professional = await rawRequest(`${server.url}/api/professionals/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'portaal.example.nl', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'professional@example.org', password: demoPassword }),
    })
    expect(professional.status).toBe(200)
    cookies.push(...(professional.headers['set-cookie'] ?? []))

    // The site's own login form, posted from the public https origin through the proxy.
    const site = await rawRequest(`${server.url}/account/inloggen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        host: 'portaal.example.nl',
        'x-forwarded-proto': 'https',
        origin: publicUrl,
      },
      body: new URLSearchParams({ email: 'professional@example.org', password: demoPassword }).toString(),
    })
    expect(site.status, site.body.slice(0, 300)).toBe(303)
    const siteCookies = site.headers['set-cookie'] ?? []
    expect(siteCookies.some((c) => c.startsWith('payload-token='))).toBe(true)
    cookies.push(...siteCookies)

    const logout = await rawRequest(`${server.url}/account/uitloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'portaal.example.nl', 'x-forwarded-proto': 'https', origin: publicUrl },
      body: '',
    })
    cookies.push(...(logout.headers['set-cookie'] ?? []))

    expect(cookies.length).toBeGreaterThanOrEqual(4)
    for (const cookie of cookies) {
      expect(cookie, cookie).toMatch(/;\s*Secure/i)
      expect(cookie, cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie, cookie).toMatch(/;\s*SameSite=Lax/i)
    }
  })

  it('believes X-Forwarded-Proto only for the configured host', async () => {
    // Talking to the port directly under another name: the forwarded protocol is ignored, so
    // an https Origin does not match and the form post is refused.
    const response = await rawRequest(`${server.url}/account/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'evil.example', 'x-forwarded-proto': 'https', origin: 'https://evil.example' },
      body: 'email=a&password=b',
    })
    expect(response.status).toBe(403)
  })
})

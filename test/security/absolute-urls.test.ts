import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'
import { rawRequest } from '../helpers/rawRequest'

/**
 * Absolute URLs come from SERVER_URL only. A request with a forged Host (or forwarded host)
 * must not put the attacker's address into canonical links, Open Graph, the sitemap, robots,
 * the feed or calendar files, which caches and crawlers then keep. The demo runs without
 * SERVER_URL (its default is http://localhost:PORT); production refuses to start without it.
 */
// No SERVER_URL at all: the default must still be the only source.
const e2e = useE2e({ browser: false, env: { SERVER_URL: '' } })
const forged: Record<string, string>[] = [
  { host: 'evil.example' },
  { host: 'localhost', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
]

describe('a forged Host header never reaches an absolute URL', () => {
  it('canonical and og:url, sitemap, robots, rss and ics', async () => {
    const sitemap = await rawRequest(`${e2e.url}/sitemap.xml`)
    const eventPath = /<loc>[^<]*(\/agenda\/[^<]+)<\/loc>/.exec(sitemap.body)?.[1]
    const offeringPath = /<loc>[^<]*(\/aanbod\/[^<]+)<\/loc>/.exec(sitemap.body)?.[1]
    expect(eventPath).toBeDefined()
    expect(offeringPath).toBeDefined()
    const paths = ['/', '/aanbod', offeringPath, `${eventPath}`, '/sitemap.xml', '/robots.txt', '/kennis/rss.xml', '/agenda.ics', `${eventPath}.ics`]

    for (const headers of forged) {
      for (const pathname of paths) {
        const response = await rawRequest(`${e2e.url}${pathname}`, { headers })
        expect(response.status, `${pathname} ${JSON.stringify(headers)}`).toBe(200)
        expect(response.body, `${pathname} ${JSON.stringify(headers)}`).not.toContain('evil.example')
        expect(response.body, pathname).toContain(e2e.url)
      }
    }
  })

  it('the canonical link names SERVER_URL', async () => {
    const page = await rawRequest(`${e2e.url}/aanbod`, { headers: { host: 'evil.example' } })
    expect(page.body).toContain(`<link rel="canonical" href="${e2e.url}/aanbod"`)
    expect(page.body).toContain(`<meta property="og:url" content="${e2e.url}/aanbod"`)
  })
})

describe('SERVER_URL rules at start', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/scripts/start.ts'], {
      env: { ...process.env, PORTAL_SKIP_BUILD: '1', PAYLOAD_SECRET: 'start-test-start-test-start-test', SERVER_URL: '', PORTAL_MODE: '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    })

  it('production mode refuses to start without SERVER_URL, in Dutch', () => {
    const result = start({ PORTAL_MODE: 'production' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('SERVER_URL ontbreekt')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a SERVER_URL with a path or another scheme', () => {
    expect(start({ SERVER_URL: 'https://portaal.example.nl/portaal' }).stderr).toContain('alleen protocol, host en eventueel poort')
    expect(start({ SERVER_URL: 'ftp://portaal.example.nl' }).stderr).toContain('http:// of https://')
  })
})

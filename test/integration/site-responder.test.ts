import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { createContentVersion } from '../../src/domain/contentVersion'
import type { CaptureResponse } from '../../src/server/captureResponse'
import { createLimiter } from '../../src/server/concurrency'
import { PageCache } from '../../src/server/pageCache'
import { createSiteResponder } from '../../src/server/siteResponder'

/**
 * The site responder over real HTTP on loopback, with a stand-in for the Astro handler that
 * renders like it (writeHead, write, end on the response it is given) and can be held back, so
 * that "many requests at once" happens for certain rather than by timing.
 */
interface Setup {
  url: string
  renders: string[]
  replays: string[]
  release: () => void
  /** Raises the public-content version, as a saved change does. */
  change: () => void
  close: () => Promise<void>
}

const servers: Setup[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()!.close()
})

async function setup({ cache = true, maxActive = 4, maxQueued = 100, held = false, maxAgeMs = 60_000, extraHeaders = {} as Record<string, string> } = {}): Promise<Setup> {
  const version = createContentVersion()
  const renders: string[] = []
  const replays: string[] = []
  let gate: Promise<void> = Promise.resolve()
  let open = () => {}
  if (held) gate = new Promise<void>((resolve) => (open = resolve))
  const respond = createSiteResponder({
    contentVersion: version,
    cache: cache ? new PageCache({ maxBytes: 10 * 1024 * 1024, maxAgeMs }) : undefined,
    limiter: createLimiter({ maxActive, maxQueued, maxWaitMs: 30_000 }),
    onReplay: (value) => replays.push(value),
    render: async (req, res: CaptureResponse) => {
      renders.push(req.url ?? '')
      await gate
      const url = new URL(req.url ?? '/', 'http://x')
      const status = url.pathname === '/ontbreekt' ? 404 : 200
      const headers: Record<string, string | string[]> = { 'content-type': 'text/html; charset=utf-8', ...extraHeaders }
      if (url.pathname === '/koekje') headers['set-cookie'] = ['a=b; Path=/']
      if (url.pathname === '/telt') headers['x-portal-replay'] = 'stap-1'
      res.writeHead(status, headers)
      res.write(`<!doctype html><title>${url.pathname}</title>`)
      res.end(`<p>${'inhoud '.repeat(400)} versie ${version.current()} render ${renders.length}</p>`)
    },
  })
  const server = http.createServer((req, res) => void respond(req, res).catch(() => res.destroy()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const setupValue: Setup = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    renders,
    replays,
    release: () => open(),
    change: () => void version.raise({ kind: 'external' }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  servers.push(setupValue)
  return setupValue
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers })

describe('the site responder', () => {
  it('renders once for 64 concurrent requests of the same page, then answers from the cache', async () => {
    const site = await setup({ held: true })
    const responses = Array.from({ length: 64 }, () => get(`${site.url}/aanbod?b=2&a=1`))
    await new Promise((resolve) => setTimeout(resolve, 100))
    site.release()
    const answered = await Promise.all(responses)
    const bodies = await Promise.all(answered.map((response) => response.text()))
    expect(answered.every((response) => response.status === 200)).toBe(true)
    expect(new Set(bodies).size).toBe(1)
    expect(site.renders).toHaveLength(1)
    expect(answered.map((response) => response.headers.get('x-page-cache')).filter((how) => how === 'miss')).toHaveLength(1)
    const again = await get(`${site.url}/aanbod?a=1&b=2`)
    expect(again.headers.get('x-page-cache')).toBe('hit')
    expect(site.renders).toHaveLength(1)
  })

  it('answers 503 with Retry-After past the bound, and serves again once the work is done', async () => {
    const site = await setup({ held: true, maxActive: 1, maxQueued: 1, cache: false })
    const first = get(`${site.url}/een`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = get(`${site.url}/twee`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const refused = await get(`${site.url}/drie`)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    site.release()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
    expect((await get(`${site.url}/drie`)).status).toBe(200)
    expect(site.renders).toEqual(['/een', '/twee', '/drie'])
  })

  it('never starts work for a client that left while waiting', async () => {
    const site = await setup({ held: true, maxActive: 1, cache: false })
    const first = get(`${site.url}/bezig`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const impatient = new AbortController()
    const left = fetch(`${site.url}/weg`, { signal: impatient.signal }).catch(() => 'afgebroken')
    await new Promise((resolve) => setTimeout(resolve, 50))
    impatient.abort()
    expect(await left).toBe('afgebroken')
    await new Promise((resolve) => setTimeout(resolve, 50))
    site.release()
    expect((await first).status).toBe(200)
    await get(`${site.url}/daarna`)
    expect(site.renders).toEqual(['/bezig', '/daarna'])
  })

  it('answers 304 to a matching ETag or date, and 200 with a new ETag once content changed', async () => {
    const site = await setup()
    const first = await get(`${site.url}/pagina`)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^W\/".+"$/)
    const revalidated = await get(`${site.url}/pagina`, { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    expect((await get(`${site.url}/pagina`, { 'if-modified-since': lastModified })).status).toBe(304)
    expect((await get(`${site.url}/pagina`, { 'if-none-match': '"iets-anders"' })).status).toBe(200)
  })

  it('compresses with brotli or gzip as accepted, to the same bytes', async () => {
    const site = await setup()
    const plain = await new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http.get(`${site.url}/groot`, { headers: { 'accept-encoding': 'identity' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers }))
      }).on('error', reject)
    })
    expect(plain.headers['content-encoding']).toBeUndefined()
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const raw = await new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
        http.get(`${site.url}/groot`, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers }))
        }).on('error', reject)
      })
      expect(raw.headers['content-encoding']).toBe(encoding)
      expect(raw.headers.vary).toMatch(/Accept-Encoding/)
      expect(raw.body.length).toBeLessThan(plain.body.length / 4)
      expect(decode(raw.body).equals(plain.body)).toBe(true)
    }
  })

  it('never stores a response with a cookie, nor an error; each such request renders', async () => {
    const site = await setup()
    for (let i = 0; i < 2; i++) {
      const withCookie = await get(`${site.url}/koekje`)
      expect(withCookie.headers.get('x-page-cache')).toBe('miss')
      const missing = await get(`${site.url}/ontbreekt`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('x-page-cache')).toBe('miss')
    }
    expect(site.renders).toEqual(['/koekje', '/ontbreekt', '/koekje', '/ontbreekt'])
  })

  it('renders a request with a cookie itself, and keeps shared caches away from it', async () => {
    const site = await setup()
    await get(`${site.url}/pagina`)
    const personal = await get(`${site.url}/pagina`, { cookie: 'payload-token=abc' })
    expect(personal.headers.get('x-page-cache')).toBe('cookie')
    expect(personal.headers.get('cache-control')).toBe('private, no-cache')
    expect(personal.headers.get('vary')).toMatch(/Cookie/)
    expect(site.renders).toEqual(['/pagina', '/pagina'])
  })

  it('repeats a page\'s side effect (a routekaart view) whenever its copy is served instead of rendered', async () => {
    const site = await setup()
    const first = await get(`${site.url}/telt`)
    expect(first.headers.get('x-portal-replay')).toBeNull()
    await get(`${site.url}/telt`)
    await get(`${site.url}/telt`, { 'if-none-match': first.headers.get('etag')! })
    expect(site.renders).toEqual(['/telt'])
    // The render counted itself; the hit and the 304 count again.
    expect(site.replays).toEqual(['stap-1', 'stap-1'])
  })

  it('serves a page past its age once more while one render replaces it, but never after a change', async () => {
    const site = await setup({ maxAgeMs: 400 })
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    expect(await (await get(`${site.url}/pagina`)).text()).toContain('render 1')
    await pause(500)
    const stale = await get(`${site.url}/pagina`)
    expect(stale.headers.get('x-page-cache')).toBe('stale')
    expect(await stale.text()).toContain('render 1')
    while (site.renders.length < 2) await pause(5)
    await pause(20)
    const fresh = await get(`${site.url}/pagina`)
    expect(fresh.headers.get('x-page-cache')).toBe('hit')
    expect(await fresh.text()).toContain('render 2')
    expect(site.renders).toEqual(['/pagina', '/pagina'])

    // After a change of content the old copy is never served, however young or old it is.
    site.change()
    const changed = await get(`${site.url}/pagina`)
    expect(changed.headers.get('x-page-cache')).toBe('miss')
    expect(await changed.text()).toContain('render 3')
    site.change()
    await pause(500)
    expect(await (await get(`${site.url}/pagina`)).text()).toContain('render 4')
  })
})

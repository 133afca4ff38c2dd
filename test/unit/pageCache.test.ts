import { describe, expect, it } from 'vitest'
import { isCompressible, negotiateEncoding } from '../../src/server/compression'
import { createLimiter } from '../../src/server/concurrency'
import { cacheKey, isShareable, isStorable, PageCache, requestBypassReason } from '../../src/server/pageCache'

const page = (body = 'x'.repeat(2000), headers: Record<string, string | string[]> = {}) => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body: Buffer.from(body),
})

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers: { host: 'portaal.example', ...headers } })

describe('which requests the page cache may answer', () => {
  it('takes anonymous GET and HEAD of public pages', () => {
    for (const url of ['/', '/aanbod?hulp=behandeling', '/aanbod/een-aanbod', '/routekaart/jeugd?pad=1', '/sitemap.xml', '/aanbod.json']) {
      expect(requestBypassReason(request(url))).toBeUndefined()
      expect(requestBypassReason(request(url, {}, 'HEAD'))).toBeUndefined()
    }
  })

  it('never takes a request with a cookie, credentials or a body', () => {
    expect(requestBypassReason(request('/', { cookie: 'payload-token=abc' }))).toBe('cookie')
    expect(requestBypassReason(request('/', { cookie: 'iets=anders' }))).toBe('cookie')
    expect(requestBypassReason(request('/', { authorization: 'JWT abc' }))).toBe('authorization')
    expect(requestBypassReason(request('/nieuwsbrief', {}, 'POST'))).toBe('method')
  })

  it('never takes personal pages, previews and token links, however the path is written', () => {
    for (const url of [
      '/account',
      '/account/inloggen',
      '/ACCOUNT/',
      '//account',
      '/%61ccount',
      '/vraag-stellen?routekaart=jeugd',
      '/voorbeeld/aanbod/1',
      '/agenda/afmelden?token=x',
      '/nieuwsbrief/voorkeuren',
      '/nieuwsbrief/bevestigen',
      '/nieuwsbrief/afmelden',
    ]) {
      expect(requestBypassReason(request(url)), url).toBe('path')
    }
    expect(requestBypassReason(request('/aanbod?token=geheim'))).toBe('token')
    expect(requestBypassReason(request('/iets?a=1&Token=geheim'))).toBe('token')
    expect(requestBypassReason(request(`/aanbod?q=${'x'.repeat(3000)}`))).toBe('url')
  })
})

describe('the cache key', () => {
  it('sorts query parameters by name and keeps the order of repeated ones', () => {
    expect(cacheKey(request('/aanbod?leeftijd=12&hulp=a&hulp=b'))).toBe(cacheKey(request('/aanbod?hulp=a&hulp=b&leeftijd=12')))
    expect(cacheKey(request('/aanbod?hulp=a&hulp=b'))).not.toBe(cacheKey(request('/aanbod?hulp=b&hulp=a')))
    expect(cacheKey(request('/aanbod?'))).toBe(cacheKey(request('/aanbod')))
  })

  it('separates hosts, so a forged Host header only ever poisons its own copy', () => {
    expect(cacheKey(request('/', { host: 'kwaad.example' }))).not.toBe(cacheKey(request('/')))
    expect(cacheKey(request('/', { 'x-forwarded-host': 'kwaad.example' }))).not.toBe(cacheKey(request('/')))
  })
})

describe('which responses may be stored or shared', () => {
  it('stores a 200 without cookies or private caching', () => {
    expect(isStorable(page())).toBe(true)
    expect(isStorable(page('x', { 'cache-control': 'public, no-cache' }))).toBe(true)
  })

  it('never stores errors, redirects, cookies or private pages', () => {
    expect(isStorable({ ...page(), status: 404 })).toBe(false)
    expect(isStorable({ ...page(), status: 302 })).toBe(false)
    expect(isStorable({ ...page(), status: 500 })).toBe(false)
    expect(isStorable(page('x', { 'set-cookie': ['a=b'] }))).toBe(false)
    expect(isStorable(page('x', { 'cache-control': 'private, no-store' }))).toBe(false)
    expect(isStorable(page('x', { 'cache-control': 'no-store' }))).toBe(false)
    expect(isShareable(page('x', { 'set-cookie': ['a=b'] }))).toBe(false)
    expect(isShareable({ ...page(), status: 404 })).toBe(true)
  })
})

describe('the page cache', () => {
  it('answers only for the version a page was rendered at, and not after its maximum age', () => {
    let now = 1_000_000
    const cache = new PageCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000, now: () => now })
    cache.store('a', 1, page())
    expect(cache.get('a', 1)?.body.length).toBe(2000)
    expect(cache.get('a', 2)).toBeUndefined()
    now += 60_000
    expect(cache.get('a', 1)).toBeUndefined()
  })

  it('keeps Last-Modified when a page renders to the same bytes again', () => {
    let now = 1_000_000
    const cache = new PageCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000, now: () => now })
    const first = cache.store('a', 1, page('zelfde'))!
    now += 5000
    const again = cache.store('a', 2, page('zelfde'))!
    expect(again.etag).toBe(first.etag)
    expect(again.lastModified).toBe(first.lastModified)
    const changed = cache.store('a', 3, page('anders'))!
    expect(changed.etag).not.toBe(first.etag)
    expect(changed.lastModified).toBeGreaterThan(first.lastModified)
  })

  it('stays within its bytes, dropping the least recently used page first', () => {
    const cache = new PageCache({ maxBytes: 100_000, maxAgeMs: 60_000 })
    for (let i = 0; i < 10; i++) cache.store(`p${i}`, 1, page('x'.repeat(9000)))
    cache.get('p0', 1) // p0 is now the most recently used
    for (let i = 10; i < 15; i++) cache.store(`p${i}`, 1, page('x'.repeat(9000)))
    expect(cache.stats().bytes).toBeLessThanOrEqual(100_000)
    expect(cache.get('p0', 1)).toBeDefined()
    expect(cache.get('p1', 1)).toBeUndefined()
    expect(cache.get('p14', 1)).toBeDefined()
    // A page bigger than an eighth of the cache (at least 64 kB) is not kept at all.
    expect(cache.store('groot', 1, page('x'.repeat(70_000)))).toBeUndefined()
  })

  it('compresses a stored page once per encoding and counts the copies in its size', async () => {
    const cache = new PageCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000 })
    const entry = cache.store('a', 1, page('<p>hallo</p>'.repeat(500)))!
    const before = cache.stats().bytes
    const [one, two] = await Promise.all([cache.variant(entry, 'br'), cache.variant(entry, 'br')])
    expect(one).toBe(two)
    expect(cache.stats().bytes).toBe(before + one.length)
  })
})

describe('content negotiation', () => {
  it('prefers brotli, honours q-values and refusals', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br')
    expect(negotiateEncoding('gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeUndefined()
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip')
    expect(negotiateEncoding('identity')).toBeUndefined()
    expect(negotiateEncoding(undefined)).toBeUndefined()
    expect(negotiateEncoding(`${'x,'.repeat(10_000)}gzip`)).toBeUndefined()
  })

  it('compresses text formats only', () => {
    for (const type of ['text/html; charset=utf-8', 'application/json', 'application/xml', 'application/rss+xml', 'text/calendar']) expect(isCompressible(type)).toBe(true)
    for (const type of ['image/png', 'application/octet-stream', 'font/woff2', undefined]) expect(isCompressible(type)).toBe(false)
  })
})

describe('the bound on work at once', () => {
  it('grants up to the limit, queues up to the limit, refuses past it, and recovers', async () => {
    const limiter = createLimiter({ maxActive: 2, maxQueued: 1, maxWaitMs: 60_000 })
    const first = await limiter.acquire()
    const second = await limiter.acquire()
    expect([first.kind, second.kind]).toEqual(['granted', 'granted'])
    const third = limiter.acquire()
    expect((await limiter.acquire()).kind).toBe('busy')
    expect(limiter.queued).toBe(1)
    if (first.kind === 'granted') first.release()
    const granted = await third
    expect(granted.kind).toBe('granted')
    if (second.kind === 'granted') second.release()
    if (granted.kind === 'granted') granted.release()
    expect(limiter.active).toBe(0)
    expect((await limiter.acquire()).kind).toBe('granted')
  })

  it('lets a waiter whose client left go without ever starting, and times out a long wait', async () => {
    const limiter = createLimiter({ maxActive: 1, maxQueued: 5, maxWaitMs: 20 })
    const busy = await limiter.acquire()
    const gone = new AbortController()
    const waiting = limiter.acquire(gone.signal)
    gone.abort()
    expect((await waiting).kind).toBe('gone')
    expect(limiter.queued).toBe(0)
    expect((await limiter.acquire()).kind).toBe('busy') // waited 20 ms
    if (busy.kind === 'granted') busy.release()
    expect(limiter.active).toBe(0)
  })
})

import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useE2e } from '../helpers/e2e'

/**
 * The page cache, compression and revalidation on the real server: anonymous pages come from
 * the cache until public content changes, then the change shows on the very next request; a
 * professional's requests never touch the cache; every textual answer is compressed to the
 * same bytes; a routekaart step served from the cache is still counted.
 */
const e2e = useE2e({ browser: false })
const { api, staffToken } = e2e

/** A GET with the bytes as sent (fetch would decompress them). */
async function raw(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${e2e.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' })
  return { response, status: response.status, headers: response.headers, text: await response.text() }
}

async function rawBytes(path: string, encoding: string) {
  const http = await import('node:http')
  return new Promise<{ body: Buffer; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    http
      .get(`${e2e.url}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers }))
      })
      .on('error', reject)
  })
}

describe('the page cache', () => {
  it('answers an anonymous page from the cache, and shows an edit on the very next request', async () => {
    const token = await staffToken('coordinator@example.org')
    const { body } = await api('/offerings?limit=1&depth=0&where[_status][equals]=published', { token, expectStatus: 200 })
    const offering = body.docs[0] as { id: string; slug: string; title: string }
    const path = `/aanbod/${offering.slug}`

    const first = await raw(path)
    expect(first.status).toBe(200)
    expect(first.text).toContain(offering.title)
    expect((await raw(path)).headers.get('x-page-cache')).toBe('hit')
    expect((await raw('/aanbod')).status).toBe(200)

    const newTitle = `${offering.title} (vernieuwd ${Date.now()})`
    await api(`/offerings/${offering.id}`, { token, method: 'PATCH', body: { title: newTitle }, expectStatus: 200 })

    const after = await raw(path)
    expect(after.headers.get('x-page-cache')).toBe('miss')
    expect(after.text).toContain(newTitle)
    // Every page shows the change, the directory included.
    expect((await raw('/aanbod')).text).toContain(newTitle)
  })

  it('answers 304 to a matching ETag until the content changes', async () => {
    const first = await raw('/organisaties')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(first.headers.get('last-modified')).toBeTruthy()
    expect(first.headers.get('cache-control')).toMatch(/public/)
    expect(first.headers.get('vary')).toMatch(/Accept-Encoding/)
    expect(first.headers.get('vary')).toMatch(/Cookie/)

    const unchanged = await raw('/organisaties', { 'if-none-match': etag! })
    expect(unchanged.status).toBe(304)
    expect(unchanged.text).toBe('')

    const token = await staffToken('coordinator@example.org')
    const { body } = await api('/organisations?limit=1&depth=0&where[_status][equals]=published&sort=name', { token, expectStatus: 200 })
    await api(`/organisations/${body.docs[0].id}`, { token, method: 'PATCH', body: { shortDescription: `Nieuw ${Date.now()}` }, expectStatus: 200 })
    const changed = await raw('/organisaties', { 'if-none-match': etag! })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('never serves a professional from the cache, and never stores what a professional gets', async () => {
    const cookie = `payload-token=${await e2e.professionalSession()}`
    // Payload takes a session cookie only from a browser's same-site request (its CSRF check).
    const asBrowser = (extra: Record<string, string> = {}) => ({ cookie, 'sec-fetch-site': 'same-origin', ...extra })

    // A cached page is rendered afresh for the professional, with headers that keep it private.
    await raw('/agenda')
    expect((await raw('/agenda')).headers.get('x-page-cache')).toBe('hit')
    const professionalAgenda = await raw('/agenda', asBrowser())
    expect(professionalAgenda.status).toBe(200)
    expect(professionalAgenda.headers.get('x-page-cache')).toBe('cookie')
    expect(professionalAgenda.headers.get('cache-control')).toMatch(/private/)
    expect(professionalAgenda.headers.get('etag')).toBeNull()

    // What the professional was rendered is not stored: the next anonymous visitor renders again.
    const professionalPage = await raw('/kennis', asBrowser())
    expect(professionalPage.headers.get('x-page-cache')).toBe('cookie')
    expect((await raw('/kennis')).headers.get('x-page-cache')).toBe('miss')

    // The account page shows who is logged in; it is never cached, for anyone.
    const account = await raw('/account', asBrowser())
    expect(account.status).toBe(200)
    expect(account.headers.get('cache-control')).toMatch(/no-store/)
    expect(account.headers.get('x-page-cache')).toBe('cookie')
    expect(account.text).toContain('professional@example.org')
    const anonymousAccount = await raw('/account')
    expect(anonymousAccount.headers.get('x-page-cache')).toBe('path')
    expect(anonymousAccount.text).not.toContain('professional@example.org')
  })

  it('sends pages, JSON, feeds and the sitemap compressed, to the same bytes', async () => {
    for (const path of ['/', '/aanbod', '/aanbod.json', '/sitemap.xml', '/kennis/rss.xml', '/agenda.ics']) {
      const plain = await rawBytes(path, 'identity')
      expect(plain.headers['content-encoding'], path).toBeUndefined()
      for (const [encoding, decode] of [
        ['br', zlib.brotliDecompressSync],
        ['gzip', zlib.gunzipSync],
      ] as const) {
        const compressed = await rawBytes(path, encoding)
        expect(compressed.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding)
        expect(compressed.body.length, path).toBeLessThan(plain.body.length)
        expect(decode(compressed.body).equals(plain.body), `${path} ${encoding}`).toBe(true)
      }
    }
  })

  it('still counts a routekaart step that is served from the cache', async () => {
    const token = await staffToken('coordinator@example.org')
    const total = async () =>
      ((await api('/routeMapStats?limit=0&pagination=false&depth=0', { token, expectStatus: 200 })).body.docs as { views: number }[]).reduce((sum, doc) => sum + doc.views, 0)
    const before = await total()
    const statuses: (string | null)[] = []
    for (let i = 0; i < 3; i++) statuses.push((await raw('/routekaart/jeugd?pad=1')).headers.get('x-page-cache'))
    expect(statuses.slice(1)).toEqual(['hit', 'hit'])
    expect(await total()).toBe(before + 3)
  })
})

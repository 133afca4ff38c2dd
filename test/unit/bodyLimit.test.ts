import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimitFor, BODY_LIMITS, readBoundedBody, replayRequest } from '../../src/server/bodyLimit'

describe('body limits per kind of request', () => {
  it('gives forms a few kB, the API a few MB and uploads their own limit', () => {
    expect(bodyLimitFor('/nieuwsbrief', 'application/x-www-form-urlencoded')).toBe(BODY_LIMITS.siteForm)
    expect(bodyLimitFor('/vraag-stellen/', 'multipart/form-data; boundary=x')).toBe(BODY_LIMITS.siteForms['/vraag-stellen'])
    expect(bodyLimitFor('/api/graphql', 'application/json')).toBe(BODY_LIMITS.api)
    expect(bodyLimitFor('/admin/collections/events', 'text/plain')).toBe(BODY_LIMITS.api)
    expect(bodyLimitFor('/api/media', 'multipart/form-data; boundary=x')).toBe(BODY_LIMITS.upload)
    expect(bodyLimitFor('/api/media', 'application/json')).toBe(BODY_LIMITS.api)
    expect(BODY_LIMITS.siteForm).toBeLessThan(BODY_LIMITS.api)
  })
})

describe('reading a bounded body on a real server', () => {
  const limit = 1024
  let server: http.Server
  let url: string

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      const read = await readBoundedBody(req, limit)
      if (!read.ok) {
        res.writeHead(413).end(read.reason)
        return
      }
      // What a handler downstream reads from the stand-in request.
      const replay = replayRequest(req, read.body)
      const chunks: Buffer[] = []
      for await (const chunk of replay) chunks.push(chunk as Buffer)
      res.writeHead(200, { 'x-length': replay.headers['content-length'] ?? '' }).end(Buffer.concat(chunks))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  function stream(bytes: number): ReadableStream<Uint8Array> {
    let left = bytes
    return new ReadableStream({
      pull(controller) {
        if (left <= 0) return controller.close()
        const size = Math.min(left, 100)
        controller.enqueue(new Uint8Array(size).fill(97))
        left -= size
      },
    })
  }

  it('hands the body on, whole, when it fits', async () => {
    const response = await fetch(url, { method: 'POST', body: 'a'.repeat(limit) })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('a'.repeat(limit))
  })

  it('counts streamed bytes without Content-Length, and sets Content-Length on the stand-in', async () => {
    const fits = await fetch(url, { method: 'POST', body: stream(900), duplex: 'half' } as RequestInit)
    expect(fits.status).toBe(200)
    expect(fits.headers.get('x-length')).toBe('900')
    const over = await fetch(url, { method: 'POST', body: stream(limit + 1), duplex: 'half' } as RequestInit)
    expect(over.status).toBe(413)
    expect(await over.text()).toBe('too-large')
  })

  it('refuses a declared size over the limit after reading it away, so the client gets the answer', async () => {
    const response = await fetch(url, { method: 'POST', body: 'a'.repeat(10 * limit) })
    expect(response.status).toBe(413)
  })
})

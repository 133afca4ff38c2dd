import http from 'node:http'
import { MAX_DOCUMENT_BYTES } from '../domain/media'

const KB = 1024
const MB = 1024 * KB

/**
 * How many bytes a request body may have, decided before anything reads it. The server reads
 * at most this many bytes (counted as they stream in, with or without Content-Length) and hands
 * the rest of the portal a body that is known to fit, so no form, pattern or parser downstream
 * ever sees more.
 */
export const BODY_LIMITS = {
  /**
   * Site forms: a form is a few kB. The largest are the case question (about 9,500 characters
   * of text at most) and the membership application (about 27,000); URL-encoding can triple
   * the bytes of accented text. Everything else (login, registration, newsletter, events) stays
   * far below the default.
   */
  siteForm: 32 * KB,
  siteForms: { '/vraag-stellen': 128 * KB, '/lid-worden': 256 * KB } as Record<string, number>,
  /** REST and GraphQL JSON, and the admin's own requests (its saves post the whole document). */
  api: 2 * MB,
  /** File uploads: the largest file the media library accepts, plus room for the form around it. */
  upload: MAX_DOCUMENT_BYTES + MB,
}

/** Collections whose REST endpoints take file uploads. */
const UPLOAD_PATH = /^\/api\/media(\/|$)/

export function bodyLimitFor(pathname: string, contentType: string): number {
  if (UPLOAD_PATH.test(pathname) && contentType.toLowerCase().startsWith('multipart/form-data')) return BODY_LIMITS.upload
  if (/^\/(api|admin)(\/|$)/.test(pathname)) return BODY_LIMITS.api
  return BODY_LIMITS.siteForms[pathname.replace(/\/+$/, '')] ?? BODY_LIMITS.siteForm
}

/** Whether the request says it carries a body at all. */
export function hasBody(req: http.IncomingMessage): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'broken' }

/**
 * Reads the body, counting bytes as they arrive; stops keeping them at the limit. Past the
 * limit the rest is read and thrown away (up to a ceiling), so the client still receives the
 * 413 instead of a reset connection; a client that keeps sending beyond the ceiling is cut off.
 */
export function readBoundedBody(req: http.IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'])
  const drainCeiling = Math.max(limit, 32 * MB)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    let settled = false
    const settle = (result: BodyResult) => {
      if (settled) return
      settled = true
      resolve(result)
    }
    if (Number.isFinite(declared) && declared > drainCeiling) {
      settle({ ok: false, reason: 'too-large' })
      req.destroy()
      return
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received <= limit) chunks.push(chunk)
      else if (received > drainCeiling) {
        settle({ ok: false, reason: 'too-large' })
        req.destroy()
      }
    })
    req.on('end', () => settle(received > limit ? { ok: false, reason: 'too-large' } : { ok: true, body: Buffer.concat(chunks, received) }))
    req.on('error', () => settle({ ok: false, reason: 'broken' }))
    req.on('close', () => settle({ ok: false, reason: 'broken' }))
  })
}

/**
 * A stand-in for the original request that yields the body already read: same socket, method,
 * URL and headers, with Content-Length set to the bytes it really holds. Next and Astro read
 * the body from it as from any request.
 */
export function replayRequest(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const replay = new http.IncomingMessage(req.socket)
  // The body is pushed below; reading must not resume the socket, which belongs to `req`.
  replay._read = () => {}
  replay.method = req.method
  replay.url = req.url
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  replay.headers = headers
  replay.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((item) => [name, item]) : value === undefined ? [] : [name, value],
  )
  replay.push(body)
  replay.push(null)
  replay.complete = true
  return replay
}

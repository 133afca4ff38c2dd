import { EventEmitter } from 'node:events'
import type http from 'node:http'

/** A rendered response held in memory: what the site's handler wrote, before anything is sent. */
export interface Captured {
  status: number
  /** Lower-case names; `set-cookie` (and only repeated headers) as arrays. */
  headers: Record<string, string | string[]>
  body: Buffer
}

type HeaderValue = string | number | readonly string[]

/**
 * Stands in for a ServerResponse while the site renders, and collects status, headers and body
 * instead of sending them; the page cache, compression and the 304 logic then decide what goes
 * out, and one render can answer many waiting requests. It offers what the Astro Node adapter
 * uses of a response (writeHead, setHeader, write, end, the finish and close events).
 */
export class CaptureResponse extends EventEmitter {
  statusCode = 200
  statusMessage = ''
  headersSent = false
  writableEnded = false
  writableFinished = false
  destroyed = false
  readonly req: http.IncomingMessage
  readonly done: Promise<Captured>
  private readonly headers = new Map<string, HeaderValue>()
  private readonly chunks: Buffer[] = []
  private finish!: (captured: Captured) => void
  private fail!: (error: Error) => void

  constructor(req: http.IncomingMessage) {
    super()
    this.req = req
    this.done = new Promise<Captured>((resolve, reject) => {
      this.finish = resolve
      this.fail = reject
    })
    // Nobody may be waiting yet when a render fails early; the caller reads `done` later.
    this.done.catch(() => undefined)
  }

  setHeader(name: string, value: HeaderValue): this {
    this.headers.set(name.toLowerCase(), value)
    return this
  }

  getHeader(name: string): HeaderValue | undefined {
    return this.headers.get(name.toLowerCase())
  }

  getHeaders(): Record<string, HeaderValue> {
    return Object.fromEntries(this.headers)
  }

  hasHeader(name: string): boolean {
    return this.headers.has(name.toLowerCase())
  }

  removeHeader(name: string): void {
    this.headers.delete(name.toLowerCase())
  }

  writeHead(status: number, reasonOrHeaders?: string | http.OutgoingHttpHeaders | HeaderValue[], maybeHeaders?: http.OutgoingHttpHeaders | HeaderValue[]): this {
    this.statusCode = status
    if (typeof reasonOrHeaders === 'string') this.statusMessage = reasonOrHeaders
    const headers = typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders
    if (Array.isArray(headers)) {
      // The raw form: [name, value, name, value, …].
      for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(String(headers[i]), headers[i + 1] as HeaderValue)
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value)
    }
    this.headersSent = true
    return this
  }

  flushHeaders(): void {
    this.headersSent = true
  }

  write(chunk: string | Uint8Array, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void): boolean {
    if (this.writableEnded) return false
    this.headersSent = true
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8') : Buffer.from(chunk))
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    if (done) queueMicrotask(done)
    return true
  }

  end(chunk?: string | Uint8Array | (() => void), encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void): this {
    if (this.writableEnded) return this
    if (chunk !== undefined && typeof chunk !== 'function') this.write(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined)
    this.writableEnded = true
    this.writableFinished = true
    this.headersSent = true
    this.finish({ status: this.statusCode, headers: this.collectHeaders(), body: Buffer.concat(this.chunks) })
    const done = typeof chunk === 'function' ? chunk : typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    if (done) queueMicrotask(done)
    this.emit('finish')
    this.emit('close')
    return this
  }

  destroy(error?: Error): this {
    if (this.destroyed) return this
    this.destroyed = true
    if (!this.writableEnded) this.fail(error ?? new Error('Het antwoord werd afgebroken'))
    this.emit('close')
    return this
  }

  private appendHeader(name: string, value: HeaderValue): void {
    const key = name.toLowerCase()
    const existing = this.headers.get(key)
    if (existing === undefined) this.headers.set(key, value)
    else this.headers.set(key, [...(Array.isArray(existing) ? existing : [String(existing)]), ...(Array.isArray(value) ? value : [String(value)])])
  }

  private collectHeaders(): Record<string, string | string[]> {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of this.headers) headers[name] = Array.isArray(value) ? value.map(String) : String(value)
    return headers
  }
}

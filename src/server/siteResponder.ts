import type http from 'node:http'
import type { ContentVersion } from '../domain/contentVersion'
import { CaptureResponse, type Captured } from './captureResponse'
import { isCompressible, MIN_COMPRESSED_BYTES, negotiateEncoding, compress, type Encoding } from './compression'
import { clientGone, type Limiter } from './concurrency'
import {
  cacheKey,
  DEFAULT_CACHE_CONTROL,
  isShareable,
  isStorable,
  pageHeaders,
  type CacheEntry,
  type PageCache,
  REPLAY_HEADER,
  requestBypassReason,
} from './pageCache'

export interface SiteResponderOptions {
  /** Renders one request (the Astro handler) into the given response. */
  render: (req: http.IncomingMessage, res: CaptureResponse) => Promise<void>
  contentVersion: ContentVersion
  /** The page cache; without it every request renders (PAGE_CACHE=off). */
  cache?: PageCache
  /** Bounds the renders at once; cache hits never wait for it. */
  limiter: Limiter
  /** Called with a page's replay value when its copy is served without rendering it. */
  onReplay?: (value: string) => void
  /** Seconds a client is asked to wait when the server is too busy. */
  retryAfterSeconds?: number
}

type FlightResult =
  | { kind: 'entry'; entry: CacheEntry; renderedFor: http.IncomingMessage }
  | { kind: 'captured'; captured: Captured; renderedFor: http.IncomingMessage }
  | { kind: 'busy' }
  | { kind: 'gone' }
  | { kind: 'error'; error: unknown }

interface Flight {
  waiters: number
  allGone: AbortController
  result: Promise<FlightResult>
}

/**
 * Answers the site's requests: from the page cache when it can, otherwise by rendering, at most
 * a bounded number at once; concurrent requests for the same uncached page wait for one render
 * (no stampede). Everything textual leaves compressed (br/gzip), cached pages with ETag and
 * Last-Modified, so a revalidating browser or CDN gets a 304.
 */
export function createSiteResponder(options: SiteResponderOptions) {
  const { render, contentVersion, cache, limiter, onReplay } = options
  const retryAfter = String(options.retryAfterSeconds ?? 2)
  const flights = new Map<string, Flight>()

  const renderOne = async (req: http.IncomingMessage): Promise<Captured> => {
    const capture = new CaptureResponse(req)
    await render(req, capture)
    // A handler that returned without ending the response has failed; do not wait forever.
    if (!capture.writableEnded) capture.destroy(new Error(`Geen antwoord gerenderd voor ${req.url}`))
    return capture.done
  }

  const startFlight = (req: http.IncomingMessage, key: string, version: number): Flight => {
    const allGone = new AbortController()
    const result = (async (): Promise<FlightResult> => {
      const turn = await limiter.acquire(allGone.signal)
      if (turn.kind !== 'granted') return turn
      try {
        const captured = await renderOne(req)
        const entry = cache && isStorable(captured) ? cache.store(key, version, captured) : undefined
        return entry ? { kind: 'entry', entry, renderedFor: req } : { kind: 'captured', captured, renderedFor: req }
      } catch (error) {
        return { kind: 'error', error }
      } finally {
        turn.release()
      }
    })()
    return { waiters: 0, allGone, result }
  }

  const renderAlone = async (req: http.IncomingMessage, res: http.ServerResponse, gone: AbortSignal, bypass: string) => {
    const turn = await limiter.acquire(gone)
    if (turn.kind === 'busy') return sendBusy(res)
    if (turn.kind === 'gone') return
    let captured: Captured
    try {
      captured = await renderOne(req)
    } finally {
      turn.release()
    }
    await sendCaptured(req, res, captured, bypass)
  }

  const sendBusy = (res: http.ServerResponse) => {
    if (res.headersSent) return void res.end()
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': retryAfter, 'cache-control': 'no-store' })
    res.end('De website is even te druk. Probeer het over een paar seconden opnieuw.')
  }

  /** A rendered response that is not (or not yet) in the cache, compressed when it pays. */
  const sendCaptured = async (req: http.IncomingMessage, res: http.ServerResponse, captured: Captured, how: string) => {
    const headers: Record<string, string | string[] | number> = pageHeaders(captured.headers)
    let body = captured.body
    if (captured.headers['content-encoding']) {
      headers['content-encoding'] = captured.headers['content-encoding']
    } else if (isCompressible(String(headers['content-type'] ?? '')) && body.length >= MIN_COMPRESSED_BYTES) {
      headers.vary = addVary(headers.vary, 'Accept-Encoding')
      const encoding = negotiateEncoding(req.headers['accept-encoding'])
      if (encoding) {
        body = await compress(body, encoding)
        headers['content-encoding'] = encoding
      }
    }
    // A page for someone with a cookie may be personal: no shared cache may keep it.
    if (how === 'cookie' || how === 'authorization') {
      headers.vary = addVary(headers.vary, 'Cookie')
      headers['cache-control'] ??= 'private, no-cache'
    }
    // Personal paths and token links: nobody may keep them, whatever the page said.
    if (how === 'path' || how === 'token') headers['cache-control'] = 'private, no-store'
    headers['x-page-cache'] = how
    writeAnswer(req, res, captured.status, headers, body)
  }

  const sendEntry = async (req: http.IncomingMessage, res: http.ServerResponse, entry: CacheEntry, how: string) => {
    const headers: Record<string, string | string[] | number> = {
      ...entry.headers,
      etag: entry.etag,
      'last-modified': new Date(entry.lastModified).toUTCString(),
      'cache-control': entry.headers['cache-control'] ?? DEFAULT_CACHE_CONTROL,
      vary: addVary(addVary(entry.headers.vary, 'Accept-Encoding'), 'Cookie'),
      'x-page-cache': how,
    }
    if (isNotModified(req, entry)) return writeAnswer(req, res, 304, headers, undefined)
    let body = entry.body
    const encoding: Encoding | undefined =
      cache && isCompressible(String(entry.headers['content-type'] ?? '')) && body.length >= MIN_COMPRESSED_BYTES
        ? negotiateEncoding(req.headers['accept-encoding'])
        : undefined
    if (encoding) {
      body = await cache!.variant(entry, encoding)
      headers['content-encoding'] = encoding
    }
    writeAnswer(req, res, entry.status, headers, body)
  }

  const replay = (req: http.IncomingMessage, value: string | string[] | undefined) => {
    if (req.method !== 'GET' || !value || !onReplay) return
    try {
      onReplay(Array.isArray(value) ? value[0] : value)
    } catch {
      // Counting again is a side matter: it never fails the page.
    }
  }

  /** Starts one render of `key` nobody waits for; false when one is already under way. */
  const refreshInBackground = (req: http.IncomingMessage, key: string, version: number): boolean => {
    const flightKey = `${version}\n${key}`
    if (flights.has(flightKey)) return false
    const flight = startFlight(req, key, version)
    flights.set(flightKey, flight)
    void flight.result.finally(() => flights.delete(flightKey))
    return true
  }

  const joinFlight = async (req: http.IncomingMessage, res: http.ServerResponse, key: string, version: number, gone: AbortSignal) => {
    const flightKey = `${version}\n${key}`
    let flight = flights.get(flightKey)
    if (!flight) {
      const started = startFlight(req, key, version)
      flight = started
      flights.set(flightKey, started)
      void started.result.finally(() => flights.delete(flightKey))
    }
    const joined = flight
    joined.waiters += 1
    let waiting = true
    gone.addEventListener('abort', () => {
      if (waiting && --joined.waiters === 0) joined.allGone.abort()
    })
    const result = await joined.result
    waiting = false
    switch (result.kind) {
      case 'busy':
        return sendBusy(res)
      case 'gone':
        // Everybody left before the render started; this one too, or it would not be here late.
        return gone.aborted ? undefined : renderAlone(req, res, gone, 'miss')
      case 'error':
        throw result.error
      case 'entry':
        if (result.renderedFor !== req) replay(req, result.entry.replay)
        return sendEntry(req, res, result.entry, result.renderedFor === req ? 'miss' : 'shared')
      case 'captured':
        if (result.renderedFor === req) return sendCaptured(req, res, result.captured, 'miss')
        if (!isShareable(result.captured)) return renderAlone(req, res, gone, 'miss')
        replay(req, result.captured.headers[REPLAY_HEADER])
        return sendCaptured(req, res, result.captured, 'shared')
    }
  }

  return async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const gone = clientGone(res)
    // Never start work for a client that has already left.
    if (gone.aborted || req.socket?.destroyed) return
    const bypass = cache ? requestBypassReason(req) : 'off'
    if (bypass === undefined && cache) {
      const key = cacheKey(req)
      const version = contentVersion.current()
      const found = cache.lookup(key, version)
      if (found) {
        // Past its age (the clock moved on, not the content): served once more while one
        // render in the background replaces it, so no visitor waits for that render.
        const rendersForThis = !found.fresh && refreshInBackground(req, key, version)
        // The background render counts this request itself (the routekaart counts as it renders).
        if (!rendersForThis) replay(req, found.entry.replay)
        return sendEntry(req, res, found.entry, found.fresh ? 'hit' : 'stale')
      }
      // A HEAD renders no body worth keeping: it is answered alone and stores nothing.
      if (req.method === 'GET') return joinFlight(req, res, key, version, gone)
    }
    return renderAlone(req, res, gone, bypass ?? 'miss')
  }
}

function addVary(existing: string | string[] | number | undefined, name: string): string {
  const values = (Array.isArray(existing) ? existing.join(',') : String(existing ?? ''))
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
  if (!values.some((value) => value.toLowerCase() === name.toLowerCase() || value === '*')) values.push(name)
  return values.join(', ')
}

/** If-None-Match (weak comparison) first; If-Modified-Since only without it (RFC 9110 13.2.2). */
function isNotModified(req: http.IncomingMessage, entry: CacheEntry): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(entry.etag))
  }
  const ifModifiedSince = req.headers['if-modified-since']
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && entry.lastModified <= since
  }
  return false
}

function writeAnswer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string | string[] | number>,
  body: Buffer | undefined,
): void {
  if (res.destroyed) return
  if (status === 304) {
    // A 304 carries the validators and caching headers, not the representation's own.
    for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language']) delete headers[name]
  } else {
    headers['content-length'] = body?.length ?? 0
  }
  res.writeHead(status, headers)
  res.end(req.method === 'HEAD' || status === 304 ? undefined : body)
}

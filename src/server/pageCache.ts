import crypto from 'node:crypto'
import type http from 'node:http'
import type { Captured } from './captureResponse'
import { REPLAY_HEADER } from '../domain/pageCacheContract'
import { compress, type Encoding } from './compression'

export { REPLAY_HEADER }

/**
 * The page cache: rendered anonymous pages kept in memory, keyed by URL and valid for one
 * public-content version (src/cms/shared/publicContent/contentVersion.ts): a change to anything public
 * raises the version, so the next request renders afresh. Pages may also depend on the clock
 * (the agenda moves on, "possibly outdated" notices), so an entry is also renewed after
 * `maxAgeMs`. Bounded by bytes (least recently used goes first); compressed copies are made once
 * per entry and counted too.
 *
 * What is never cached is decided twice: by the request (only GET/HEAD without any cookie or
 * Authorization header, and not the personal or token paths below) and by the response (only a
 * 200 without Set-Cookie and without `private` or `no-store` in Cache-Control). A page that
 * carries something per visitor (a form token) says so with `Cache-Control: private, no-store`.
 */
export interface CacheEntry {
  key: string
  status: number
  /** The page's own headers, without those the sender sets (length, encoding, ETag, …). */
  headers: Record<string, string | string[]>
  body: Buffer
  etag: string
  /** Milliseconds, whole seconds (HTTP dates have no more). */
  lastModified: number
  version: number
  storedAt: number
  /** The value of the page's replay header (a routekaart view to count again), if any. */
  replay?: string
  compressed: Partial<Record<Encoding, Promise<Buffer>>>
  size: number
}

/** What a shared cache (CDN, proxy) may do with a cached page: keep it briefly, then revalidate. */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'

const NEVER_CACHED_PATHS = [
  /^\/account(\/|$)/,
  /^\/vraag-stellen(\/|$)/,
  /^\/voorbeeld(\/|$)/,
  /^\/agenda\/afmelden(\/|$)/,
  /^\/nieuwsbrief\/(afmelden|voorkeuren|bevestigen)(\/|$)/,
  /^\/lid-worden\/verzonden(\/|$)/,
]
// Token links (confirm, unsubscribe, preferences, password reset) are personal whatever the path.
const TOKEN_PARAM = /(?:^|&)(?:token|code|sleutel)=/i
const MAX_URL_LENGTH = 2048

/** Why a request is not served from (or stored in) the cache; undefined when it may be. */
export function requestBypassReason(req: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'method'
  if (req.headers.cookie) return 'cookie'
  if (req.headers.authorization) return 'authorization'
  const url = req.url ?? '/'
  if (url.length > MAX_URL_LENGTH) return 'url'
  const questionMark = url.indexOf('?')
  const path = normalisedPath(questionMark < 0 ? url : url.slice(0, questionMark))
  if (path === undefined || NEVER_CACHED_PATHS.some((pattern) => pattern.test(path))) return 'path'
  if (questionMark >= 0 && TOKEN_PARAM.test(url.slice(questionMark + 1))) return 'token'
  return undefined
}

function normalisedPath(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw).toLowerCase().replace(/\/{2,}/g, '/')
  } catch {
    return undefined
  }
}

/**
 * The cache key: host (pages may print absolute URLs, so one host's copy never answers another)
 * and the path with its query parameters sorted by name (values of one name keep their order),
 * so `?a=1&b=2` and `?b=2&a=1` share a copy. Pages read parameters by name, never by position.
 */
export function cacheKey(req: Pick<http.IncomingMessage, 'url' | 'headers'>): string {
  const url = req.url ?? '/'
  const questionMark = url.indexOf('?')
  const path = questionMark < 0 ? url : url.slice(0, questionMark)
  const query =
    questionMark < 0
      ? ''
      : url
          .slice(questionMark + 1)
          .split('&')
          .filter(Boolean)
          .map((pair, index) => ({ name: pair.split('=')[0], pair, index }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
          .map(({ pair }) => pair)
          .join('&')
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').toLowerCase()
  const proto = String(req.headers['x-forwarded-proto'] ?? '').toLowerCase()
  return `${proto}|${host}|${path}${query ? `?${query}` : ''}`
}

function cacheControlOf(headers: Record<string, string | string[]>): string {
  const value = headers['cache-control']
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).toLowerCase()
}

/** May a rendered response be given to another visitor (stored, or shared with concurrent ones)? */
export function isShareable(captured: Captured): boolean {
  if (captured.headers['set-cookie'] !== undefined) return false
  const cacheControl = cacheControlOf(captured.headers)
  return !/\b(private|no-store)\b/.test(cacheControl)
}

/** May a rendered response be stored? Only complete, shareable 200s. */
export function isStorable(captured: Captured): boolean {
  return captured.status === 200 && isShareable(captured) && !captured.headers['content-encoding']
}

// Set by the sender for each answer, never taken over from the render.
const SENDER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'etag', 'last-modified', 'date', REPLAY_HEADER])

export function pageHeaders(headers: Record<string, string | string[]>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) if (!SENDER_HEADERS.has(name)) kept[name] = value
  return kept
}

export function etagOf(body: Buffer): string {
  return `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

export interface PageCacheOptions {
  maxBytes: number
  maxAgeMs: number
  now?: () => number
}

export interface PageCacheStats {
  entries: number
  bytes: number
  hits: number
  misses: number
}

export class PageCache {
  private readonly entries = new Map<string, CacheEntry>()
  private bytes = 0
  private hits = 0
  private misses = 0
  readonly maxEntryBytes: number

  constructor(private readonly options: PageCacheOptions) {
    this.maxEntryBytes = Math.max(64 * 1024, Math.floor(options.maxBytes / 8))
  }

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  /** The entry for `key` if it was rendered at `version` and is young enough. */
  get(key: string, version: number): CacheEntry | undefined {
    const found = this.lookup(key, version)
    return found?.fresh ? found.entry : undefined
  }

  /**
   * The entry for `key` rendered at `version`, and whether it is still young enough. An old one
   * of the current version may be served once more while a new render replaces it: its content
   * did not change, only the clock moved on (the version guards every change of content).
   */
  lookup(key: string, version: number): { entry: CacheEntry; fresh: boolean } | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.version !== version) {
      this.misses += 1
      return undefined
    }
    // Least recently used order: Map keeps insertion order, so move it to the end.
    this.entries.delete(key)
    this.entries.set(key, entry)
    const fresh = this.now() - entry.storedAt < this.options.maxAgeMs
    if (fresh) this.hits += 1
    else this.misses += 1
    return { entry, fresh }
  }

  /** Stores a rendered 200 (see isStorable) and returns its entry; undefined when too big. */
  store(key: string, version: number, captured: Captured): CacheEntry | undefined {
    const headers = pageHeaders(captured.headers)
    const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0)
    const size = captured.body.length + headerBytes + 256
    if (size > this.maxEntryBytes) return undefined
    const etag = etagOf(captured.body)
    const previous = this.entries.get(key)
    const replay = captured.headers[REPLAY_HEADER]
    const entry: CacheEntry = {
      key,
      status: captured.status,
      headers,
      body: captured.body,
      etag,
      // The same bytes as before keep their date, so If-Modified-Since still matches.
      lastModified: previous?.etag === etag ? previous.lastModified : Math.floor(this.now() / 1000) * 1000,
      version,
      storedAt: this.now(),
      replay: Array.isArray(replay) ? replay[0] : replay,
      compressed: {},
      size,
    }
    this.remove(key)
    this.entries.set(key, entry)
    this.bytes += size
    this.evict()
    return entry
  }

  /** The body in `encoding`, compressed once per entry (concurrent requests share the work). */
  variant(entry: CacheEntry, encoding: Encoding): Promise<Buffer> {
    const existing = entry.compressed[encoding]
    if (existing) return existing
    const made = compress(entry.body, encoding)
    entry.compressed[encoding] = made
    made.then(
      (body) => {
        if (this.entries.get(entry.key) !== entry) return
        entry.size += body.length
        this.bytes += body.length
        this.evict()
      },
      () => delete entry.compressed[encoding],
    )
    return made
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }

  stats(): PageCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.options.maxBytes) break
      this.remove(key)
    }
  }
}

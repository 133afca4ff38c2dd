import { promisify } from 'node:util'
import zlib from 'node:zlib'

/**
 * Compression of what the server renders (pages, /aanbod.json, feeds, sitemap): brotli or gzip
 * as the client accepts, on zlib's thread pool so the event loop goes on serving meanwhile.
 */
export type Encoding = 'br' | 'gzip'

/** Smaller bodies gain too little to pay for the work and the extra headers. */
export const MIN_COMPRESSED_BYTES = 1024

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * Brotli quality 5 and gzip level 6: measured on /aanbod (75 kB), quality 5 is within a few per
 * cent of the best size at a fraction of the time; pages kept by the page cache are compressed
 * once, others on every request.
 */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  return gzip(body, { level: 6 })
}

/** Text formats the site produces; images and already compressed formats are left alone. */
export function isCompressible(contentType: string | undefined): boolean {
  if (!contentType) return false
  const type = contentType.split(';')[0].trim().toLowerCase()
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/xml' ||
    type === 'application/rss+xml' ||
    type === 'application/atom+xml' ||
    type === 'application/javascript' ||
    type === 'application/manifest+json' ||
    type === 'image/svg+xml' ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  )
}

/**
 * The encoding to answer with, from an Accept-Encoding header (RFC 9110 12.5.3): brotli before
 * gzip when both are acceptable, none when neither is (q=0 refuses, `*` stands for the rest).
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined {
  const value = Array.isArray(header) ? header.join(',') : header
  if (!value) return undefined
  const quality = new Map<string, number>()
  // Bounded: a header longer than any browser sends is read only so far.
  for (const part of value.slice(0, 512).split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = parameters.map((parameter) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(parameter)?.[1]).find((found) => found !== undefined)
    quality.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const of = (encoding: Encoding) => quality.get(encoding) ?? (encoding === 'gzip' ? quality.get('x-gzip') : undefined) ?? quality.get('*') ?? 0
  const br = of('br')
  const gz = of('gzip')
  if (br <= 0 && gz <= 0) return undefined
  return br >= gz ? 'br' : 'gzip'
}

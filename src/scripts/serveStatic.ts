import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

export interface StaticRoot {
  urlPrefix: string
  dir: string
}

/**
 * Serves files from the given folders (Astro's client build, the search index); Astro's
 * middleware mode leaves that to us. Answers true when it served the request. Hashed assets
 * under /_astro/ never change, so browsers may keep them for a year.
 */
export function createStaticHandler(roots: StaticRoot[]) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    for (const root of roots) {
      if (!pathname.startsWith(root.urlPrefix)) continue
      const file = resolveInside(root.dir, decodeURIComponent(pathname.slice(root.urlPrefix.length)))
      if (!file) continue
      const stat = await fs.promises.stat(file).catch(() => undefined)
      if (!stat?.isFile()) continue
      res.writeHead(200, {
        'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      })
      if (req.method === 'HEAD') return void res.end(), true
      fs.createReadStream(file).pipe(res)
      return true
    }
    return false
  }
}

/** The file for a URL path inside dir, or undefined when the path would escape it. */
function resolveInside(dir: string, relative: string): string | undefined {
  if (relative === '' || relative.endsWith('/')) return undefined
  const file = path.resolve(dir, relative)
  return file.startsWith(path.resolve(dir) + path.sep) ? file : undefined
}

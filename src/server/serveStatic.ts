import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

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

/** Text assets worth compressing (the design system's CSS alone is ~400 kB, ~40 kB gzipped). */
const compressible = new Set(['.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml'])

/** Gzipped copies of files, made once per file version (path + mtime + size). */
const gzipCache = new Map<string, Buffer>()

async function gzipped(file: string, stat: fs.Stats): Promise<Buffer> {
  const key = `${file}:${stat.mtimeMs}:${stat.size}`
  const cached = gzipCache.get(key)
  if (cached) return cached
  const body = zlib.gzipSync(await fs.promises.readFile(file), { level: 9 })
  gzipCache.set(key, body)
  return body
}

export interface StaticRoot {
  urlPrefix: string
  dir: string
  /**
   * The folder does not change while the server runs (the site's build): its files are listed
   * once, so a request for a page, which is no file, costs no file-system call (measured: the
   * failing `stat` was a quarter of the server's time when pages came from the page cache).
   */
  fixed?: boolean
}

/** Every file under `dir` (relative path with forward slashes) with its stat. */
function listFiles(dir: string): Map<string, fs.Stats> {
  const files = new Map<string, fs.Stats>()
  const walk = (folder: string, prefix: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`)
      else if (entry.isFile()) files.set(`${prefix}${entry.name}`, fs.statSync(full))
    }
  }
  walk(dir, '')
  return files
}

/**
 * Serves files from the given folders (Astro's client build, the search index); Astro's
 * middleware mode leaves that to us. Answers true when it served the request. Hashed assets
 * under /_astro/ never change, so browsers may keep them for a year.
 */
export function createStaticHandler(roots: StaticRoot[]) {
  const listed = new Map(roots.filter((root) => root.fixed).map((root) => [root, listFiles(root.dir)]))
  return async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    for (const root of roots) {
      if (!pathname.startsWith(root.urlPrefix)) continue
      let relative: string
      try {
        relative = decodeURIComponent(pathname.slice(root.urlPrefix.length))
      } catch {
        continue
      }
      const file = resolveInside(root.dir, relative)
      if (!file) continue
      const files = listed.get(root)
      const stat = files ? files.get(path.relative(root.dir, file).split(path.sep).join('/')) : await fs.promises.stat(file).catch(() => undefined)
      if (!stat?.isFile()) continue
      const extension = path.extname(file).toLowerCase()
      const headers = {
        'content-type': contentTypes[extension] ?? 'application/octet-stream',
        'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Encoding',
      }
      if (compressible.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = await gzipped(file, stat)
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length })
        return void res.end(req.method === 'HEAD' ? undefined : body), true
      }
      res.writeHead(200, { ...headers, 'content-length': stat.size })
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

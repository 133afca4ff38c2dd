import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import next from 'next'
import { getPayload, type Payload } from 'payload'
import config from '../payload.config'
import { startNewsletterHeartbeat } from './cms/newsletter/heartbeat'
import { handleOneClickUnsubscribe, ONE_CLICK_PATH } from './cms/newsletter/oneClickUnsubscribe'
import { isCmsPath } from './routing'
import { dataDir, isProductionMode, port as defaultPort, publicOrigin, serverUrl } from './env'
import { ensureContent } from './server/content/ensureContent'
import { createStaticHandler } from './server/serveStatic'
import { rebuildSearchIndex } from './cms/search/searchIndex'
import { serverSearch } from './site/lib/search'
import { publicContentVersion } from './cms/shared/publicContent/contentVersion'
import { watchSharedVersion } from './cms/shared/publicContent/sharedVersion'
import { createSiteServing } from './server/siteServing'
import { guardRequests } from './server/guardRequests'
import { dropUntrustedForwardedHeaders } from './server/forwardedHeaders'
import { applySecurityHeaders } from './server/securityHeaders'

/** The request's path; '/' for a target the URL parser refuses (the guard answers those). */
function requestPath(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname
  } catch {
    return '/'
  }
}

export interface RunningServer {
  url: string
  payload: Payload
  close: () => Promise<void>
}

type AstroHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: undefined,
  locals: App.Locals,
) => Promise<void>

/**
 * The production server: one process, one port, one Payload instance shared by the admin,
 * the API, the site and the job runner. Expects NODE_ENV=production and both builds present
 * (src/scripts/start.ts sees to that).
 */
export async function startServer(options: { port?: number; log?: (message: string) => void } = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(message))
  const root = process.cwd()

  // The only Payload instance with crons: it runs the job queue (emails) for the whole process.
  const payload = await getPayload({ config, cron: true })
  await ensureContent(payload, { log })
  const stopNewsletterHeartbeat = startNewsletterHeartbeat(payload)
  // Other instances on the same database raise the public-content version through it.
  const stopWatchingSharedVersion = watchSharedVersion(payload)
  const contentVersion = publicContentVersion()

  const nextApp = next({ dev: false, dir: path.join(root, 'src/cms'), quiet: true })
  await nextApp.prepare()
  const handleCms = nextApp.getRequestHandler()

  const astroEntry = pathToFileURL(path.join(root, 'dist/server/entry.mjs')).href
  const { handler: handleSite } = (await import(astroEntry)) as { handler: AstroHandler }
  const serveStatic = createStaticHandler([
    { urlPrefix: '/', dir: path.join(root, 'dist/client'), fixed: true },
    { urlPrefix: '/pagefind/', dir: path.join(dataDir, 'search/pagefind') },
  ])
  // Page cache, compression and the bound on renders at once (src/server/siteServing.ts).
  // A CaptureResponse offers what the Astro adapter uses of a ServerResponse, but is not one.
  const site = createSiteServing({ render: (req, res) => handleSite(req, res as never, undefined, { payload, contentVersion }), contentVersion })

  // Bounds and checks every request (body size, encodings, methods) before anything below reads it.
  const handle = guardRequests(payload.logger, (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    if (isCmsPath(pathname)) return void handleCms(req, res)
    // RFC 8058 one-click unsubscribe: a cross-site POST that Astro's origin check would refuse.
    if (pathname === ONE_CLICK_PATH) {
      return void handleOneClickUnsubscribe(payload, req, res).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'Fout bij one-click afmelden' })
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Er ging iets mis op de server.')
      })
    }
    serveStatic(req, res, pathname)
      .then((served) => (served ? undefined : site.respond(req, res)))
      .catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `Fout bij ${req.method} ${req.url}` })
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Er ging iets mis op de server.')
      })
  })
  const server = http.createServer((req, res) => {
    // Headers first, so the guard's own refusals carry them too.
    dropUntrustedForwardedHeaders(req, publicOrigin)
    applySecurityHeaders(req, res, requestPath(req.url), { https: publicOrigin.https })
    handle(req, res)
  })

  const port = options.port ?? defaultPort
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, resolve)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = process.env.SERVER_URL ? serverUrl : `http://localhost:${actualPort}`
  // The in-memory builds of a start run in the background once the server answers, one after
  // the other: each reads every public document, and at once they tripled the process's peak
  // memory (1,080 MB at 10,000 offerings). First the directory's read model (most pages need
  // it), then the server search's index (a search before then builds it itself), then Pagefind's
  // from the server search's records (the last build is served meanwhile; edits queue rebuilds
  // later, which read the database). A failure is logged, not fatal.
  void (async () => {
    await fetch(`http://127.0.0.1:${actualPort}/aanbod.json`).then((response) => response.arrayBuffer()).catch(() => undefined)
    // Pagefind indexes the same records as the server search: taken from it, not read again.
    const { records } = await rebuildSearchIndex(payload, { records: await serverSearch(payload, contentVersion).records() })
    log(`Zoekindex opgebouwd: ${records} pagina's`)
  })().catch((error: unknown) => payload.logger.error({ err: error, msg: 'Zoekindex opbouwen mislukt' }))
  log(`Portaal draait op ${url} (beheer: ${url}/admin)${isProductionMode ? ' in productiemodus' : ''}`)

  return {
    url,
    payload,
    close: async () => {
      stopNewsletterHeartbeat()
      stopWatchingSharedVersion()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await site.close()
      await nextApp.close?.()
      await payload.destroy()
    },
  }
}

import type http from 'node:http'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '../domain/rateLimit/clientAddress'
import { isCmsPath } from '../routing'
import { bodyLimitFor, BODY_LIMITS, hasBody, readBoundedBody, replayRequest } from './bodyLimit'
import { refuseRequest, type WarnLogger } from './requestErrors'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

const SITE_METHODS = ['GET', 'HEAD', 'POST']
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i

/** The decoded path, or undefined when the URL's percent-encoding is broken (`/%`). */
function pathOf(url: string): string | undefined {
  try {
    const { pathname } = new URL(url, 'http://localhost')
    decodeURIComponent(pathname)
    return pathname
  } catch {
    return undefined
  }
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i
const MULTIPART_TYPE = /^multipart\/form-data\s*(;|$)/i

/**
 * Why a body cannot be read, or undefined when it can: a site form must be urlencoded or
 * multipart; JSON must parse; multipart must be complete (the parsers downstream throw
 * errors that would surface as server errors).
 */
async function bodyProblem(contentType: string, body: Buffer, siteForm: boolean): Promise<string | undefined> {
  if (siteForm && !FORM_TYPE.test(contentType)) return `site form POST with content-type "${contentType.slice(0, 80)}"`
  if (JSON_TYPE.test(contentType) && body.length > 0) {
    try {
      JSON.parse(body.toString('utf8'))
    } catch {
      return 'JSON body does not parse'
    }
  }
  if (MULTIPART_TYPE.test(contentType)) {
    let form: FormData
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
    } catch {
      return 'broken multipart body'
    }
    // Payload reads the document from this field with a bare JSON.parse.
    const document = form.get('_payload')
    if (typeof document === 'string') {
      try {
        JSON.parse(document)
      } catch {
        return 'multipart _payload field does not parse as JSON'
      }
    }
  }
  return undefined
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('nl-NL')} kB`

/**
 * Checks every request before any part of the portal sees it, so that one request can never
 * stop the server and malformed input gets a clear 4xx instead of an error deep inside:
 * - stamps the client's address for the rate limits (a client cannot choose it);
 * - a URL with broken percent-encoding: 400;
 * - the site answers GET, HEAD and POST only: 405 otherwise;
 * - bodies are read with a limit per kind of request (src/server/bodyLimit.ts), counting the
 *   bytes as they stream in: 413 beyond it, before anything is parsed or stored;
 * - a POST to a site page must be a readable form (urlencoded or multipart), and any JSON or
 *   multipart body must parse: 400 otherwise, so no page's `request.formData()` and no parser
 *   in Payload or Next fails on JSON, text or a broken multipart body.
 * Everything that passes reaches `handler` with a body that is known to fit.
 */
export function guardRequests(log: WarnLogger, handler: Handler): Handler {
  return (req, res) => {
    guard(req, res, log).then(
      (checked) => {
        if (checked) handler(checked, res)
      },
      (error: unknown) => {
        refuseRequest(req, res, log, { status: 400, message: 'Dit verzoek kon niet worden gelezen.', reason: `request guard: ${String(error)}` })
      },
    )
  }
}

async function guard(req: http.IncomingMessage, res: http.ServerResponse, log: WarnLogger): Promise<http.IncomingMessage | undefined> {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'])

  const pathname = pathOf(req.url ?? '/')
  if (pathname === undefined) {
    refuseRequest(req, res, log, { status: 400, message: 'Dit adres klopt niet. Controleer de link.', reason: 'malformed percent-encoding in the URL' })
    return undefined
  }
  const cms = isCmsPath(pathname)
  const method = req.method ?? 'GET'
  if (!cms && !SITE_METHODS.includes(method)) {
    refuseRequest(req, res, log, {
      status: 405,
      message: 'Deze pagina kan alleen worden bekeken of via een formulier worden verstuurd.',
      reason: `method ${method} on a site page`,
      headers: { allow: SITE_METHODS.join(', ') },
    })
    return undefined
  }
  const siteForm = !cms && method === 'POST'
  if (!hasBody(req) && !siteForm) return req

  const contentType = String(req.headers['content-type'] ?? '')
  const limit = bodyLimitFor(pathname, contentType)
  const read = hasBody(req) ? await readBoundedBody(req, limit) : ({ ok: true, body: Buffer.alloc(0) } as const)
  if (!read.ok) {
    if (read.reason === 'broken') {
      log.warn({ msg: `${method} ${pathname}: request body broken off by the client` })
      res.destroy()
      return undefined
    }
    const upload = limit === BODY_LIMITS.upload
    refuseRequest(req, res, log, {
      status: 413,
      message: cms
        ? `Het verzoek is te groot (meer dan ${kb(limit)}).${upload ? ' Verklein het bestand en probeer het opnieuw.' : ''}`
        : `Het formulier is te groot (meer dan ${kb(limit)}); er is niets verstuurd of opgeslagen. Ga terug, maak de tekst korter en verstuur het opnieuw.`,
      reason: `body over the limit of ${limit} bytes`,
      headers: { connection: 'close' },
    })
    return undefined
  }

  const problem = await bodyProblem(contentType, read.body, siteForm)
  if (problem) {
    refuseRequest(req, res, log, {
      status: 400,
      message: cms ? 'De gegevens van dit verzoek konden niet worden gelezen.' : 'Het formulier kwam niet goed aan. Ga terug en verstuur het opnieuw.',
      reason: problem,
    })
    return undefined
  }
  return replayRequest(req, read.body)
}

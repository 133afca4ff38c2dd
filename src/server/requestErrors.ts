import type http from 'node:http'

export interface WarnLogger {
  warn: (entry: { msg: string }) => void
}

const titles: Record<number, string> = {
  400: 'Dit verzoek kon niet worden gelezen',
  404: 'Pagina niet gevonden',
  405: 'Dit kan niet op deze pagina',
  413: 'Het formulier is te groot',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** A small Dutch page without scripts or styles of its own (they would need the site's CSP). */
function sitePage(status: number, message: string): string {
  const title = titles[status] ?? 'Er ging iets mis'
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Naar de homepagina</a></p></main></body>
</html>
`
}

/**
 * Answers a request the portal refuses before any part of it runs: Payload's error shape on the
 * API, a Dutch page elsewhere; and one warn line in the log saying why. `reason` is for the log
 * (English is fine there); `message` is what the visitor reads.
 */
export function refuseRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  log: WarnLogger,
  refusal: { status: number; message: string; reason: string; headers?: Record<string, string> },
): void {
  const path = (req.url ?? '').slice(0, 200)
  log.warn({ msg: `${refusal.status} ${req.method} ${path}: ${refusal.reason}` })
  if (res.headersSent) {
    res.destroy()
    return
  }
  const api = /^\/api(\/|\?|$)/.test(req.url ?? '')
  const body = api ? JSON.stringify({ errors: [{ message: refusal.message }] }) : sitePage(refusal.status, refusal.message)
  res.writeHead(refusal.status, {
    'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...refusal.headers,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

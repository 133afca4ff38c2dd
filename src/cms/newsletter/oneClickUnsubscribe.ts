import type http from 'node:http'
import type { Payload } from 'payload'
import { unsubscribeByToken } from './subscriptions'

/**
 * POST /nieuwsbrief/afmelden/one-click?token=… (RFC 8058): the "unsubscribe" button of mail
 * programs, named in each newsletter's List-Unsubscribe header. It works without cookies or
 * login (the signed token identifies the subscriber) and acts only on the exact body
 * `List-Unsubscribe=One-Click`, so link-following scanners (GET) and stray POSTs change nothing.
 *
 * Why a plain Node handler in front of Astro: the site has Astro's `security.checkOrigin` on,
 * which answers 403 to every form-encoded POST whose Origin is not our own. A mail provider's
 * POST carries no Origin of ours, so the endpoint could not live in Astro without turning the
 * check off; src/server.ts routes this one path here instead.
 */
export const ONE_CLICK_PATH = '/nieuwsbrief/afmelden/one-click'

const MAX_BODY = 4096

function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        resolve(undefined)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Whether the request body is the RFC 8058 one-click body, and nothing else. */
export async function isOneClickBody(contentType: string, body: Buffer): Promise<boolean> {
  const type = contentType.toLowerCase()
  if (type.startsWith('application/x-www-form-urlencoded')) return body.toString('utf8').replace(/\r?\n$/, '') === 'List-Unsubscribe=One-Click'
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
      const entries = [...form.entries()]
      return entries.length === 1 && entries[0][0] === 'List-Unsubscribe' && entries[0][1] === 'One-Click'
    } catch {
      return false
    }
  }
  return false
}

function answer(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra })
  res.end(text)
}

export async function handleOneClickUnsubscribe(payload: Payload, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const token = url.searchParams.get('token')
  if (req.method === 'GET' || req.method === 'HEAD') {
    // A person (or a scanner) opening the link gets the page with the button; nothing changes.
    return answer(res, 303, 'Zie de afmeldpagina.', { location: `/nieuwsbrief/afmelden?token=${encodeURIComponent(token ?? '')}` })
  }
  if (req.method !== 'POST') return answer(res, 405, 'Alleen POST.', { allow: 'POST, GET' })
  const body = await readBody(req)
  if (!body || !(await isOneClickBody(String(req.headers['content-type'] ?? ''), body))) {
    return answer(res, 400, 'Verwacht de inhoud "List-Unsubscribe=One-Click" (RFC 8058).')
  }
  const outcome = await unsubscribeByToken(payload, token, 'one-click')
  if (outcome === 'ongeldig') return answer(res, 400, 'Deze afmeldlink is niet geldig.')
  return answer(res, 200, 'Je bent afgemeld voor de nieuwsbrief.')
}

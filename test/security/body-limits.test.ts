/**
 * One request must never stop the server: every public form, the API and the privacy guard
 * get 1 MB inputs and answer within 200 ms while another client is being served. The server
 * refuses oversized bodies before anything parses them (413), counting streamed bytes too.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPassword } from '../helpers/server'
import { formPages } from './surface'
import { BODY_LIMITS } from '../../src/server/bodyLimit'
import { formBody, freshAddress, payloadErrorMessage, sameOrigin, send, serverUrl, whileServing } from './client'

const MB = 1024 * 1024
const ANSWER_WITHIN_MS = 200

/** A 1 MB form in which every field the page shows is huge (the hostile case for each field). */
function hugeForm(fields: string[]): string {
  const each = Math.ceil(MB / Math.max(1, fields.length))
  return fields.map((name) => `${encodeURIComponent(name)}=${'a'.repeat(each)}`).join('&')
}

/** The names of the fields in the page's POST form(s), as a visitor's browser would send them. */
async function fieldNames(page: string): Promise<string[]> {
  const html = (await send(page)).text
  const names = [...html.matchAll(/<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"/g)].map((match) => match[1])
  return names.length > 0 ? [...new Set(names)] : ['email', 'name', 'token', 'question']
}

/**
 * The fastest of three tries: on a shared machine one answer can wait for the scheduler, but a
 * server that does work proportional to 1 MB (or worse) is slow every time.
 */
async function fastestOf<T extends { result: { ms: number } }>(attempt: () => Promise<T>): Promise<T> {
  let best = await attempt()
  for (let i = 1; i < 3 && best.result.ms >= ANSWER_WITHIN_MS; i++) {
    const next = await attempt()
    if (next.result.ms < best.result.ms) best = next
  }
  return best
}

/** A body sent in chunks without Content-Length, as a streaming client does. */
function chunked(total: number): ReadableStream<Uint8Array> {
  let sent = 0
  const chunk = new TextEncoder().encode(`veld=${'b'.repeat(64 * 1024)}`)
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.length
    },
  })
}

describe('1 MB to every public form', () => {
  for (const page of formPages()) {
    it(`${page}: 413 within ${ANSWER_WITHIN_MS} ms while another request is served`, async () => {
      const body = hugeForm(await fieldNames(page))
      const post = () => send(page, { method: 'POST', headers: { ...sameOrigin(), 'content-type': 'application/x-www-form-urlencoded' }, body })
      await post() // warm: the first request of a page pays for loading its code
      const { result, otherAnswers } = await fastestOf(() => whileServing(post))
      expect(result.status).toBe(413)
      expect(result.text).toContain('Het formulier is te groot')
      expect(result.ms).toBeLessThan(ANSWER_WITHIN_MS)
      expect(otherAnswers).toBeGreaterThan(0)

      const streamed = await send(page, {
        method: 'POST',
        headers: { ...sameOrigin(), 'content-type': 'application/x-www-form-urlencoded' },
        body: chunked(MB),
        duplex: 'half',
      } as RequestInit)
      expect(streamed.status).toBe(413)
    })
  }
})

describe('the API and the case-question form', () => {
  let professional: string
  beforeAll(async () => {
    const login = await send('/api/professionals/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'professional@example.org', password: demoPassword }),
    })
    expect(login.status, login.text).toBe(200)
    professional = (JSON.parse(login.text) as { token: string }).token
  })

  it('a 1 MB case question reaches the privacy guard and answers within 200 ms while another request is served', async () => {
    const question = `Mijn cliënt heeft BSN 123456782 en mail ${'a'.repeat(MB)}@`
    const post = () =>
      send('/api/caseQuestions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${professional}` },
        body: JSON.stringify({ question, triedSoFar: question.slice(0, 1000), network: 'jeugd' }),
      })
    await post()
    const { result, otherAnswers } = await fastestOf(() => whileServing(post))
    // A refusal (the privacy guard in the collection) or a stored question: never a server error.
    expect(result.status, result.text.slice(0, 300)).toBeLessThan(500)
    expect(result.ms).toBeLessThan(ANSWER_WITHIN_MS)
    expect(otherAnswers).toBeGreaterThan(0)
  })

  it('the largest case question the server lets through reaches the privacy guard and answers within 200 ms while another request is served', async () => {
    const cookie = { cookie: `payload-token=${professional}`, 'sec-fetch-site': 'same-origin' }
    const limit = BODY_LIMITS.siteForms['/vraag-stellen']
    const question = `Mail mij op ${'a.'.repeat(Math.floor((limit - 4096) / 2))}`
    const body = formBody({ network: 'jeugd', urgency: 'normaal', question, age: '12', website: '' })
    expect(body.toString().length).toBeLessThan(limit)
    const post = () => send('/vraag-stellen', { method: 'POST', headers: { ...sameOrigin(), ...cookie }, body })
    const { result, otherAnswers } = await fastestOf(() => whileServing(post))
    expect(result.status).toBe(400)
    expect(result.text).toContain('Je vraag is te lang')
    expect(result.ms).toBeLessThan(ANSWER_WITHIN_MS)
    expect(otherAnswers).toBeGreaterThan(0)
  })

  it('JSON and GraphQL bodies over 2 MB: 413 in Payload\'s shape, also when streamed', async () => {
    for (const path of ['/api/subscribers', '/api/graphql', '/api/users/login']) {
      const answer = await send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ x: 'a'.repeat(3 * MB) }) })
      expect(answer.status, path).toBe(413)
      expect(payloadErrorMessage(answer.text)).toMatch(/te groot/)
    }
    const streamed = await send('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked(3 * MB), duplex: 'half' } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('uploads have their own, larger limit', async () => {
    const form = () => {
      const data = new FormData()
      data.append('_payload', JSON.stringify({ alt: 'Test' }))
      return data
    }
    const within = form()
    within.append('file', new Blob([new Uint8Array(3 * MB)], { type: 'application/pdf' }), 'groot.pdf')
    const accepted = await send('/api/media', { method: 'POST', body: within })
    expect(accepted.status, 'a 3 MB upload reaches Payload (which refuses the visitor)').toBe(403)
    const over = form()
    over.append('file', new Blob([new Uint8Array(22 * MB)], { type: 'application/pdf' }), 'te-groot.pdf')
    const refused = await send('/api/media', { method: 'POST', body: over, timeoutMs: 30_000 })
    expect(refused.status).toBe(413)
  })

  it('a body announced far beyond any limit is cut off unread', async () => {
    const response = await new Promise<number | string>((resolve) => {
      const url = new URL(serverUrl())
      import('node:http').then(({ request }) => {
        const req = request({ host: url.hostname, port: url.port, path: '/api/graphql', method: 'POST', headers: { 'content-length': String(1024 * MB), 'x-forwarded-for': freshAddress() } })
        req.on('response', (res) => resolve(res.statusCode ?? 0))
        req.on('error', (error) => resolve(error.message))
        req.write('{"query":')
      })
    })
    expect(typeof response === 'string' || response === 413).toBe(true)
  })
})

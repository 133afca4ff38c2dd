import crypto from 'node:crypto'
import fs from 'node:fs'
import { inject } from 'vitest'
import { demoPassword } from '../helpers/server'

/** The security suite's server (test/security/setup.ts). */
export const serverUrl = (): string => inject('securityServerUrl')

/** Everything the server printed so far. */
export const serverLog = (): string => fs.readFileSync(inject('securityServerLog'), 'utf8')

/**
 * A fresh client address from the documentation ranges: the server trusts X-Forwarded-For
 * from loopback (a proxy on the same machine), so each test can count toward limits alone.
 */
export function freshAddress(): string {
  const bytes = crypto.randomBytes(2)
  return `198.51.${bytes[0]}.${bytes[1]}`
}

export interface Answer {
  status: number
  headers: Headers
  text: string
  ms: number
}

/** One request with a deadline; never throws for an HTTP status, only for a hang or a reset. */
export async function send(
  path: string,
  init: RequestInit & { address?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const { address = freshAddress(), timeoutMs = 10_000, headers, ...rest } = init
  const started = performance.now()
  const attempt = () =>
    fetch(`${serverUrl()}${path}`, {
      redirect: 'manual',
      ...rest,
      headers: { 'x-forwarded-for': address, ...(headers as Record<string, string> | undefined) },
      signal: AbortSignal.timeout(timeoutMs),
    })
  let response: Response
  try {
    response = await attempt()
  } catch (error) {
    // A kept-alive connection the server closed just as it was reused: browsers retry a GET once.
    const code = (error as { cause?: { code?: string } }).cause?.code
    if (code !== 'ECONNRESET' || (rest.method ?? 'GET') !== 'GET') throw error
    response = await attempt()
  }
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, ms: performance.now() - started }
}

/** The Origin header the site's CSRF check (Astro checkOrigin) expects on form posts. */
export const sameOrigin = (): Record<string, string> => ({ origin: serverUrl() })

export function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item)
  return body
}

export async function staffToken(email: string, address = freshAddress()): Promise<string> {
  const answer = await send('/api/users/login', {
    method: 'POST',
    address,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  if (answer.status !== 200) throw new Error(`Inloggen als ${email} mislukt: ${answer.status} ${answer.text}`)
  return (JSON.parse(answer.text) as { token: string }).token
}

/** The message of Payload's error shape `{ errors: [{ message }] }`, or undefined when not that shape. */
export function payloadErrorMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown }[] }
    const message = body.errors?.[0]?.message
    return typeof message === 'string' ? message : undefined
  } catch {
    return undefined
  }
}

/**
 * Runs `work` while a second client keeps asking for a cheap page, and reports the slowest of
 * those answers: the proof that the server kept serving others meanwhile.
 */
export async function whileServing<T>(work: () => Promise<T>): Promise<{ result: T; slowestOtherMs: number; otherAnswers: number }> {
  let running = true
  let slowest = 0
  let answers = 0
  const other = (async () => {
    while (running) {
      const answer = await send('/robots.txt')
      if (answer.status !== 200) throw new Error(`/robots.txt gaf ${answer.status}`)
      slowest = Math.max(slowest, answer.ms)
      answers++
    }
  })()
  let result: T
  try {
    result = await work()
  } finally {
    running = false
    await other
  }
  // Read after the other client's last request finished: it ran while `work` did.
  return { result, slowestOtherMs: slowest, otherAnswers: answers }
}

import crypto from 'node:crypto'
import type { GlobalConfig, Payload } from 'payload'
import { nobody } from '../access/nobody'
import { publicContentVersion } from './contentVersion'

/**
 * The public-content version shared through the database, for when several instances of the
 * portal share one database: each instance writes a new random token after a change of its own
 * and checks the token now and then; a token it did not write means another instance changed
 * public content. A random token rather than a counter: two instances writing at once can
 * lose an increment, never a difference.
 */
export const SHARED_VERSION_SLUG = 'publicContentVersion' as const

export const PublicContentVersion: GlobalConfig = {
  slug: SHARED_VERSION_SLUG,
  label: 'Versie van de openbare inhoud',
  admin: { hidden: true },
  // Only server code (overrideAccess) reads and writes it.
  access: { read: nobody, readVersions: nobody, update: nobody },
  fields: [{ name: 'token', type: 'text' }],
}

const WRITE_DELAY_MS = 100

const writtenTokens = new Set<string>()
let writeScheduled = false

/** Schedules one token write for the changes of the next moment (a bulk import writes once per batch). */
export function shareChange(payload: Payload): void {
  if (writeScheduled) return
  writeScheduled = true
  setTimeout(() => {
    writeScheduled = false
    const token = crypto.randomBytes(12).toString('hex')
    writtenTokens.add(token)
    payload
      .updateGlobal({ slug: SHARED_VERSION_SLUG, data: { token }, overrideAccess: true, depth: 0 })
      .catch((error: unknown) => {
        // After shutdown (tests, restarts) there is nobody left to tell; otherwise log and go on:
        // other instances then notice at the next change.
        if (!isShutdownError(error)) payload.logger.warn({ err: error, msg: 'Versie van de openbare inhoud niet gedeeld' })
      })
  }, WRITE_DELAY_MS).unref()
}

function isShutdownError(error: unknown): boolean {
  return error instanceof Error && /closed|destroyed|not open/i.test(error.message)
}

/**
 * Checks the shared token every `intervalMs` and raises the local version when another
 * instance changed public content. Returns the function that stops checking.
 */
export function watchSharedVersion(payload: Payload, { intervalMs = 1000 } = {}): () => void {
  let lastSeen: string | undefined
  let stopped = false
  const check = async () => {
    try {
      const shared = (await payload.findGlobal({ slug: SHARED_VERSION_SLUG, overrideAccess: true, depth: 0 }))
      const token = shared.token ?? ''
      if (lastSeen !== undefined && token !== lastSeen && !writtenTokens.has(token)) publicContentVersion().raise({ kind: 'external' })
      lastSeen = token
      // Our own tokens only need remembering until the next one replaces them.
      if (writtenTokens.size > 100) writtenTokens.clear()
    } catch (error) {
      if (!stopped) payload.logger.warn({ err: error, msg: 'Gedeelde versie van de openbare inhoud niet gelezen' })
    }
  }
  void check()
  const timer = setInterval(() => void check(), intervalMs)
  timer.unref()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}

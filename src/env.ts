import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { publicOriginFromEnv } from './domain/security/serverUrl'

/**
 * The runtime configuration, read once from the environment. Every setting has a default that
 * makes `npm start` work on a fresh machine; production mode (PORTAL_MODE=production) refuses
 * the defaults that are only safe for a demo.
 */

export const isProductionMode = process.env.PORTAL_MODE === 'production'

// The data folder is chosen at run time; the comment keeps Next from tracing the whole project.
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data')

export const port = Number(process.env.PORT ?? 3000)

/**
 * The public address, the only source of absolute URLs (never a request's Host header). A wrong
 * SERVER_URL, or none in production mode, stops the start with a Dutch message.
 */
export const publicOrigin = publicOriginFromEnv(process.env)

/** "https://portaal.example.nl": no trailing slash, no path. */
export const serverUrl = publicOrigin.origin

export const databaseUri = process.env.DATABASE_URI ?? `file:${path.join(dataDir, 'portal.db')}`

export function isMongoUri(uri: string): boolean {
  return /^mongodb(\+srv)?:\/\//.test(uri)
}

export const defaultDemoPassword = 'demo-wachtwoord-2026'
export const demoPassword = process.env.DEMO_PASSWORD ?? defaultDemoPassword

export const smtp = process.env.SMTP_HOST
  ? {
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      user: process.env.SMTP_USER,
      password: process.env.SMTP_PASSWORD,
    }
  : undefined

export const emailFrom = {
  address: process.env.EMAIL_FROM_ADDRESS ?? 'noreply@lvbinamsterdam.example',
  name: process.env.EMAIL_FROM_NAME ?? 'Expertisenetwerk Jeugd (L)VB Amsterdam',
}

/** Where emails go as .eml files when no SMTP server is configured. */
export const outboxDir = path.join(dataDir, 'outbox')

/**
 * The secret that signs sessions and tokens. Production must set it; a demo gets a random one
 * that is kept in the data folder, so logins survive a restart.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isProductionMode) throw new Error('PAYLOAD_SECRET ontbreekt: in productiemodus is een eigen geheim verplicht.')
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

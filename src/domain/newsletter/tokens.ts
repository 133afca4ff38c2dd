import crypto from 'node:crypto'

/**
 * Signed links for newsletter subscribers: confirm a sign-up, unsubscribe, change preferences.
 * A token is `base64url(JSON {p, s, e})` + "." + `base64url(HMAC-SHA256)`, keyed with the
 * server's secret. The purpose is inside the signed part, so a preferences link can never be
 * used to confirm or unsubscribe; the signature is compared in constant time.
 * Nothing is stored: a token stays valid until it expires (confirmations) or the secret changes.
 */

export const tokenPurposes = ['bevestigen', 'afmelden', 'voorkeuren'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

/** How long a confirmation link works; unconfirmed sign-ups are removed after the same time. */
export const CONFIRMATION_VALID_DAYS = 7

interface TokenBody {
  /** purpose */
  p: TokenPurpose
  /** subject: the subscriber's ID */
  s: string
  /** expiry in seconds since the epoch, or 0 for never */
  e: number
  /** the newsletter edition the link was sent in (unsubscribe links only), for the monitoring */
  n?: string
}

function hmac(secret: string, data: string): Buffer {
  return crypto.createHmac('sha256', `newsletter-token:${secret}`).update(data).digest()
}

export function signToken(
  secret: string,
  purpose: TokenPurpose,
  subject: string,
  options: { expiresAt?: Date; edition?: string } = {},
): string {
  if (!secret) throw new Error('Een geheim is nodig om een token te ondertekenen.')
  const body: TokenBody = { p: purpose, s: subject, e: options.expiresAt ? Math.floor(options.expiresAt.getTime() / 1000) : 0 }
  if (options.edition) body.n = options.edition
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url')
  return `${encoded}.${hmac(secret, encoded).toString('base64url')}`
}

export type TokenCheck = { ok: true; subject: string; edition?: string } | { ok: false; reason: 'ongeldig' | 'verlopen' }

/** The subject of a valid token for this purpose, or why it is refused. */
export function verifyToken(secret: string, purpose: TokenPurpose, token: string | null | undefined, now = new Date()): TokenCheck {
  if (!secret || typeof token !== 'string' || token.length > 1000) return { ok: false, reason: 'ongeldig' }
  const parts = token.trim().split('.')
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'ongeldig' }
  const [encoded, signature] = parts
  const expected = hmac(secret, encoded)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'ongeldig' }
  let body: TokenBody
  try {
    body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as TokenBody
  } catch {
    return { ok: false, reason: 'ongeldig' }
  }
  if (body.p !== purpose || typeof body.s !== 'string' || body.s === '' || typeof body.e !== 'number') return { ok: false, reason: 'ongeldig' }
  if (body.e !== 0 && body.e * 1000 < now.getTime()) return { ok: false, reason: 'verlopen' }
  const edition = typeof body.n === 'string' && body.n !== '' && body.n.length <= 64 ? body.n : undefined
  return { ok: true, subject: body.s, ...(edition ? { edition } : {}) }
}

/** The expiry of a confirmation link sent now. */
export function confirmationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000)
}

/**
 * The three personal links of a subscriber, as absolute URLs on the site. Links in a newsletter
 * name their edition inside the signed unsubscribe token, so an unsubscribe is counted for it.
 */
export function subscriberLinks(secret: string, serverUrl: string, subscriberId: string, options: { edition?: string } = {}) {
  const base = serverUrl.replace(/\/$/, '')
  const unsubscribe = encodeURIComponent(signToken(secret, 'afmelden', subscriberId, { edition: options.edition }))
  const preferences = encodeURIComponent(signToken(secret, 'voorkeuren', subscriberId))
  return {
    unsubscribeUrl: `${base}/nieuwsbrief/afmelden?token=${unsubscribe}`,
    oneClickUrl: `${base}/nieuwsbrief/afmelden/one-click?token=${unsubscribe}`,
    preferencesUrl: `${base}/nieuwsbrief/voorkeuren?token=${preferences}`,
  }
}

export function confirmationUrl(secret: string, serverUrl: string, subscriberId: string, now = new Date()): string {
  const token = signToken(secret, 'bevestigen', subscriberId, { expiresAt: confirmationExpiry(now) })
  return `${serverUrl.replace(/\/$/, '')}/nieuwsbrief/bevestigen?token=${encodeURIComponent(token)}`
}

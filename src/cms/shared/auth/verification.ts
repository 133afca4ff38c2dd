import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { tokenExpired, VERIFICATION_VALID_MS, type TokenRefusal } from '../../../domain/auth/tokenLifetimes'
import { queueEmail } from '../email/queueEmail'

/**
 * Payload's account verification has no expiry: a confirmation link would work forever. The
 * professionals collection records when its link expires (`verificationExpiresAt`, set with every
 * new link) and everything that confirms an address goes through `verifyProfessionalEmail`:
 * the REST route (endpoints/verifyProfessional) and the site's confirmation page.
 */

export interface VerificationAccount {
  id: string | number
  email?: string | null
  name?: string | null
  _verified?: boolean | null
  verificationExpiresAt?: string | null
}

export const verificationExpiry = (now = Date.now()) => new Date(now + VERIFICATION_VALID_MS).toISOString()

export type VerificationOutcome = { ok: true; id: string } | { ok: false; reason: TokenRefusal }

/**
 * Confirms the address the token was sent to, unless the token is unknown or expired. An
 * expired link gets its owner a fresh one by email (the old link stops working), so nobody is
 * stuck with an unconfirmed account.
 */
export async function verifyProfessionalEmail(payload: Payload, token: unknown, req?: PayloadRequest): Promise<VerificationOutcome> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return { ok: false, reason: 'ongeldig' }
  const account = (await payload.db.findOne({
    collection: 'professionals',
    where: { _verificationToken: { equals: token } },
    req,
  })) as VerificationAccount | null
  if (!account || account._verified) return { ok: false, reason: 'ongeldig' }
  if (tokenExpired(account.verificationExpiresAt)) {
    await renewVerification(payload, account, req)
    return { ok: false, reason: 'verlopen' }
  }
  await payload.verifyEmail({ collection: 'professionals', token, req })
  return { ok: true, id: String(account.id) }
}

/** A new confirmation link (new token, new expiry) for an unconfirmed account, sent by email. */
export async function renewVerification(payload: Payload, account: VerificationAccount, req?: PayloadRequest): Promise<void> {
  if (account._verified || !account.email) return
  const token = crypto.randomBytes(20).toString('hex')
  await payload.db.updateOne({
    collection: 'professionals',
    id: account.id,
    data: { _verificationToken: token, verificationExpiresAt: verificationExpiry() },
    req,
    returning: false,
  })
  const verify = payload.collections.professionals.config.auth.verify
  if (typeof verify !== 'object' || !verify.generateEmailHTML) return
  const args = { req: req as PayloadRequest, token, user: account }
  const subject = verify.generateEmailSubject ? await verify.generateEmailSubject(args) : 'Bevestig je e-mailadres'
  await queueEmail(payload, { to: account.email, subject, html: await verify.generateEmailHTML(args), purpose: 'Account' }, req)
}

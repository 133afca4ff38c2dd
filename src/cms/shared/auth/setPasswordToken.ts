import type { Payload, PayloadRequest } from 'payload'
import { INVITATION_VALID_MS } from '../../../domain/auth/tokenLifetimes'

/**
 * A set-password link for an invited staff account: Payload's reset-password token, valid for
 * the invitation's lifetime instead of the hour of a normal reset. Payload lets the collection's
 * `forgotPassword.expiration` win over the expiry asked for here, so the longer expiry is
 * written afterwards, on this one account.
 */
export async function issueSetPasswordToken(payload: Payload, email: string, req?: PayloadRequest): Promise<string> {
  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req })
  if (!token) throw new Error(`Kon geen link maken om een wachtwoord te kiezen voor ${email}.`)
  await payload.db.updateOne({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    data: { resetPasswordExpiration: new Date(Date.now() + INVITATION_VALID_MS).toISOString() },
    req,
    returning: false,
  })
  return token
}

import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { invitationEmail } from '../../domain/partners/invitation'
import { serverUrl } from '../../env'
import { issueSetPasswordToken } from '../shared/auth/setPasswordToken'
import { queueEmail } from '../shared/email/queueEmail'

export interface EditorInvitationInput {
  name: string
  email: string
  organisationId: string
  organisationName: string
  inviterName: string
}

/**
 * Creates the partner editor's account (a random password nobody knows) and mails the set-
 * password link. The one way an invitation becomes an account: straight from the endpoint, or
 * once the coordinator approved an invitation to an address outside the organisation's domains.
 */
export async function sendEditorInvitation(payload: Payload, input: EditorInvitationInput, req?: PayloadRequest): Promise<string> {
  const created = await payload.create({
    collection: 'users',
    overrideAccess: true,
    req,
    data: {
      name: input.name,
      email: input.email,
      password: crypto.randomBytes(32).toString('hex'),
      roles: ['partnerEditor'],
      organisation: input.organisationId,
    },
  })
  const token = await issueSetPasswordToken(payload, input.email, req)
  const settings = (await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: true, req })) as { siteName?: string }
  const email = invitationEmail({
    inviteeName: input.name,
    inviterName: input.inviterName,
    organisationName: input.organisationName,
    setPasswordUrl: `${serverUrl}/admin/reset/${token}`,
    adminUrl: `${serverUrl}/admin`,
    networkName: settings?.siteName ?? 'het expertisenetwerk',
  })
  await queueEmail(payload, { to: input.email, ...email, purpose: 'Uitnodiging redacteur' }, req)
  return String(created.id)
}

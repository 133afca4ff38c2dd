import crypto from 'node:crypto'
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { editorInvitationSchema, invitationEmail, invitationErrors } from '../../domain/partners/invitation'
import { serverUrl } from '../../env'
import { editorOrganisationId, isCoordinatorUser, isStaffUser } from '../access/roles'
import { issueSetPasswordToken } from '../auth/setPasswordToken'
import { queueEmail } from '../email/queueEmail'
import { refuseTooMany, requestAddress } from '../rateLimits/refuseTooMany'
import { takeAll } from '../../domain/rateLimit/take'

const refuse = (status: number, message: string, errors?: Record<string, string>) => Response.json({ message, errors }, { status })

/**
 * POST /api/users/invite: invite a colleague as partner editor. The users collection itself
 * stays coordinator-only for create; this endpoint is the one controlled way for a partner
 * editor to add an account: always the role partnerEditor, always their own organisation.
 * Coordinators may invite for any organisation. The account gets a random password nobody
 * knows; the invitation email carries a set-password link (Payload's reset-password token,
 * valid for INVITATION_VALID_DAYS) to /admin/reset/<token>.
 */
export const inviteEditorEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    const { user, payload } = req
    const ownOrganisation = editorOrganisationId(user)
    const coordinator = isCoordinatorUser(user)
    if (!isStaffUser(user) || (!coordinator && !ownOrganisation)) {
      return refuse(403, 'Alleen coördinatoren en redacteuren van een partnerorganisatie kunnen collega’s uitnodigen.')
    }
    refuseTooMany(
      req,
      takeAll(
        [
          ['invitationsPerAccount', `users:${String(user?.id)}`],
          ['invitationsPerAddress', requestAddress(req)],
        ],
        'U hebt veel uitnodigingen kort na elkaar verstuurd.',
      ),
    )
    await addDataAndFileToRequest(req)
    const parsed = editorInvitationSchema.safeParse(req.data ?? {})
    if (!parsed.success) return refuse(400, 'Controleer de gegevens.', invitationErrors(parsed.error))
    const invitation = parsed.data

    if (invitation.roles && invitation.roles.some((role) => role !== 'partnerEditor')) {
      return refuse(403, 'U kunt alleen redacteuren van een partnerorganisatie uitnodigen.')
    }
    let organisationId = invitation.organisation
    if (!coordinator) {
      if (organisationId && organisationId !== ownOrganisation) {
        return refuse(403, 'U kunt alleen collega’s van uw eigen organisatie uitnodigen.')
      }
      organisationId = ownOrganisation
    }
    if (!organisationId) return refuse(400, 'Kies de organisatie.', { organisation: 'Kies de organisatie.' })
    const organisation = await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!organisation) return refuse(400, 'Deze organisatie bestaat niet.', { organisation: 'Deze organisatie bestaat niet.' })

    const existing = await payload.find({ collection: 'users', where: { email: { equals: invitation.email } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (existing.docs.length > 0) {
      return refuse(409, 'Er bestaat al een account met dit e-mailadres.', { email: 'Er bestaat al een account met dit e-mailadres.' })
    }

    const created = await payload.create({
      collection: 'users',
      overrideAccess: true,
      req,
      data: {
        name: invitation.name,
        email: invitation.email,
        // Nobody knows this password: the invitee sets their own through the link.
        password: crypto.randomBytes(32).toString('hex'),
        roles: ['partnerEditor'],
        organisation: organisationId,
      } as never,
    })
    const token = await issueSetPasswordToken(payload, invitation.email, req)
    const settings = (await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: true, req })) as { siteName?: string }
    const email = invitationEmail({
      inviteeName: invitation.name,
      inviterName: String((user as { name?: string }).name ?? 'De coördinator'),
      organisationName: organisation.name,
      setPasswordUrl: `${serverUrl}/admin/reset/${token}`,
      adminUrl: `${serverUrl}/admin`,
      networkName: settings?.siteName ?? 'het expertisenetwerk',
    })
    await queueEmail(payload, { to: invitation.email, ...email, purpose: 'Uitnodiging redacteur' }, req)
    return Response.json(
      { id: String(created.id), email: invitation.email, message: `Uitnodiging verstuurd naar ${invitation.email}.` },
      { status: 201 },
    )
  },
}

import { addDataAndFileToRequest, type TypedUser } from 'payload'
import {
  editorInvitationSchema,
  invitationErrors,
  invitationToApproveEmail,
  isOwnOrganisationAddress,
  outsideDomainMessage,
} from '../../../domain/partners/invitation'
import { editorOrganisationId, isCoordinatorUser, isStaffUser } from '../../shared/access/roles'
import { adminDocumentUrl } from '../../shared/email/caseLinks'
import { coordinatorEmail } from '../../shared/email/coordinatorEmail'
import { queueEmail } from '../../shared/email/queueEmail'
import { refuseTooMany, requestAddress } from '../../shared/rateLimits/refuseTooMany'
import { takeAll } from '../../../domain/rateLimit/take'
import { sendEditorInvitation } from '../editorInvitation'
import { authorisedEndpoint, endpointError } from '../../shared/endpoints'

/** Coordinators, and partner editors with an organisation. */
const mayInvite = (user: TypedUser) => isStaffUser(user) && (isCoordinatorUser(user) || editorOrganisationId(user) !== undefined)

/**
 * POST /api/users/invite: invite a colleague as partner editor. The users collection itself
 * stays coordinator-only for create; this endpoint is the one controlled way for a partner
 * editor to add an account: always the role partnerEditor, always their own organisation.
 * Coordinators may invite for any organisation. The account gets a random password nobody
 * knows; the invitation email carries a set-password link (Payload's reset-password token,
 * valid for INVITATION_VALID_DAYS) to /admin/reset/<token>.
 *
 * An editor's invitation to an address outside the organisation's e-mail domains waits for the
 * coordinator (collection `editorInvitations`, answer 202): no account and no e-mail to the
 * address until approved; the coordinator is mailed, the inviter hears the decision.
 */
export const inviteEditorEndpoint = authorisedEndpoint({
  path: '/invite',
  method: 'post',
  allow: mayInvite,
  loginFirst: 'Log in om collega’s uit te nodigen.',
  forbidden: 'Alleen coördinatoren en redacteuren van een partnerorganisatie kunnen collega’s uitnodigen.',
  handler: async (req) => {
    const { user, payload } = req
    const ownOrganisation = editorOrganisationId(user)
    const coordinator = isCoordinatorUser(user)
    refuseTooMany(
      req,
      takeAll(
        [
          ['invitationsPerAccount', `users:${String(user.id)}`],
          ['invitationsPerAddress', requestAddress(req)],
        ],
        'U hebt veel uitnodigingen kort na elkaar verstuurd.',
      ),
    )
    await addDataAndFileToRequest(req)
    const parsed = editorInvitationSchema.safeParse(req.data ?? {})
    if (!parsed.success) return endpointError(400, 'Controleer de gegevens.', invitationErrors(parsed.error))
    const invitation = parsed.data

    if (invitation.roles && invitation.roles.some((role) => role !== 'partnerEditor')) {
      return endpointError(403, 'U kunt alleen redacteuren van een partnerorganisatie uitnodigen.')
    }
    let organisationId = invitation.organisation
    if (!coordinator) {
      if (organisationId && organisationId !== ownOrganisation) {
        return endpointError(403, 'U kunt alleen collega’s van uw eigen organisatie uitnodigen.')
      }
      organisationId = ownOrganisation
    }
    if (!organisationId) return endpointError(400, 'Kies de organisatie.', { organisation: 'Kies de organisatie.' })
    const organisation = await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!organisation) return endpointError(400, 'Deze organisatie bestaat niet.', { organisation: 'Deze organisatie bestaat niet.' })

    const existing = await payload.find({ collection: 'users', where: { email: { equals: invitation.email } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (existing.docs.length > 0) {
      return endpointError(409, 'Er bestaat al een account met dit e-mailadres.', { email: 'Er bestaat al een account met dit e-mailadres.' })
    }
    const inviterName = user.name ?? 'De coördinator'

    // An address outside the organisation's own domains could be anyone's: the coordinator decides.
    if (!coordinator && !isOwnOrganisationAddress(invitation.email, organisation.emailDomains)) {
      const waiting = await payload.find({
        collection: 'editorInvitations',
        where: { and: [{ email: { equals: invitation.email } }, { status: { equals: 'wacht-op-goedkeuring' } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const message = outsideDomainMessage(invitation.email, organisation.name)
      if (waiting.docs.length === 0) {
        const pending = await payload.create({
          collection: 'editorInvitations',
          overrideAccess: true,
          req,
          data: {
            name: invitation.name,
            email: invitation.email,
            organisation: organisationId,
            invitedBy: String(user.id),
            reason: message,
            status: 'wacht-op-goedkeuring',
          },
        })
        const to = await coordinatorEmail(payload, organisation.networks?.[0], req)
        if (to) {
          const notice = invitationToApproveEmail({
            inviterName,
            inviteeName: invitation.name,
            email: invitation.email,
            organisationName: organisation.name,
            link: adminDocumentUrl('editorInvitations', pending.id),
          })
          await queueEmail(payload, { to, ...notice, purpose: 'Uitnodiging ter goedkeuring' }, req)
        }
      }
      return Response.json({ email: invitation.email, pending: true, message }, { status: 202 })
    }

    const id = await sendEditorInvitation(
      payload,
      { name: invitation.name, email: invitation.email, organisationId, organisationName: organisation.name, inviterName },
      req,
    )
    return Response.json({ id, email: invitation.email, message: `Uitnodiging verstuurd naar ${invitation.email}.` }, { status: 201 })
  },
})

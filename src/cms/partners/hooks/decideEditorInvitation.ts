import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { EditorInvitation } from '../../../payload-types'
import { invitationDecidedEmail, invitationDecisionError } from '../../../domain/partners/invitation'
import { idOf, isStaffUser } from '../../shared/access/roles'
import { queueEmail } from '../../shared/email/queueEmail'
import { sendEditorInvitation } from '../editorInvitation'
import { refuseStep } from '../../shared/workflow/refuseStep'

/** The coordinator decides once: approve or refuse a waiting invitation, recorded with who and when. */
export const decideEditorInvitation: CollectionBeforeChangeHook<EditorInvitation> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const from = originalDoc?.status
  const to = data.status ?? from
  if (from === to) return data
  const error = invitationDecisionError(from, to)
  if (error) refuseStep(error, 'status')
  if (to === 'goedgekeurd') {
    // An update always has the stored document.
    const email = String(originalDoc!.email)
    const existing = await req.payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, req })
    if (existing.totalDocs > 0) refuseStep('Er bestaat al een account met dit e-mailadres: deze uitnodiging kan niet meer worden goedgekeurd.', 'status')
  }
  return { ...data, decidedAt: new Date().toISOString(), ...(isStaffUser(req.user) ? { decidedBy: String(req.user.id) } : {}) }
}

/** After the decision: the account and its invitation when approved, and word to the inviter either way. */
export const sendDecidedEditorInvitation: CollectionAfterChangeHook<EditorInvitation> = async ({ doc, previousDoc, operation, req }) => {
  const invitation = doc
  if (operation !== 'update' || invitation.status === previousDoc?.status) return doc
  const approved = invitation.status === 'goedgekeurd'
  if (!approved && invitation.status !== 'afgewezen') return doc
  const { payload } = req
  const inviter = idOf(invitation.invitedBy)
    ? await payload.findByID({ collection: 'users', id: idOf(invitation.invitedBy)!, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (approved) {
    const organisationId = idOf(invitation.organisation)!
    const organisation = await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true, req })
    const account = await sendEditorInvitation(
      payload,
      { name: invitation.name, email: invitation.email, organisationId, organisationName: organisation.name, inviterName: inviter?.name ?? 'De coördinator' },
      req,
    )
    await payload.update({ collection: 'editorInvitations', id: invitation.id, data: { account }, overrideAccess: true, depth: 0, req })
  }
  if (inviter?.email) {
    const email = invitationDecidedEmail({
      inviterName: inviter.name ?? '',
      inviteeName: invitation.name,
      email: invitation.email,
      approved,
      note: invitation.decisionNote,
    })
    await queueEmail(payload, { to: inviter.email, ...email, purpose: approved ? 'Uitnodiging goedgekeurd' : 'Uitnodiging afgewezen' }, req)
  }
  return doc
}

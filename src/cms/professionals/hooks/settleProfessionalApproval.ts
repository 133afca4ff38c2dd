import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { Professional } from '../../../payload-types'
import { accountApprovedEmail, accountRejectedEmail, accountToApproveEmail, accountWaitingEmail } from '../../../domain/caseQuestions/emails'
import { emailDomainOf } from '../../../domain/professionals/emailDomain'
import { isStaffUser } from '../../shared/access/roles'
import { adminDocumentUrl, siteUrl } from '../../shared/email/caseLinks'
import { coordinatorEmail } from '../../shared/email/coordinatorEmail'
import { queueEmail } from '../../shared/email/queueEmail'

/**
 * After the email address is confirmed the site moves the account out of
 * 'wacht-op-verificatie' by asking for 'wacht-op-goedkeuring'. Here that becomes 'goedgekeurd'
 * at once when the email domain belongs to a member organisation (membership status 'lid'),
 * linking that organisation. A coordinator approving by hand is stamped with who and when.
 */
export const settleProfessionalApproval: CollectionBeforeChangeHook<Professional> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const before: Partial<Professional> = originalDoc ?? {}
  const result: Partial<Professional> = { ...data }
  if (before.status === 'wacht-op-verificatie' && data.status === 'wacht-op-goedkeuring') {
    if (!before._verified && !data._verified) {
      result.status = 'wacht-op-verificatie'
      return result
    }
    const domain = emailDomainOf(String(data.email ?? before.email ?? ''))
    const members = domain
      ? await req.payload.find({
          collection: 'organisations',
          where: { and: [{ emailDomains: { in: [domain] } }, { membershipStatus: { equals: 'lid' } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const member = members.docs[0]
    if (member) {
      result.status = 'goedgekeurd'
      result.organisation = member.id
      result.approvedAt = new Date().toISOString()
    }
  }
  if (data.status === 'goedgekeurd' && before.status !== 'goedgekeurd' && !result.approvedAt) {
    result.approvedAt = new Date().toISOString()
    if (isStaffUser(req.user)) result.approvedBy = String(req.user.id)
  }
  return result
}

/** The emails that follow a status change: approved, rejected or waiting to the professional; a request to the coordinator. */
export const notifyProfessionalApproval: CollectionAfterChangeHook<Professional> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const now = doc
  const before: Partial<Professional> = previousDoc ?? {}
  if (now.status === before.status || !now.email) return doc
  const name = now.name ?? ''
  if (now.status === 'goedgekeurd') {
    await queueEmail(req.payload, { to: now.email, ...accountApprovedEmail(name, siteUrl('/vraag-stellen')), purpose: 'Account goedgekeurd' }, req)
  } else if (now.status === 'afgewezen') {
    await queueEmail(req.payload, { to: now.email, ...accountRejectedEmail(name), purpose: 'Account afgewezen' }, req)
  } else if (now.status === 'wacht-op-goedkeuring') {
    await queueEmail(req.payload, { to: now.email, ...accountWaitingEmail(name), purpose: 'Account wacht op goedkeuring' }, req)
    const coordinator = await coordinatorEmail(req.payload, now.networks?.[0], req)
    if (coordinator) {
      await queueEmail(
        req.payload,
        { to: coordinator, ...accountToApproveEmail(name, now.organisationName ?? '', adminDocumentUrl('professionals', now.id)), purpose: 'Account goedkeuren' },
        req,
      )
    }
  }
  return doc
}

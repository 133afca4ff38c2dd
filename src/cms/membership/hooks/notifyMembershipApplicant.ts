import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import type { MembershipApplication } from '../../../payload-types'
import {
  admittedEmail,
  applicationReceivedEmail,
  aspirantInvitationEmail,
  coordinatorNotificationEmail,
  introductionMeetingEmail,
  rejectedEmail,
  withdrawnEmail,
  type ApplicationSummary,
  type EmailContent,
  type EventDetails,
} from '../../../domain/membership/emails'
import { idOf } from '../../shared/access/roles'
import { queueEmail } from '../../shared/email/queueEmail'

interface NetworkContact {
  coordinator?: { email?: string | null } | null
  contactEmail?: string | null
}

function summary(doc: MembershipApplication): ApplicationSummary {
  return { id: String(doc.id), organisationName: doc.organisationName, contactName: doc.contactPerson.name, networks: doc.networks ?? [] }
}

/** The coordinators of the networks the applicant chose (the general address when none is set). */
async function coordinatorAddresses(payload: Payload, networks: readonly string[], req: PayloadRequest): Promise<string[]> {
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: true, req })
  const contacts: Record<string, NetworkContact | undefined> = { jeugd: settings.jeugd, volwassenen: settings.volwassenen }
  const chosen = networks.length > 0 ? networks : ['jeugd', 'volwassenen']
  const addresses = chosen.map((network) => contacts[network]?.coordinator?.email || contacts[network]?.contactEmail).filter((value): value is string => Boolean(value))
  return [...new Set(addresses.map((address) => address.toLowerCase()))]
}

async function linkedEventDetails(payload: Payload, doc: MembershipApplication, req: PayloadRequest): Promise<EventDetails[]> {
  const ids = (doc.linkedEvents ?? []).map(idOf).filter((id): id is string => Boolean(id))
  if (ids.length === 0) return []
  const events = await payload.find({ collection: 'events', where: { id: { in: ids } }, sort: 'startsAt', depth: 0, limit: ids.length, overrideAccess: true, req })
  return events.docs.map((event) => ({
    title: event.title,
    startsAt: event.startsAt,
    location: [event.location?.name, event.location?.address].filter(Boolean).join(', ') || null,
    online: Boolean(event.onlineUrl),
  }))
}

/**
 * Emails about a membership application: on arrival a receipt to the applicant and a notice to
 * the coordinators of the chosen networks; later the applicant hears of the steps that concern
 * them (aspirant invitation with the meetings, the introductory conversation and any new date
 * for it, the decision, a withdrawal). Internal steps (platform discussion, advice) send nothing.
 */
export const notifyMembershipApplicant: CollectionAfterChangeHook<MembershipApplication> = async ({ doc, previousDoc, operation, req }) => {
  const { payload } = req
  const application = doc
  const to = application.contactPerson.email
  const base = payload.config.serverURL.replace(/\/$/, '')
  const send = (content: EmailContent, purpose: string, recipient = to) => queueEmail(payload, { to: recipient, ...content, purpose }, req)

  if (operation === 'create') {
    await send(applicationReceivedEmail(summary(application), base), 'Lidmaatschap: aanvraag ontvangen')
    const adminUrl = `${base}${payload.config.routes.admin}/collections/membershipApplications/${application.id}`
    const notice = coordinatorNotificationEmail({ ...summary(application), motivation: application.motivation }, adminUrl)
    for (const coordinator of await coordinatorAddresses(payload, application.networks ?? [], req)) {
      await send(notice, 'Lidmaatschap: nieuwe aanvraag', coordinator)
    }
    return doc
  }

  const previous: MembershipApplication | undefined = previousDoc
  const changed = previous?.status !== application.status
  if (!changed) {
    const moved = previous?.introductionMeetingAt !== application.introductionMeetingAt
    if (application.status === 'kennismakingsgesprek-gepland' && moved && application.introductionMeetingAt) {
      await send(introductionMeetingEmail(summary(application), application.introductionMeetingAt, true), 'Lidmaatschap: kennismakingsgesprek verplaatst')
    }
    return doc
  }

  switch (application.status) {
    case 'aspirant':
      await send(aspirantInvitationEmail(summary(application), await linkedEventDetails(payload, application, req)), 'Lidmaatschap: uitnodiging aspirant-lid')
      break
    case 'kennismakingsgesprek-gepland':
      if (application.introductionMeetingAt) {
        await send(introductionMeetingEmail(summary(application), application.introductionMeetingAt, false), 'Lidmaatschap: kennismakingsgesprek')
      }
      break
    case 'toegelaten':
      await send(admittedEmail(summary(application), application.decisionReasons ?? ''), 'Lidmaatschap: besluit')
      break
    case 'afgewezen':
      await send(rejectedEmail(summary(application), application.decisionReasons ?? ''), 'Lidmaatschap: besluit')
      break
    case 'ingetrokken':
      await send(withdrawnEmail(summary(application)), 'Lidmaatschap: ingetrokken')
      break
  }
  return doc
}

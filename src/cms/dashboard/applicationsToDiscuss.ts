import type { Payload, Where } from 'payload'
import { adminDocumentUrl, adminListUrl, toWhere } from '../../domain/workQueues/filters'
import { toDiscussQueue } from '../../domain/workQueues/membershipQueues'
import { labelOf, membershipApplicationStatuses } from '../../domain/vocabulary'
import type { QueueLine } from './countQueue'

export const APPLICATIONS_LISTED = 10

export interface ApplicationToDiscuss {
  id: string
  name: string
  status: string
  href: string
}

/** Membership applications the platform discusses or decides at its next meeting. */
export async function loadApplicationsToDiscuss(payload: Payload, user: unknown): Promise<{ line: QueueLine; applications: ApplicationToDiscuss[] }> {
  const queue = toDiscussQueue()
  const found = await payload.find({
    collection: 'membershipApplications',
    where: toWhere(queue.filter) as Where,
    sort: queue.sort,
    limit: APPLICATIONS_LISTED,
    depth: 0,
    overrideAccess: false,
    user,
    select: { organisationName: true, status: true },
  })
  return {
    line: { key: queue.key, count: found.totalDocs, noun: queue.noun, href: adminListUrl('membershipApplications', queue.filter, { sort: queue.sort }) },
    applications: found.docs.map((doc) => ({
      id: String(doc.id),
      name: doc.organisationName,
      status: labelOf(membershipApplicationStatuses, doc.status),
      href: adminDocumentUrl('membershipApplications', String(doc.id)),
    })),
  }
}

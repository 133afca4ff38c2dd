import type { Payload } from 'payload'
import { RECENT_FAILURE_DAYS, recentFailuresFilter } from '../../domain/workQueues/otherQueues'
import { countQueue, type QueueLine } from './countQueue'

export interface SystemHealth {
  failedJobs: number
  lines: QueueLine[]
}

/**
 * For admins: what went wrong in the background. Failed jobs (retries used up) have no admin
 * list of their own (Payload hides its jobs collection), so that line is a count with a hint.
 */
export async function loadSystemHealth(payload: Payload, user: unknown, now: Date): Promise<SystemHealth> {
  const failed = recentFailuresFilter(now)
  const days = `in de laatste ${RECENT_FAILURE_DAYS} dagen`
  const [jobs, emails, deliveries] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: { hasError: { equals: true } }, overrideAccess: false, user }),
    countQueue(payload, user, 'emailLog', {
      key: 'failedEmails',
      noun: { singular: `mislukte e-mail ${days}`, plural: `mislukte e-mails ${days}` },
      filter: failed,
      sort: '-updatedAt',
    }),
    countQueue(payload, user, 'newsletterDeliveries', {
      key: 'failedDeliveries',
      noun: { singular: `mislukte nieuwsbriefverzending ${days}`, plural: `mislukte nieuwsbriefverzendingen ${days}` },
      filter: failed,
      sort: '-updatedAt',
    }),
  ])
  return { failedJobs: jobs.totalDocs, lines: [emails, deliveries].filter((line): line is QueueLine => line !== undefined) }
}

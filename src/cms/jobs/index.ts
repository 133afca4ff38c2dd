import type { JobsConfig } from 'payload'
import { isCoordinatorUser } from '../access/roles'
import { newsletterHeartbeatTask } from './newsletterHeartbeat'
import { sendEmailTask } from './sendEmail'
import { sendNewsletterBatchTask } from './sendNewsletterBatch'
import { startNewsletterCampaignTask } from './startNewsletterCampaign'

/**
 * The job queue. Only the server process runs it (getPayload with `cron: true` in
 * src/server.ts); tests run jobs explicitly with `payload.jobs.run()`.
 */
export const jobs: JobsConfig = {
  tasks: [sendEmailTask, startNewsletterCampaignTask, sendNewsletterBatchTask, newsletterHeartbeatTask],
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 20 }],
  deleteJobOnComplete: true,
  access: {
    run: ({ req }) => isCoordinatorUser(req.user),
    queue: ({ req }) => isCoordinatorUser(req.user),
    cancel: ({ req }) => isCoordinatorUser(req.user),
  },
}

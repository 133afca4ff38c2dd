import type { JobsConfig } from 'payload'
import { isCoordinatorUser } from '../access/roles'
import { anonymiseClosedCaseQuestionsTask } from './anonymiseClosedCaseQuestions'
import { caseQuestionRemindersTask } from './caseQuestionReminders'
import { sendFreshnessRemindersTask, sendPartnerChangesDigestTask } from './freshnessJobs'
import { newsletterHeartbeatTask } from './newsletterHeartbeat'
import { rebuildSearchIndexTask } from './rebuildSearchIndex'
import { sendEmailTask } from './sendEmail'
import { sendEventRemindersTask } from './sendEventReminders'
import { sendNewsletterBatchTask } from './sendNewsletterBatch'
import { startNewsletterCampaignTask } from './startNewsletterCampaign'

/**
 * The job queue. Only the server process runs it (getPayload with `cron: true` in
 * src/server.ts); tests run jobs explicitly with `payload.jobs.run()`.
 */
export const jobs: JobsConfig = {
  tasks: [
    sendEmailTask,
    sendFreshnessRemindersTask,
    sendPartnerChangesDigestTask,
    caseQuestionRemindersTask,
    anonymiseClosedCaseQuestionsTask,
    sendEventRemindersTask,
    rebuildSearchIndexTask,
    startNewsletterCampaignTask,
    sendNewsletterBatchTask,
    newsletterHeartbeatTask,
  ],
  // Lets a task declare a concurrency key (rebuildSearchIndex: one at a time, newest wins).
  enableConcurrencyControl: true,
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 20 }],
  deleteJobOnComplete: true,
  access: {
    run: ({ req }) => isCoordinatorUser(req.user),
    queue: ({ req }) => isCoordinatorUser(req.user),
    cancel: ({ req }) => isCoordinatorUser(req.user),
  },
}

import type { JobsConfig } from 'payload'
import { isCoordinatorUser } from './shared/access/roles'
import { anonymiseClosedCaseQuestionsTask } from './caseQuestions/jobs/anonymiseClosedCaseQuestions'
import { caseQuestionRemindersTask } from './caseQuestions/jobs/caseQuestionReminders'
import { sendFreshnessRemindersTask, sendPartnerChangesDigestTask } from './freshness/jobs/freshnessJobs'
import { newsletterHeartbeatTask } from './newsletter/jobs/newsletterHeartbeat'
import { rebuildSearchIndexTask } from './search/rebuildSearchIndex'
import { sendEmailTask } from './shared/email/sendEmail'
import { sendEventRemindersTask } from './events/jobs/sendEventReminders'
import { sendNewsletterBatchTask } from './newsletter/jobs/sendNewsletterBatch'
import { startNewsletterCampaignTask } from './newsletter/jobs/startNewsletterCampaign'

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

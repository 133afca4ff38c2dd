import type { TaskConfig } from 'payload'
import { sendChangesDigest } from '../sendChangesDigest'
import { sendFreshnessReminders } from '../sendFreshnessReminders'

/*
 * Schedules (server time, UTC) come from the environment so a test server can run them often:
 * FRESHNESS_REMINDER_CRON (default daily at 07:00) and PARTNER_DIGEST_CRON (default Mondays at
 * 07:00). Payload's cron syntax has seconds first. The job runner in src/server.ts queues them.
 */
const reminderCron = process.env.FRESHNESS_REMINDER_CRON || '0 0 7 * * *'
const digestCron = process.env.PARTNER_DIGEST_CRON || '0 0 7 * * 1'

/** Daily: remind partner editors of items that became due or overdue. */
export const sendFreshnessRemindersTask: TaskConfig<{ input: Record<string, never>; output: { emails: number; items: number } }> = {
  slug: 'sendFreshnessReminders',
  label: 'Herinneringen actualiteit versturen',
  inputSchema: [],
  outputSchema: [
    { name: 'emails', type: 'number' },
    { name: 'items', type: 'number' },
  ],
  schedule: [{ cron: reminderCron, queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await sendFreshnessReminders(req.payload, new Date(), req) }),
}

/** Weekly: tell the coordinators what partner editors changed. */
export const sendPartnerChangesDigestTask: TaskConfig<{ input: Record<string, never>; output: { emails: number; changes: number } }> = {
  slug: 'sendPartnerChangesDigest',
  label: 'Weekoverzicht wijzigingen partners versturen',
  inputSchema: [],
  outputSchema: [
    { name: 'emails', type: 'number' },
    { name: 'changes', type: 'number' },
  ],
  schedule: [{ cron: digestCron, queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await sendChangesDigest(req.payload, new Date(), req) }),
}

import type { TaskConfig } from 'payload'
import { isReminderDue, reminderDueAt } from '../../../domain/events/reminder'
import { queueEmail } from '../../shared/email/queueEmail'
import { reminderEmail } from '../registrationEmails'
import { withSlug } from '../registrationService'

/**
 * The reminder the day before an event, to everyone with a place (not the waiting list, not
 * cancelled). Scheduled hourly: the job runner (jobs.autoRun in the server) also queues scheduled
 * tasks of its queue, and this task picks the events whose reminder moment (09:00 Amsterdam, the
 * day before) has come. Each registration is stamped `reminderSentAt` together with queueing its
 * e-mail, so a later run, a retry or a restart never sends it twice. Who registers after the
 * reminder moment already has the confirmation and gets no reminder.
 */
export const sendEventRemindersTask: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: 'sendEventReminders',
  label: 'Herinneringen voor bijeenkomsten versturen',
  outputSchema: [{ name: 'queued', type: 'number' }],
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const { payload } = req
    const now = new Date()
    // A reminder is due at most ~39 hours before the start (09:00 the day before a late-evening event).
    const horizon = new Date(now.getTime() + 48 * 3_600_000)
    const events = await payload.find({
      collection: 'events',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      limit: 0,
      req,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { cancelled: { not_equals: true } },
          { startsAt: { greater_than: now.toISOString() } },
          { startsAt: { less_than_equal: horizon.toISOString() } },
        ],
      },
    })
    let queued = 0
    for (const doc of events.docs) {
      const event = withSlug(doc)
      if (!event || !isReminderDue(event.startsAt, now)) continue
      const registrations = await payload.find({
        collection: 'eventRegistrations',
        overrideAccess: true,
        depth: 0,
        pagination: false,
        limit: 0,
        req,
        where: {
          and: [
            { event: { equals: event.id } },
            { status: { equals: 'aangemeld' } },
            { reminderSentAt: { exists: false } },
            { registeredAt: { less_than: reminderDueAt(event.startsAt).toISOString() } },
          ],
        },
      })
      for (const registration of registrations.docs) {
        await payload.update({
          collection: 'eventRegistrations',
          id: registration.id,
          overrideAccess: true,
          data: { reminderSentAt: now.toISOString() },
          req,
        })
        await queueEmail(payload, { to: registration.email, ...reminderEmail(event, registration) }, req)
        queued++
      }
    }
    return { output: { queued } }
  },
}

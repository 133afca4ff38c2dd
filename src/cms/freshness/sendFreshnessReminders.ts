import type { Payload, PayloadRequest } from 'payload'
import { reminderEmail, type ReminderItem } from '../../domain/freshness/emails'
import { recordReminder, reminderDue, type ReminderStage } from '../../domain/freshness/reminders'
import { serverUrl } from '../../env'
import { queueEmail } from '../shared/email/queueEmail'
import { collectionLabels, loadReviewedItems, reviewPeriodMonths, type ReviewedItem } from './contentFreshness'

export interface ReminderRun {
  emails: number
  items: number
}

/**
 * The daily reminder run: for every organisation, the published items that need a first or
 * second reminder (see domain/freshness/reminders), one email per editor and stage listing them
 * with direct admin links; then the reminder is recorded per item so the next run does not
 * repeat it. Organisations without editors get no email (the coordinator's overview shows them)
 * and nothing is recorded, so a newly invited editor still gets the reminder.
 */
export async function sendFreshnessReminders(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<ReminderRun> {
  const items = await loadReviewedItems(payload, { now, publishedOnly: true, req })
  const period = await reviewPeriodMonths(payload, req)
  const byOrganisation = new Map<string, { item: ReviewedItem; stage: ReminderStage }[]>()
  for (const item of items) {
    const stage = reminderDue(item.freshness, item.reviewReminders, now)
    if (!stage || !item.organisationId) continue
    const list = byOrganisation.get(item.organisationId) ?? []
    list.push({ item, stage })
    byOrganisation.set(item.organisationId, list)
  }

  const run: ReminderRun = { emails: 0, items: 0 }
  for (const [organisationId, due] of byOrganisation) {
    const editors = await payload.find({
      collection: 'users',
      where: { and: [{ roles: { contains: 'partnerEditor' } }, { organisation: { equals: organisationId } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (editors.docs.length === 0) continue
    const organisation = items.find((item) => item.collection === 'organisations' && item.id === organisationId)
    const organisationName =
      organisation?.title ??
      String((await payload.findByID({ collection: 'organisations', id: organisationId, depth: 0, overrideAccess: true, req })).name)

    for (const stage of ['first', 'second'] as const) {
      const ofStage = due.filter((entry) => entry.stage === stage)
      if (ofStage.length === 0) continue
      const email = reminderEmail({
        organisationName,
        stage,
        reviewPeriodMonths: period,
        dashboardUrl: `${serverUrl}/admin`,
        items: ofStage.map(({ item }): ReminderItem => ({
          kind: collectionLabels[item.collection].singular,
          title: item.title,
          adminUrl: `${serverUrl}/admin/collections/${item.collection}/${item.id}`,
          reviewedAt: item.freshness.reviewedAt,
          overdue: item.freshness.status === 'overdue',
        })),
      })
      for (const editor of editors.docs) {
        await queueEmail(payload, { to: editor.email, ...email, purpose: stage === 'first' ? 'Herinnering actualiteit' : 'Tweede herinnering actualiteit' }, req)
        run.emails += 1
      }
      for (const { item } of ofStage) {
        const record = recordReminder(item.freshness, item.reviewReminders, stage, now)
        await payload.db.updateOne({ collection: item.collection, id: item.id, data: { reviewReminders: record }, req })
        run.items += 1
      }
    }
  }
  return run
}

import type { CollectionBeforeChangeHook, PayloadRequest, RequestContext } from 'payload'
import type { Newsletter } from '../../../payload-types'
import { statusStepRefusal, type EditionContent } from '../../../domain/newsletter/editionStatus'
import { withStatusHistory } from '../../shared/workflow/recordStatusHistory'
import { refuseStep } from '../../shared/workflow/refuseStep'

/**
 * The status of an edition is partly the coordinator's (plan, cancel, pause, resume) and partly
 * the sender's (sending, sent): src/domain/newsletter/editionStatus.ts says which moves a person
 * may make, and why not. The sender's own writes carry `context.newsletterSender` and pass.
 * Planning without a moment means "now".
 */
export function refuseForbiddenStatusMove(from: string, to: string, edition: EditionContent, req: PayloadRequest, context: RequestContext | undefined): void {
  // The sender's own writes, and trusted server code without a user (seed, fixtures), may set any status.
  if (context?.newsletterSender || !req.user) return
  const message = statusStepRefusal(from, to, edition)
  if (message) refuseStep(message, 'status')
}

/** The note on the sender's steps, so the history tells them from a person's (who has a name there). */
const SENDER_NOTE = 'Door het verzendsysteem'

/**
 * Every status change is recorded in the edition's history (shared/workflow), by a person or by
 * the sender. The sender changes the status a few times per campaign (sending, paused, sent),
 * never per mail, and its other writes (progress, the batch job) carry no status change and so
 * write no history.
 */
export const guardNewsletterStatus: CollectionBeforeChangeHook<Newsletter> = ({ data, originalDoc, operation, req, context }) => {
  const from = operation === 'create' ? undefined : String(originalDoc?.status ?? 'concept')
  const to = String(data.status ?? from ?? 'concept')
  if (context?.newsletterSender) {
    // An automatic pause says why in `pausedReason`; the history keeps that reason with the step.
    const note = typeof data.pausedReason === 'string' && to === 'gepauzeerd' ? data.pausedReason : SENDER_NOTE
    return withStatusHistory(data, { originalDoc, from, to, note, req })
  }
  refuseForbiddenStatusMove(from ?? 'concept', to, { ...originalDoc, ...data }, req, context)
  if (to === 'gepland' && from !== 'gepland' && !data.scheduledAt) data.scheduledAt = new Date().toISOString()
  // The two action checkboxes are commands, not state: remember them for afterChange, store false.
  if (data.sendTest) context.sendTest = true
  if (data.retryFailed) context.retryFailed = true
  data.sendTest = false
  data.retryFailed = false
  return withStatusHistory(data, { originalDoc, from, to, req })
}

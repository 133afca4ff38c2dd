import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type RequestContext } from 'payload'
import { statusStepRefusal, type EditionContent } from '../../domain/newsletter/editionStatus'

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
  // An APIError with a public message: the admin shows it in its toast and on the field, and
  // REST and GraphQL return it (a ValidationError's own message is Payload's generic sentence).
  if (message) throw new APIError(message, 400, { errors: [{ path: 'status', message }] }, true)
}

export const guardNewsletterStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context?.newsletterSender) return data
  const from = operation === 'create' ? 'concept' : String(originalDoc?.status ?? 'concept')
  const to = String(data.status ?? from)
  refuseForbiddenStatusMove(from, to, { ...originalDoc, ...data }, req, context)
  if (to === 'gepland' && from !== 'gepland' && !data.scheduledAt) data.scheduledAt = new Date().toISOString()
  // The two action checkboxes are commands, not state: remember them for afterChange, store false.
  if (data.sendTest) context.sendTest = true
  if (data.retryFailed) context.retryFailed = true
  data.sendTest = false
  data.retryFailed = false
  return data
}

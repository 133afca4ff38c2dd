import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { labelOf, newsletterStatuses } from '../../domain/vocabulary'

/**
 * The status of an edition is partly the coordinator's (plan, cancel, pause, resume) and partly
 * the sender's (sending, sent). A person may only make these moves; the sender's own writes
 * carry `context.newsletterSender` and pass. Planning without a moment means "now".
 */
const allowedByPeople: Record<string, string[]> = {
  concept: ['concept', 'gepland'],
  gepland: ['gepland', 'concept'],
  verzenden: ['verzenden', 'gepauzeerd'],
  gepauzeerd: ['gepauzeerd', 'verzenden'],
  verzonden: ['verzonden'],
}

export const guardNewsletterStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context?.newsletterSender) return data
  const from = operation === 'create' ? 'concept' : String(originalDoc?.status ?? 'concept')
  const to = String(data.status ?? from)
  // Trusted server code without a user (seed, fixtures) may set any status.
  if (req.user && !(allowedByPeople[from] ?? []).includes(to)) {
    throw new ValidationError({
      collection: 'newsletters',
      errors: [
        {
          path: 'status',
          message: `Van "${labelOf(newsletterStatuses, from)}" kan de status niet naar "${labelOf(newsletterStatuses, to)}". Verzenden en verzonden zet het systeem zelf.`,
        },
      ],
    })
  }
  if (to === 'gepland' && from !== 'gepland' && !data.scheduledAt) data.scheduledAt = new Date().toISOString()
  // The two action checkboxes are commands, not state: remember them for afterChange, store false.
  if (data.sendTest) context.sendTest = true
  if (data.retryFailed) context.retryFailed = true
  data.sendTest = false
  data.retryFailed = false
  return data
}

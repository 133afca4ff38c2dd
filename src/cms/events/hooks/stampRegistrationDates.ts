import type { CollectionBeforeChangeHook } from 'payload'
import type { EventRegistration } from '../../../payload-types'

/**
 * Keep the registration's timestamps true to its status: registered when created, cancelled
 * when the status becomes "geannuleerd" (and cleared again if a coordinator reinstates it).
 */
export const stampRegistrationDates: CollectionBeforeChangeHook<EventRegistration> = ({ data, operation, originalDoc }) => {
  const now = new Date().toISOString()
  if (operation === 'create' && !data.registeredAt) data.registeredAt = now
  const status = data.status ?? originalDoc?.status
  const wasCancelled = originalDoc?.status === 'geannuleerd'
  if (status === 'geannuleerd' && !wasCancelled && !data.cancelledAt) data.cancelledAt = now
  if (status !== 'geannuleerd' && wasCancelled) data.cancelledAt = null
  return data
}

import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import type { EventRegistration } from '../../../payload-types'

/**
 * The secret in the cancel link of the confirmation e-mail: whoever has the mail may cancel,
 * nobody can guess it (256 bits). Made once, on create; never sent through the API.
 */
export const generateCancelToken: CollectionBeforeChangeHook<EventRegistration> = ({ data, operation }) => {
  if (operation === 'create') data.cancelToken = randomBytes(32).toString('base64url')
  return data
}

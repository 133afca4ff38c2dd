import type { SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'

/** A required choice with its own Dutch message; the options are checked by Payload's own rule. */
export function requiredChoice(message: string): SelectFieldSingleValidation {
  return (value, args) => {
    if (value === null || value === undefined || (value as unknown) === '') return message
    return select(value, args)
  }
}

import { APIError } from 'payload'

/**
 * Refuses a change with the domain's own Dutch reason, where the person will see it: the
 * admin's message at the top, the error at the field (`path`, dotted for nested fields) and
 * the API's answer. An APIError with a public message, because Payload's ValidationError would
 * put its generic sentence ("Het volgende veld is ongeldig: status") in front of the reason.
 */
export function refuseChange(message: string, path: string): never {
  throw new APIError(message, 400, { errors: [{ message, path }] }, true)
}

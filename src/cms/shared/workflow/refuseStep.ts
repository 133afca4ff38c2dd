import { APIError } from 'payload'

/**
 * Refuses a workflow step (or any change a hook will not take) with the domain's own Dutch
 * reason, where the person will see it: the admin's toast, the error at the field (`path`,
 * dotted for nested fields) and the API's answer. An APIError with a public message, because
 * Payload's ValidationError would put its generic sentence ("Het volgende veld is ongeldig:
 * status") in front of the reason. The per-field reasons travel in `data.errors`, which the
 * afterError hook `keepFieldErrors` keeps when the admin's route holds another copy of
 * Payload's error classes (then `instanceof APIError` fails there and Payload would drop them).
 */
export function refuseStep(message: string, path: string): never {
  throw new APIError(message, 400, { errors: [{ message, path }] }, true)
}

import { APIError } from 'payload'

/**
 * A request the portal refuses because of what the client sent (wrong types, an impossible
 * query, something that cannot be deleted): 4xx with a Dutch message in Payload's error shape,
 * logged as one warn line (the plugin sets the level for this name).
 */
export class BadRequest extends APIError {
  /** With `field`, the admin shows the message at that field (Payload's `data.errors` shape). */
  constructor(message: string, status = 400, field?: string) {
    super(message, status, field ? { errors: [{ path: field, message }] } : undefined, true)
    // Set by hand: bundlers may rename the class, and Payload picks the log level by name.
    this.name = 'BadRequest'
  }
}

/**
 * What a form shows when saving what was posted failed: the status, one message per field and,
 * for a limit, when to try again. One rule for every form of the site, so the same refusal reads
 * the same on every page.
 */
import { retryAfterOf, TOO_MANY_REQUESTS } from '../rateLimit/take'
import type { FormErrors } from './fieldErrors'
import { formErrors, refusalOf, retryAfterSeconds } from './refusal'

/** A refusal raised by a page's own save step (two passwords that differ, a link that expired). */
export class FormRefusal extends Error {
  constructor(
    readonly errors: FormErrors,
    readonly status = 400,
  ) {
    super(Object.values(errors)[0] ?? 'Het formulier is niet verstuurd.')
    this.name = 'FormRefusal'
  }
}

export interface RefusalOptions {
  /** The form's field for a message's path in the collection; undefined leaves it out. Default: the path itself. */
  field?: (path: string) => string | undefined
  /** The status to answer instead of the refusal's own (the event page answers 422). */
  status?: number
  /** The message when the refusal names nothing the form shows. */
  fallback?: string
  /** Added to a "too many" message: that what was typed is still there. */
  keptNote?: string
}

export interface FormAnswer {
  status: number
  errors: FormErrors
  /** Seconds for a Retry-After header. */
  retryAfter?: number
}

/** A "too many" message with the note that what was typed is still there. */
export const withKeptNote = (message: string, note: string | undefined): string => (note ? `${message} ${note}` : message)

/** The answer to show for `error`, or undefined when it is no refusal (a bug, the database). */
export function answerOf(error: unknown, options: RefusalOptions = {}, now = Date.now()): FormAnswer | undefined {
  if (error instanceof FormRefusal) return { status: error.status, errors: { ...error.errors } }
  // A limit inside Payload (login, forgot-password, registration): its message says when.
  const limited = retryAfterOf(error)
  if (limited !== undefined) {
    return { status: TOO_MANY_REQUESTS, errors: { form: withKeptNote((error as Error).message, options.keptNote) }, retryAfter: limited }
  }
  const refusal = refusalOf(error)
  if (!refusal) return undefined
  const errors = formErrors(refusal, options.field ?? ((path) => path))
  const retryAfter = retryAfterSeconds(refusal.retryAt, now)
  if (retryAfter !== undefined && errors.form) errors.form = withKeptNote(errors.form, options.keptNote)
  if (Object.keys(errors).length === 0 && options.fallback) errors.form = options.fallback
  return { status: options.status ?? refusal.status, errors, retryAfter }
}

/**
 * A create or update the CMS refused, as the site's forms show it: Payload's ValidationError
 * carries one Dutch message per field path, a public APIError (e.g. 429 for a limit) one
 * message for the whole form. Read by shape, so the site needs no CMS classes.
 */

export interface Refusal {
  status: number
  /** Field path ("context.age") → the first Dutch message for it. */
  fields: Record<string, string>
  /** A message about the whole form, when the refusal is not about one field. */
  message?: string
  /** When it may work again (a limit), as an ISO moment. */
  retryAt?: string
}

interface ErrorShape {
  name?: unknown
  status?: unknown
  isPublic?: unknown
  message?: unknown
  data?: { errors?: unknown; retryAt?: unknown } | null
}

/** The refusal in `error`, or undefined when it is something else (a bug, the database): log and say so. */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!error || typeof error !== 'object') return undefined
  const e = error as ErrorShape
  const status = typeof e.status === 'number' ? e.status : 0
  if (status < 400 || status >= 500) return undefined
  if (Array.isArray(e.data?.errors)) {
    const fields: Record<string, string> = {}
    for (const item of e.data.errors as { path?: unknown; message?: unknown }[]) {
      if (typeof item?.path === 'string' && typeof item.message === 'string') fields[item.path] ??= item.message
    }
    return { status, fields }
  }
  if (e.isPublic !== true || typeof e.message !== 'string') return undefined
  return { status, fields: {}, message: e.message, retryAt: typeof e.data?.retryAt === 'string' ? e.data.retryAt : undefined }
}

/**
 * The refusal's messages keyed by the form's own field names (via `fieldOf`; undefined drops a
 * path the form does not show), first message per field.
 */
export function formErrors(refusal: Refusal, fieldOf: (path: string) => string | undefined): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(refusal.fields)) {
    const field = fieldOf(path)
    if (field !== undefined) errors[field] ??= message
  }
  if (refusal.message) errors.form ??= refusal.message
  return errors
}

/** Seconds until `retryAt`, for a Retry-After header (at least 1). */
export function retryAfterSeconds(retryAt: string | undefined, now = Date.now()): number | undefined {
  if (!retryAt) return undefined
  const time = new Date(retryAt).getTime()
  return Number.isFinite(time) ? Math.max(1, Math.ceil((time - now) / 1000)) : undefined
}

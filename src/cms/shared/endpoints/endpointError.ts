/** A field and what is wrong with it, as Payload's ValidationError carries it (`data.errors`). */
export interface FieldError {
  path: string
  message: string
}

/** Payload's own error body: what its REST routes answer, and what the admin reads. */
export interface EndpointErrorBody {
  errors: { message: string; data?: { errors: FieldError[] } }[]
}

/**
 * The answer of a custom endpoint that refuses: the status with one Dutch message in Payload's
 * error shape `{ errors: [{ message }] }`. With `fields` (field name → message), the reasons per
 * field ride along as `errors[0].data.errors: [{ path, message }]`, as in Payload's own
 * validation errors, so a form can show each at its field.
 */
export function endpointError(status: number, message: string, fields?: Record<string, string>): Response {
  const fieldErrors = Object.entries(fields ?? {}).map(([path, text]) => ({ path, message: text }))
  const body: EndpointErrorBody = { errors: [fieldErrors.length > 0 ? { message, data: { errors: fieldErrors } } : { message }] }
  return Response.json(body, { status })
}

/** The first message of an error body (for the admin's fetches), or undefined when the body is not one. */
export function errorMessageOf(body: unknown): string | undefined {
  const message = (body as Partial<EndpointErrorBody> | undefined)?.errors?.[0]?.message
  return typeof message === 'string' ? message : undefined
}

/** The per-field messages of an error body (field name → message); empty when there are none. */
export function fieldErrorsOf(body: unknown): Record<string, string> {
  const fields = (body as Partial<EndpointErrorBody> | undefined)?.errors?.[0]?.data?.errors
  return Object.fromEntries((Array.isArray(fields) ? fields : []).map((field) => [field.path, field.message]))
}

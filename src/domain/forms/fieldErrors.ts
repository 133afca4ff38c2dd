/**
 * How every form of the site reports a failed check: one Dutch message per field (the first),
 * keyed by the field's name, or `form` for a message about the whole form.
 */
import type { z } from 'zod'

export type FormErrors = Record<string, string>

/** A check of the posted values: the data to save, or the messages to show. */
export type Checked<D> = { ok: true; data: D } | { ok: false; errors: FormErrors }

/** zod issues as one message per field (the first per field, in the schema's order). */
export function fieldErrors(error: z.ZodError): FormErrors {
  const errors: FormErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    errors[key] ??= issue.message
  }
  return errors
}

/** Checks `input` with a zod schema, as a form's check. */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) }
}

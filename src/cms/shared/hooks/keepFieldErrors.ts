import type { AfterErrorHook } from 'payload'

/**
 * Keeps the per-field reasons of a refusal in the API's answer, so the admin shows each at its
 * field. Payload adds `data` only when the error is `instanceof` its own APIError or
 * ValidationError; in the production build the admin's route handler and the collections'
 * hooks can hold different copies of those classes, and the reasons were dropped (the admin
 * then showed only a toast, or "Het volgende veld is ongeldig"). Only public refusals (4xx)
 * that carry `data.errors` are touched.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as Error & { data?: { errors?: unknown }; status?: number }
  if (!result?.errors?.length || !status || status >= 500 || !Array.isArray(data?.errors)) return
  const [first, ...rest] = result.errors
  if (first.data) return
  return { response: { ...result, errors: [{ ...first, name: error.name, data: data as Record<string, unknown> }, ...rest] } }
}

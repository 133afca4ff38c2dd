/**
 * The one anchor scheme of every form on the site: a field's control (or a group's first
 * option) has the id `veld-<name>`, its error `veld-<name>-fout`, its hint `veld-<name>-uitleg`.
 * The error summary links to `#veld-<name>`, so a field name is all a page needs to know.
 */

export const fieldId = (name: string): string => `veld-${name}`
export const errorId = (name: string): string => `veld-${name}-fout`
export const hintId = (name: string): string => `veld-${name}-uitleg`

/** The value of aria-describedby for a field with (maybe) an error and a hint: error first. */
export function describedBy(name: string, { error, hint }: { error?: string | null; hint?: string | null }): string | undefined {
  const ids = [error ? errorId(name) : undefined, hint ? hintId(name) : undefined].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** One error per field name (the page's `form` key: a message about the whole form). */
export type FormErrors = Partial<Record<string, string>>

export interface Option {
  value: string
  label: string
}

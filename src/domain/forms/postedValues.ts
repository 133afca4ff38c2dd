/**
 * Reading the values of a posted form (FormData) as typed: text as a string ('' when missing or
 * a file), a list of strings, a checkbox as a boolean. Forms post flat field names.
 */

export function formText(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

export function formList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string')
}

/** A checkbox of the site's forms posts `ja` when ticked. */
export function formChecked(form: FormData, name: string): boolean {
  return form.get(name) === 'ja'
}

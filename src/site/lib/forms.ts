/** Reading posted forms in Astro pages (forms work without JavaScript: POST to the same page). */

export function formText(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

export function formList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string')
}

export function formChecked(form: FormData, name: string): boolean {
  return form.get(name) === 'ja'
}

/** A bot filled in the hidden honeypot field. */
export function isBot(form: FormData): boolean {
  return formText(form, 'website').trim() !== ''
}

/** The POSTed form, or undefined when the body is not a form. */
export async function readForm(request: Request): Promise<FormData | undefined> {
  try {
    return await request.formData()
  } catch {
    return undefined
  }
}

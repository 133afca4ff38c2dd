/** Reading posted forms in Astro pages (forms work without JavaScript: POST to the same page). */
import { formText } from '../../domain/forms/postedValues'

export { formChecked, formList, formText } from '../../domain/forms/postedValues'

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

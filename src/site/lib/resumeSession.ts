/**
 * A form for logged-in professionals posted without a session (it expired while they typed, or
 * they logged out in another tab): nothing typed is lost. The page shows "log in again" with
 * everything that was posted kept in hidden fields of that login form (never in the URL, never
 * logged); posting it logs in and hands the original fields to the page as if the session had
 * never run out, so the page sends them in the same request.
 */
import type { AstroGlobal } from 'astro'
import { isBot, readForm } from './forms'
import { logIn } from './login'

/** The names of the login fields, apart from the form's own fields. */
export const RELOGIN_EMAIL = 'opnieuw-email'
export const RELOGIN_PASSWORD = 'opnieuw-wachtwoord'

export type ResumeState =
  | { state: 'none' }
  /** Logged in again: Astro.locals.professional is set, the page handles the post as usual. */
  | { state: 'resumed' }
  /** Show the login step with these fields kept. */
  | { state: 'login-needed'; fields: [string, string][]; errors: Record<string, string>; email: string }

export async function resumeSession(Astro: AstroGlobal): Promise<ResumeState> {
  if (Astro.request.method !== 'POST' || Astro.locals.professional) return { state: 'none' }
  // A copy: the page reads the original body itself once the session is back.
  const form = await readForm(Astro.request.clone())
  if (!form || isBot(form)) return { state: 'none' }

  const email = typeof form.get(RELOGIN_EMAIL) === 'string' ? String(form.get(RELOGIN_EMAIL)) : ''
  const password = typeof form.get(RELOGIN_PASSWORD) === 'string' ? String(form.get(RELOGIN_PASSWORD)) : ''
  const fields = [...form.entries()]
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .filter(([name]) => name !== RELOGIN_EMAIL && name !== RELOGIN_PASSWORD && name !== 'website')

  let errors: Record<string, string> = {}
  if (form.has(RELOGIN_EMAIL)) {
    const outcome = await logIn(Astro, { email, password })
    if (outcome.professional) {
      Astro.locals.professional = outcome.professional
      return { state: 'resumed' }
    }
    // The summary links to the login fields of this step.
    errors = Object.fromEntries(
      Object.entries(outcome.errors).map(([key, message]) => [key === 'email' ? RELOGIN_EMAIL : key === 'password' ? RELOGIN_PASSWORD : key, message]),
    )
    Astro.response.status = outcome.status ?? 400
  } else {
    Astro.response.status = 401
  }
  return { state: 'login-needed', fields, errors, email }
}

/**
 * Logging a professional in from a posted form: the login page and the "log in again" step of a
 * form whose session ran out use the same checks (the limits per address and per account, which
 * live in the collection and so hold for the API too, Payload's password check and account lock)
 * and the same Dutch messages.
 */
import type { AstroGlobal } from 'astro'
import { fieldErrors, loginSchema } from '../../domain/professionals/accountSchemas'
import type { Professional } from '../../payload-types'
import { payloadRequest, tooManyFromPayload } from './limits'
import { setSession } from './session'

export interface LoginOutcome {
  professional?: Professional
  errors: Record<string, string>
  /** 429 when a limit refused (Retry-After is set on the response), else 400 on failure. */
  status?: number
}

type LoginPage = Pick<AstroGlobal, 'request' | 'response' | 'clientAddress' | 'cookies' | 'locals'>

export async function logIn(astro: LoginPage, credentials: { email: string; password: string }): Promise<LoginOutcome> {
  const parsed = loginSchema.safeParse(credentials)
  if (!parsed.success) return { status: 400, errors: fieldErrors(parsed.error) }
  try {
    const result = await astro.locals.payload.login({ collection: 'professionals', data: parsed.data, req: payloadRequest(astro) })
    if (!result.token) return { status: 400, errors: { form: 'Inloggen is niet gelukt. Probeer het opnieuw.' } }
    setSession(astro.cookies, result.token, result.exp)
    return { professional: result.user, errors: {} }
  } catch (error) {
    const tooMany = tooManyFromPayload(astro, error)
    if (tooMany) return { status: 429, errors: { form: tooMany } }
    const name = (error as { name?: string }).name ?? ''
    if (name === 'UnverifiedEmail') {
      return { status: 400, errors: { form: 'Je hebt je e-mailadres nog niet bevestigd. Gebruik de link in de e-mail die we je stuurden.' } }
    }
    if (name === 'LockedAuth') {
      return {
        status: 400,
        errors: { form: 'Je account is tijdelijk vergrendeld na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw, of vraag een nieuw wachtwoord aan.' },
      }
    }
    return { status: 400, errors: { form: 'Het e-mailadres of het wachtwoord klopt niet.' } }
  }
}

/**
 * Logging a professional in from a posted form: the login page and the "log in again" step of a
 * form whose session ran out use the same checks (rate limit per address, Payload's password
 * check and account lock) and the same Dutch messages.
 */
import type { AstroCookies } from 'astro'
import type { Payload } from 'payload'
import { fieldErrors, loginSchema } from '../../domain/professionals/accountSchemas'
import type { Professional } from '../../payload-types'
import { clientKey, formRateLimits } from './rateLimit'
import { setSession } from './session'

export interface LoginOutcome {
  professional?: Professional
  errors: Record<string, string>
  /** 429 when the address is over its limit, else 400 on failure. */
  status?: number
}

export interface LoginContext {
  payload: Payload
  cookies: AstroCookies
  clientAddress: string | undefined
}

export async function logIn(context: LoginContext, credentials: { email: string; password: string }): Promise<LoginOutcome> {
  const key = clientKey('inloggen', context.clientAddress)
  if (!formRateLimits.login.attempt(key)) {
    const minutes = Math.ceil(formRateLimits.login.retryAfter(key) / 60)
    return { status: 429, errors: { form: `Te veel inlogpogingen vanaf dit adres. Probeer het over ${minutes} minuten opnieuw.` } }
  }
  const parsed = loginSchema.safeParse(credentials)
  if (!parsed.success) return { status: 400, errors: fieldErrors(parsed.error) }
  try {
    const result = await context.payload.login({ collection: 'professionals', data: parsed.data })
    if (!result.token) return { status: 400, errors: { form: 'Inloggen is niet gelukt. Probeer het opnieuw.' } }
    setSession(context.cookies, result.token, result.exp)
    return { professional: result.user as unknown as Professional, errors: {} }
  } catch (error) {
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

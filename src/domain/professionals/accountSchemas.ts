/**
 * The forms of professional accounts on the site: login, forgotten and new password. One zod
 * schema per form, with Dutch messages per field. Registration has none: its rules are the
 * Professionals collection's (personRules.ts), which the registration page presents.
 */
import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './personRules'

export { PASSWORD_MIN_LENGTH }

const email = z
  .string({ message: 'Vul je e-mailadres in.' })
  .trim()
  .toLowerCase()
  .min(1, { message: 'Vul je e-mailadres in.' })
  .max(254, { message: 'Dit e-mailadres is te lang.' })
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' }))

const password = z
  .string({ message: 'Kies een wachtwoord.' })
  .min(PASSWORD_MIN_LENGTH, { message: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.` })
  .max(PASSWORD_MAX_LENGTH, { message: `Dit wachtwoord is te lang (hoogstens ${PASSWORD_MAX_LENGTH} tekens).` })

export const loginSchema = z.object({
  email,
  password: z.string().min(1, { message: 'Vul je wachtwoord in.' }),
})

export const forgotPasswordSchema = z.object({ email })

export const resetPasswordSchema = z
  .object({ token: z.string().min(1, { message: 'De link is onvolledig. Vraag een nieuwe aan.' }), password, passwordAgain: z.string() })
  .refine((data) => data.password === data.passwordAgain, { path: ['passwordAgain'], message: 'De twee wachtwoorden zijn niet gelijk.' })

/** One Dutch message per field, shared by every form (src/domain/forms). */
export { fieldErrors } from '../forms/fieldErrors'

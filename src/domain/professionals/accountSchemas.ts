/**
 * The forms of professional accounts on the site: registration, login, forgotten and new
 * password. One zod schema per form, used by the server (and by islands if any) with Dutch
 * messages per field.
 */
import { z } from 'zod'
import { networks, professionalRegisters } from '../vocabulary'
import { registerNumberError } from './registerNumber'

export const PASSWORD_MIN_LENGTH = 10

const networkValues = networks.map((n) => n.value) as [string, ...string[]]
const registerValues = professionalRegisters.map((r) => r.value) as [string, ...string[]]

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
  .max(200, { message: 'Dit wachtwoord is te lang (hoogstens 200 tekens).' })

export const registrationSchema = z
  .object({
    name: z.string().trim().min(2, { message: 'Vul je naam in.' }).max(120, { message: 'Je naam is te lang.' }),
    email,
    organisationName: z.string().trim().min(2, { message: 'Vul de organisatie in waar je werkt.' }).max(160, { message: 'Deze naam is te lang.' }),
    jobTitle: z.string().trim().min(2, { message: 'Vul je functie in.' }).max(120, { message: 'Deze functie is te lang.' }),
    professionalRegister: z.enum(registerValues, { message: 'Kies je beroepsregister, of "Geen registratie".' }),
    registerNumber: z.string().trim().max(40, { message: 'Dit registratienummer is te lang.' }).optional().default(''),
    networks: z.array(z.enum(networkValues)).min(1, { message: 'Kies ten minste één netwerk.' }),
    password,
    passwordAgain: z.string(),
  })
  .superRefine((data, ctx) => {
    const numberError = registerNumberError(data.professionalRegister, data.registerNumber)
    if (numberError) ctx.addIssue({ code: 'custom', path: ['registerNumber'], message: numberError })
    if (data.password !== data.passwordAgain) {
      ctx.addIssue({ code: 'custom', path: ['passwordAgain'], message: 'De twee wachtwoorden zijn niet gelijk.' })
    }
  })
export type RegistrationInput = z.infer<typeof registrationSchema>

export const loginSchema = z.object({
  email,
  password: z.string().min(1, { message: 'Vul je wachtwoord in.' }),
})

export const forgotPasswordSchema = z.object({ email })

export const resetPasswordSchema = z
  .object({ token: z.string().min(1, { message: 'De link is onvolledig. Vraag een nieuwe aan.' }), password, passwordAgain: z.string() })
  .refine((data) => data.password === data.passwordAgain, { path: ['passwordAgain'], message: 'De twee wachtwoorden zijn niet gelijk.' })

/** zod issues as one Dutch message per field (the first per field), for the form and its summary. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    errors[key] ??= issue.message
  }
  return errors
}

/**
 * Creating a professional account from the site's registration form. The collection checks
 * every field and limits registrations per address (it sees the visitor's address through the
 * request headers); an address that already has an account is refused here with a message that
 * says what to do instead.
 */
import type { AstroGlobal } from 'astro'
import { FormRefusal } from '../../domain/forms/formAnswer'
import { EMAIL_MAX_LENGTH } from '../../domain/professionals/personRules'
import { registrationData, type RegistrationFormValues } from '../../domain/professionals/registrationForm'
import { payloadRequest } from './limits'

type RegistrationPage = Pick<AstroGlobal, 'request' | 'response' | 'clientAddress' | 'locals'>

export async function registerProfessional(astro: RegistrationPage, values: RegistrationFormValues): Promise<void> {
  const { payload } = astro.locals
  const data = registrationData(values)
  const existing =
    data.email && data.email.length <= EMAIL_MAX_LENGTH
      ? await payload.count({ collection: 'professionals', where: { email: { equals: data.email } }, overrideAccess: true })
      : { totalDocs: 0 }
  if (existing.totalDocs > 0) throw new FormRefusal({ email: 'Er bestaat al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan.' })
  await payload.create({
    collection: 'professionals',
    // The posted strings as they are (a register outside the list too): the collection checks them.
    data: data as never,
    overrideAccess: false,
    req: payloadRequest(astro),
  })
}

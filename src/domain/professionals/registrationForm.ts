/**
 * The registration form of a professional account (/account/registreren): the posted values,
 * the one check the page makes itself (the two passwords), and the account's data. Every other
 * rule (lengths, plain names, e-mail, password length) is the Professionals collection's.
 */
import type { Checked } from '../forms/fieldErrors'
import { formList, formText } from '../forms/postedValues'

export interface RegistrationFormValues {
  name: string
  email: string
  organisationName: string
  jobTitle: string
  professionalRegister: string
  registerNumber: string
  networks: string[]
  password: string
  passwordAgain: string
}

/** The fields in page order, for the error summary. */
export const registrationFields = ['name', 'email', 'organisationName', 'jobTitle', 'professionalRegister', 'registerNumber', 'networks', 'password', 'passwordAgain'] as const

export function readRegistrationForm(form: FormData): RegistrationFormValues {
  return {
    name: formText(form, 'name'),
    email: formText(form, 'email'),
    organisationName: formText(form, 'organisationName'),
    jobTitle: formText(form, 'jobTitle'),
    professionalRegister: formText(form, 'professionalRegister'),
    registerNumber: formText(form, 'registerNumber'),
    networks: formList(form, 'networks'),
    password: formText(form, 'password'),
    passwordAgain: formText(form, 'passwordAgain'),
  }
}

export function checkRegistrationForm(values: RegistrationFormValues): Checked<RegistrationFormValues> {
  if (values.password !== values.passwordAgain) return { ok: false, errors: { passwordAgain: 'De twee wachtwoorden zijn niet gelijk.' } }
  return { ok: true, data: values }
}

/** The account as the collection receives it: trimmed, the address in lower case, no number without a register. */
export function registrationData(values: RegistrationFormValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim().toLowerCase(),
    organisationName: values.organisationName.trim(),
    jobTitle: values.jobTitle.trim(),
    professionalRegister: values.professionalRegister || undefined,
    registerNumber: values.professionalRegister === 'geen' ? '' : values.registerNumber.trim(),
    networks: values.networks,
    password: values.password,
  }
}

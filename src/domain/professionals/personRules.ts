/**
 * Rules for what people type about themselves: names, organisations, job titles, e-mail
 * addresses and passwords, for professional accounts and event registrations. The collections
 * check them on every save (site, REST, GraphQL, admin); the site only shows the messages.
 *
 * The length is checked before anything else, so no check reads more than a few hundred
 * characters. Names and organisations are plain text: no markup and no web addresses (they
 * appear in e-mails and in the admin, and a link in a name is spam).
 */

export type RuleResult = string | undefined

export interface PlainTextRule {
  max: number
  min?: number
  /** A person's name: no "@" either (an e-mail address is not a name). */
  personName?: boolean
  messages: { required: string; tooLong: string; tooShort?: string }
}

export const PLAIN_TEXT_MESSAGE = 'Gebruik gewone tekst, zonder webadres en zonder de tekens < en >.'

// Control characters (other than tab) never belong in a one-line field.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/
const WEB_ADDRESS = /:\/\/|(?<![\p{L}\d])www\./iu

/** Whether a one-line text holds markup, a web address or control characters. */
export function hasMarkupOrLink(value: string): boolean {
  return value.includes('<') || value.includes('>') || CONTROL.test(value) || WEB_ADDRESS.test(value)
}

/** undefined when fine; `required` decides whether an empty value is an error. */
export function plainTextError(value: unknown, rule: PlainTextRule, { required = true }: { required?: boolean } = {}): RuleResult {
  if (value === null || value === undefined) return required ? rule.messages.required : undefined
  if (typeof value !== 'string') return rule.messages.required
  if (value.length > rule.max + 100) return rule.messages.tooLong
  const trimmed = value.trim()
  if (trimmed === '') return required ? rule.messages.required : undefined
  if (trimmed.length > rule.max) return rule.messages.tooLong
  if (rule.min !== undefined && trimmed.length < rule.min) return rule.messages.tooShort ?? rule.messages.required
  if (hasMarkupOrLink(trimmed)) return PLAIN_TEXT_MESSAGE
  if (rule.personName && trimmed.includes('@')) return 'Vul hier een naam in, geen e-mailadres.'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses: the length here; the format by Payload's own e-mail rule (the collections).

export const EMAIL_MAX_LENGTH = 254

export const EMAIL_MESSAGES = {
  je: { required: 'Vul je e-mailadres in.', invalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' },
  tooLong: 'Dit e-mailadres is te lang.',
} as const

/** Empty or too long; undefined means: now check the format. */
export function emailLengthError(value: unknown, messages: { required: string }): RuleResult {
  if (typeof value !== 'string' || value.trim() === '') return messages.required
  if (value.length > EMAIL_MAX_LENGTH) return EMAIL_MESSAGES.tooLong
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Passwords of professional accounts

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

export function passwordError(value: unknown): RuleResult {
  if (typeof value !== 'string' || value === '') return 'Kies een wachtwoord.'
  if (value.length > PASSWORD_MAX_LENGTH) return `Dit wachtwoord is te lang (hoogstens ${PASSWORD_MAX_LENGTH} tekens).`
  if (value.length < PASSWORD_MIN_LENGTH) return `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The fields of a professional account and of an event registration

export const professionalRules = {
  name: {
    max: 120,
    min: 2,
    personName: true,
    messages: { required: 'Vul je naam in.', tooLong: 'Je naam is te lang (hoogstens 120 tekens).' },
  },
  organisationName: {
    max: 160,
    min: 2,
    messages: { required: 'Vul de organisatie in waar je werkt.', tooLong: 'Deze naam is te lang (hoogstens 160 tekens).' },
  },
  jobTitle: {
    max: 120,
    min: 2,
    messages: { required: 'Vul je functie in.', tooLong: 'Deze functie is te lang (hoogstens 120 tekens).' },
  },
  registerNumber: {
    max: 40,
    messages: { required: 'Vul je registratienummer in.', tooLong: 'Dit registratienummer is te lang (hoogstens 40 tekens).' },
  },
} satisfies Record<string, PlainTextRule>

export const eventRegistrationRules = {
  name: {
    max: 120,
    personName: true,
    messages: { required: 'Vul je naam in.', tooLong: 'Je naam mag hoogstens 120 tekens lang zijn.' },
  },
  organisation: {
    max: 150,
    messages: { required: 'Vul je organisatie in.', tooLong: 'De naam van je organisatie mag hoogstens 150 tekens lang zijn.' },
  },
} satisfies Record<string, PlainTextRule>

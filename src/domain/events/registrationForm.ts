/**
 * The registration form of an event: name, e-mail address and organisation, each with its own
 * Dutch message. The rules are those of the eventRegistrations collection (personRules.ts),
 * which checks every registration; this parser gives the same answers without saving, for a
 * client-side check.
 */
import { z } from 'zod'
import { EMAIL_MESSAGES, emailLengthError, eventRegistrationRules, plainTextError } from '../professionals/personRules'

/** A field no person sees or fills in; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = 'website'

export interface EventRegistrationInput {
  name: string
  email: string
  organisation: string
}
export type EventRegistrationField = keyof EventRegistrationInput

export const eventRegistrationFields: readonly EventRegistrationField[] = ['name', 'email', 'organisation']

export type FormValues = Record<EventRegistrationField, string>

export type ParsedRegistration =
  | { ok: true; data: EventRegistrationInput }
  | { ok: false; errors: Partial<Record<EventRegistrationField, string>> }

const emailFormat = z.email()

/** The form's values as the collection stores them: trimmed, the address in lower case. */
export function registrationInput(values: Partial<Record<string, unknown>>): EventRegistrationInput {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  return { name: text(values.name), email: text(values.email).toLowerCase(), organisation: text(values.organisation) }
}

/** Validates raw form values; on failure one Dutch message per field, in form order. */
export function parseEventRegistration(values: Partial<Record<string, unknown>>): ParsedRegistration {
  const data = registrationInput(values)
  const errors: Partial<Record<EventRegistrationField, string>> = {}
  const name = plainTextError(data.name, eventRegistrationRules.name)
  if (name) errors.name = name
  const email = emailLengthError(data.email, EMAIL_MESSAGES.je) ?? (emailFormat.safeParse(data.email).success ? undefined : EMAIL_MESSAGES.je.invalid)
  if (email) errors.email = email
  const organisation = plainTextError(data.organisation, eventRegistrationRules.organisation)
  if (organisation) errors.organisation = organisation
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data }
}

/** What the CMS answers when someone registers (see src/cms/events/registerForEvent.ts). */
export type RegistrationOutcome =
  | { kind: 'registered'; status: 'aangemeld' | 'wachtlijst' }
  | { kind: 'already-registered'; status: 'aangemeld' | 'wachtlijst' }
  | { kind: 'not-open'; state: 'not-open-yet' | 'closed' | 'cancelled' | 'disabled' }
  | { kind: 'not-found' }

/** What the CMS answers when someone cancels with the link from their e-mail. */
export type CancellationOutcome =
  | { kind: 'cancelled'; eventTitle: string; eventSlug: string }
  | { kind: 'already-cancelled'; eventTitle: string; eventSlug: string }
  | { kind: 'not-found' }

export interface CancellationPreview {
  eventTitle: string
  eventSlug: string
  eventStartsAt: string
  name: string
  status: 'aangemeld' | 'wachtlijst' | 'geannuleerd'
}

/** One of a logged-in professional's registrations, as /account lists them. */
export interface AccountRegistration {
  eventTitle: string
  eventSlug: string
  eventStartsAt: string
  eventEndsAt?: string | null
  status: 'aangemeld' | 'wachtlijst' | 'geannuleerd'
  /** The secret of the cancel link, for a registration that can still be cancelled. */
  cancelToken?: string
}

/**
 * The registration service the CMS offers the site, on the eventRegistrations collection's
 * `custom.registrationService` (the site reaches the CMS only through the Payload instance).
 */
export interface EventRegistrationService<P = unknown> {
  register: (payload: P, eventId: string, input: EventRegistrationInput) => Promise<RegistrationOutcome>
  previewCancellation: (payload: P, token: string) => Promise<CancellationPreview | undefined>
  cancel: (payload: P, token: string) => Promise<CancellationOutcome>
  /** How many have a place and how many wait (numbers only: the people stay private). */
  countPlaces: (payload: P, eventId: string) => Promise<{ registered: number; waiting: number }>
  /**
   * The registrations made with `email`, for its owner only: the site passes the verified address
   * of the logged-in professional, never one typed into a form. Published events only.
   */
  registrationsOf: (payload: P, email: string) => Promise<AccountRegistration[]>
}

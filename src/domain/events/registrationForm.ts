/**
 * The registration form of an event: name, e-mail address and organisation, each with its own
 * Dutch message. Shared by the page (server-side check) and any client-side enhancement.
 */
import { z } from 'zod'

/** A field no person sees or fills in; bots that fill every field give themselves away. */
export const HONEYPOT_FIELD = 'website'

export const eventRegistrationSchema = z.object({
  name: z
    .string({ error: 'Vul uw naam in.' })
    .trim()
    .min(1, 'Vul uw naam in.')
    .max(120, 'Uw naam mag hoogstens 120 tekens lang zijn.'),
  email: z
    .string({ error: 'Vul uw e-mailadres in.' })
    .trim()
    .toLowerCase()
    .min(1, 'Vul uw e-mailadres in.')
    .max(254, 'Dit e-mailadres is te lang.')
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' })),
  organisation: z
    .string({ error: 'Vul uw organisatie in.' })
    .trim()
    .min(1, 'Vul uw organisatie in.')
    .max(150, 'De naam van uw organisatie mag hoogstens 150 tekens lang zijn.'),
})

export type EventRegistrationInput = z.infer<typeof eventRegistrationSchema>
export type EventRegistrationField = keyof EventRegistrationInput

export const eventRegistrationFields: readonly EventRegistrationField[] = ['name', 'email', 'organisation']

export type FormValues = Record<EventRegistrationField, string>

export type ParsedRegistration =
  | { ok: true; data: EventRegistrationInput }
  | { ok: false; errors: Partial<Record<EventRegistrationField, string>> }

/** Validates raw form values; on failure one Dutch message per field, in form order. */
export function parseEventRegistration(values: Partial<Record<string, unknown>>): ParsedRegistration {
  const result = eventRegistrationSchema.safeParse({
    name: values.name ?? '',
    email: values.email ?? '',
    organisation: values.organisation ?? '',
  })
  if (result.success) return { ok: true, data: result.data }
  const errors: Partial<Record<EventRegistrationField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as EventRegistrationField
    if (eventRegistrationFields.includes(field) && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
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
}

import { z } from 'zod'
import { networks, valuesOf, type Network } from '../vocabulary'

/**
 * Subscribing to the newsletter: the form's schema (shared by the page and its server code),
 * the consent text that is recorded with every sign-up, and the state changes of a subscriber
 * (sign-up, confirm, unsubscribe, preferences) as pure functions returning the data to save.
 */

/** The text the sign-up form shows next to the button; stored with the consent, word for word. */
export const CONSENT_TEXT =
  'Ik wil de nieuwsbrief van het Expertisenetwerk Jeugd (L)VB Amsterdam en LVB18+ per e-mail ontvangen. ' +
  'Mijn e-mailadres, naam en netwerkkeuze worden alleen hiervoor gebruikt. Afmelden kan altijd, met één klik onderaan elke nieuwsbrief.'

/** At most one confirmation mail per address per this many minutes. */
export const CONFIRMATION_MAIL_INTERVAL_MINUTES = 60

export const subscriptionForms = ['nieuwsbrief-pagina', 'homepagina'] as const
export type SubscriptionForm = (typeof subscriptionForms)[number]

const networkValues = valuesOf(networks)

const networksInput = z
  .preprocess((value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()))
  .pipe(
    z
      .array(z.enum(networkValues, { error: 'Kies een netwerk uit de lijst.' }))
      .min(1, { error: 'Kies minstens één netwerk.' }),
  )

export const subscriptionSchema = z.object({
  email: z
    .string({ error: 'Vul je e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang.' })
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' }))
    .transform((value) => value.toLowerCase()),
  name: z
    .string()
    .trim()
    .max(100, { error: 'Gebruik hoogstens 100 tekens voor je naam.' })
    .optional()
    .transform((value) => (value ? value : undefined)),
  networks: networksInput,
  /** Honeypot: people never see it; bots fill it in. */
  website: z.string().max(0, { error: 'Laat dit veld leeg.' }).optional(),
  form: z.enum(subscriptionForms).catch('nieuwsbrief-pagina'),
})
export type SubscriptionInput = z.infer<typeof subscriptionSchema>

export const preferencesSchema = z.object({
  name: subscriptionSchema.shape.name,
  networks: networksInput,
})

/** One Dutch message per field, shared by every form (src/domain/forms). */
export { fieldErrors } from '../forms/fieldErrors'

export type SubscriberStatus = 'onbevestigd' | 'actief' | 'afgemeld'

export interface SubscriberState {
  status: SubscriberStatus
  confirmationSentAt?: string | null
  history?: { action: string; at: string }[] | null
  consent?: { givenAt?: string | null; text?: string | null; form?: string | null; confirmedAt?: string | null; confirmedIp?: string | null } | null
}

function withHistory(state: Pick<SubscriberState, 'history'>, action: string, at: Date) {
  return [...(state.history ?? []).map(({ action: a, at: t }) => ({ action: a, at: t })), { action, at: at.toISOString() }]
}

/** Whether a confirmation mail may go out now (at most one per hour per address). */
export function mayMailConfirmation(confirmationSentAt: string | null | undefined, now = new Date()): boolean {
  if (!confirmationSentAt) return true
  const last = new Date(confirmationSentAt).getTime()
  if (Number.isNaN(last)) return true
  return now.getTime() - last >= CONFIRMATION_MAIL_INTERVAL_MINUTES * 60 * 1000
}

/**
 * The data to save for a sign-up. A new address, or one that is not active (unconfirmed or
 * unsubscribed), records the consent request and the chosen networks; an active subscriber's
 * settings are not changed by a form anyone can fill in (they get a link to their preferences).
 * `confirmationSentAt` is stamped only when a mail may go out: the CMS sends the mail when it changes.
 */
export function signUpChange(existing: SubscriberState | undefined, input: SubscriptionInput, now = new Date()) {
  if (!existing) return newSubscription(input, now)
  const mail = mayMailConfirmation(existing.confirmationSentAt, now)
  const stamp = mail ? { confirmationSentAt: now.toISOString() } : {}
  if (existing.status === 'actief') {
    return { mailed: mail, data: mail ? { ...stamp, history: withHistory(existing, 'Opnieuw aangemeld terwijl actief; link naar voorkeuren gestuurd', now) } : {} }
  }
  const action = existing.status === 'afgemeld' ? 'Opnieuw aangemeld na afmelding; wacht op bevestiging' : 'Aanmelding herhaald; wacht op bevestiging'
  return {
    mailed: mail,
    data: {
      ...(input.name ? { name: input.name } : {}),
      networks: input.networks as Network[],
      consent: { givenAt: now.toISOString(), text: CONSENT_TEXT, form: input.form, confirmedAt: null, confirmedIp: null },
      ...stamp,
      history: withHistory(existing, action, now),
    },
  }
}

/** A sign-up of an unknown address: the new subscriber, unconfirmed, with the consent request. */
export function newSubscription(input: SubscriptionInput, now = new Date()) {
  return {
    mailed: true,
    data: {
      email: input.email,
      name: input.name,
      networks: input.networks as Network[],
      status: 'onbevestigd' as const,
      consent: { givenAt: now.toISOString(), text: CONSENT_TEXT, form: input.form, confirmedAt: null, confirmedIp: null },
      confirmationSentAt: now.toISOString(),
      history: withHistory({}, 'Aangemeld via de website; wacht op bevestiging', now),
    },
  }
}

/** The data to save when the subscriber confirms through the link; undefined when already active. */
export function confirmChange(existing: SubscriberState, ip: string, now = new Date()) {
  if (existing.status === 'actief') return undefined
  return {
    status: 'actief' as const,
    unsubscribedAt: null,
    unsubscribedFrom: null,
    consent: {
      givenAt: existing.consent?.givenAt ?? null,
      text: existing.consent?.text ?? null,
      form: existing.consent?.form ?? null,
      confirmedAt: now.toISOString(),
      confirmedIp: ip.slice(0, 100),
    },
    history: withHistory(existing, existing.status === 'afgemeld' ? 'Aanmelding bevestigd (opnieuw aangemeld)' : 'Aanmelding bevestigd', now),
  }
}

/**
 * The data to save when a subscriber unsubscribes; undefined when already unsubscribed.
 * `edition`: the newsletter whose link was used (from the signed link), for the monitoring.
 */
export function unsubscribeChange(existing: SubscriberState, via: 'afmeldpagina' | 'one-click' | 'voorkeuren', now = new Date(), edition?: string) {
  if (existing.status === 'afgemeld') return undefined
  const how = { afmeldpagina: 'via de afmeldpagina', 'one-click': 'met één klik vanuit het e-mailprogramma', voorkeuren: 'via de voorkeurenpagina' }[via]
  return {
    status: 'afgemeld' as const,
    unsubscribedAt: now.toISOString(),
    unsubscribedFrom: edition ?? null,
    history: withHistory(existing, `Afgemeld ${how}`, now),
  }
}

export function preferencesChange(existing: SubscriberState, input: z.infer<typeof preferencesSchema>, now = new Date()) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    networks: input.networks as Network[],
    history: withHistory(existing, 'Voorkeuren gewijzigd', now),
  }
}

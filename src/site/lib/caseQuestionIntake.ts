/**
 * The case-question intake form (/vraag-stellen) as the site handles it: the values it starts
 * with, and how a post is saved. Every rule (length, privacy guard, crisis stop, consent by age,
 * probable names, the per-account limit) is the CaseQuestions collection's, whose Dutch messages
 * the form shows next to its fields.
 */
import { intakeErrorField, intakeFormData, readIntakeForm, type IntakeFormValues } from '../../domain/caseQuestions/intakeSchema'
import { networks } from '../../domain/vocabulary'
import type { CaseQuestion, Professional } from '../../payload-types'
import type { FormSpec } from './handleForm'

/** The network of the routekaart the professional came from (`?routekaart=`), when it is one. */
export function routeNetworkOf(url: URL): string | undefined {
  const network = url.searchParams.get('routekaart') ?? ''
  return networks.some((n) => n.value === network) ? network : undefined
}

/** The form as first shown: the network from the routekaart (or the professional's first), the route followed. */
export function intakeDefaults(url: URL, professional: Professional | undefined): IntakeFormValues {
  return {
    ...readIntakeForm(new FormData()),
    network: routeNetworkOf(url) ?? professional?.networks?.[0] ?? '',
    urgency: 'normaal',
    contactPreference: 'email',
    routeMapPath: (url.searchParams.get('pad') ?? '').slice(0, 500),
  }
}

/** Saving a post as the approved professional, with the professional's own rights. */
export function intakeForm(payload: App.Locals['payload'], professional: Professional): FormSpec<IntakeFormValues, CaseQuestion> {
  return {
    read: readIntakeForm,
    honeypot: { refuse: 'Je vraag kon niet worden verstuurd.' },
    save: (values) =>
      payload.create({
        collection: 'caseQuestions',
        // The posted strings as they are: the collection checks every value (the reason for the cast).
        data: intakeFormData(values) as never,
        user: { ...professional, collection: 'professionals' },
        overrideAccess: false,
        depth: 0,
      }),
    refusals: { field: intakeErrorField, keptNote: 'Je vraag staat nog in het formulier.' },
    failure: {
      log: 'Opslaan van een casusvraag mislukt',
      message: 'Je vraag kon niet worden opgeslagen. Probeer het over enkele minuten opnieuw; alles wat je invulde staat nog in het formulier.',
    },
  }
}

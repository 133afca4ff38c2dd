/**
 * The membership application form (/lid-worden): one zod schema for the site's server-side
 * validation (and any island), Dutch messages per field, and the mapping of the validated
 * values onto a `membershipApplications` document.
 *
 * The form posts flat field names (no JavaScript needed); `readMembershipForm` turns the posted
 * FormData into the flat object the schema checks, and `membershipFormFields` lists the fields
 * in page order with their labels, so the error summary follows the form.
 */
import { z } from 'zod'
import { checkWith, type Checked } from '../forms/fieldErrors'
import { normalizePostcode, normalizeUrl, validatePhone, validatePostcode, validateUrl } from '../validation'
import { networks, valuesOf, yesNoAnswers } from '../vocabulary'
import { KVK_ERROR, isValidKvkNumber, normaliseKvkNumber } from './kvk'

const SHORT = 200
const LONG = 4000

function requiredText(message: string, max = SHORT) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Gebruik hoogstens ${max} tekens.`)
}

function optionalText(max = SHORT) {
  return z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).default('')
}

function yesNo(message: string) {
  return z.enum(valuesOf(yesNoAnswers), { error: message })
}

/** Turns a `ValidationResult` style check into a zod refinement on an already trimmed string. */
function check(validate: (value: string) => true | string) {
  return (value: string, context: z.RefinementCtx) => {
    const result = validate(value)
    if (result !== true) context.addIssue({ code: 'custom', message: result })
  }
}

export const membershipApplicationFormSchema = z
  .object({
    organisationName: requiredText('Vul de naam van je organisatie in.'),
    kvkNumber: z
      .string({ error: KVK_ERROR })
      .transform((value) => normaliseKvkNumber(value.trim()))
      .refine((value) => isValidKvkNumber(value), KVK_ERROR),
    website: z
      .string()
      .trim()
      .default('')
      .transform((value) => (value === '' ? '' : normalizeUrl(value)))
      .superRefine(check(validateUrl)),
    street: requiredText('Vul de straat en het huisnummer in.'),
    postcode: z
      .string({ error: 'Vul de postcode in.' })
      .trim()
      .min(1, 'Vul de postcode in.')
      .superRefine(check(validatePostcode))
      .transform(normalizePostcode),
    city: requiredText('Vul de plaats in.'),
    contactName: requiredText('Vul de naam van de contactpersoon in.'),
    contactRole: requiredText('Vul de functie van de contactpersoon in.'),
    contactEmail: z
      .string({ error: 'Vul het e-mailadres van de contactpersoon in.' })
      .trim()
      .min(1, 'Vul het e-mailadres van de contactpersoon in.')
      .pipe(z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.'))
      .transform((value) => value.toLowerCase()),
    contactPhone: z
      .string({ error: 'Vul het telefoonnummer van de contactpersoon in.' })
      .trim()
      .min(1, 'Vul het telefoonnummer van de contactpersoon in.')
      .superRefine(check(validatePhone)),
    networks: z
      .array(z.enum(valuesOf(networks)), { error: 'Kies bij welk netwerk je wilt aansluiten.' })
      .min(1, 'Kies bij welk netwerk je wilt aansluiten.'),
    offerSummary: requiredText('Beschrijf in het kort het aanbod van je organisatie.', LONG),
    targetGroup: requiredText('Beschrijf de doelgroep van je organisatie.', LONG),
    motivation: requiredText('Schrijf waarom je organisatie lid wil worden.', LONG),
    yearsActiveAnswer: yesNo('Geef aan of je organisatie minstens 3 jaar actief is in de regio.'),
    yearsActiveExplanation: requiredText('Licht toe sinds wanneer en waar je organisatie in de regio werkt.', LONG),
    qualitySystemAnswer: yesNo('Geef aan of je organisatie een kwaliteitssysteem heeft.'),
    qualitySystemWhich: optionalText(),
    noHarmAnswer: yesNo('Geef aan of je organisatie de belangen van cliënten niet schaadt.'),
    noHarmExplanation: requiredText('Licht toe hoe je organisatie de belangen van cliënten bewaakt.', LONG),
    addedValueExplanation: requiredText('Beschrijf wat je organisatie toevoegt aan het aanbod in de regio.', LONG),
    consent: z.literal(true, { error: 'Geef toestemming om je gegevens voor deze aanvraag te bewaren.' }),
  })
  .superRefine((values, context) => {
    if (values.qualitySystemAnswer === 'ja' && values.qualitySystemWhich === '') {
      context.addIssue({ code: 'custom', path: ['qualitySystemWhich'], message: 'Noem het kwaliteitssysteem of keurmerk.' })
    }
  })

export type MembershipApplicationFormValues = z.output<typeof membershipApplicationFormSchema>
export type MembershipApplicationFormField = keyof MembershipApplicationFormValues

/** The form's fields in page order with the labels the page shows (for the error summary). */
export const membershipFormFields: readonly { name: MembershipApplicationFormField; label: string }[] = [
  { name: 'organisationName', label: 'Naam van de organisatie' },
  { name: 'kvkNumber', label: 'KvK-nummer' },
  { name: 'website', label: 'Website' },
  { name: 'street', label: 'Straat en huisnummer' },
  { name: 'postcode', label: 'Postcode' },
  { name: 'city', label: 'Plaats' },
  { name: 'contactName', label: 'Naam contactpersoon' },
  { name: 'contactRole', label: 'Functie contactpersoon' },
  { name: 'contactEmail', label: 'E-mailadres contactpersoon' },
  { name: 'contactPhone', label: 'Telefoonnummer contactpersoon' },
  { name: 'networks', label: 'Netwerk' },
  { name: 'offerSummary', label: 'Aanbod' },
  { name: 'targetGroup', label: 'Doelgroep' },
  { name: 'motivation', label: 'Motivatie' },
  { name: 'yearsActiveAnswer', label: 'Minstens 3 jaar actief in de regio' },
  { name: 'yearsActiveExplanation', label: 'Toelichting op 3 jaar actief' },
  { name: 'qualitySystemAnswer', label: 'Kwaliteitssysteem' },
  { name: 'qualitySystemWhich', label: 'Welk kwaliteitssysteem' },
  { name: 'noHarmAnswer', label: 'Belangen van cliënten' },
  { name: 'noHarmExplanation', label: 'Toelichting op belangen van cliënten' },
  { name: 'addedValueExplanation', label: 'Toegevoegde waarde' },
  { name: 'consent', label: 'Toestemming' },
]

/** What was typed, as strings, to put back in the form after an error. */
export type MembershipFormInput = Partial<Record<Exclude<MembershipApplicationFormField, 'networks' | 'consent'>, string>> & {
  networks?: string[]
  consent?: boolean
}

/** Reads the posted form into the flat input the schema checks (unknown fields are ignored). */
export function readMembershipForm(form: FormData): MembershipFormInput {
  const input: Record<string, unknown> = {}
  for (const { name } of membershipFormFields) {
    if (name === 'networks') input.networks = form.getAll('networks').map(String)
    else if (name === 'consent') input.consent = form.get('consent') === 'ja'
    else {
      const value = form.get(name)
      if (typeof value === 'string' && value !== '') input[name] = value
    }
  }
  return input as MembershipFormInput
}

export type MembershipFormResult =
  | { ok: true; values: MembershipApplicationFormValues }
  | { ok: false; errors: Partial<Record<MembershipApplicationFormField, string>> }

/** Checks the input as the form's check: the values to save, or the first Dutch message per field. */
export function checkMembershipForm(input: MembershipFormInput): Checked<MembershipApplicationFormValues> {
  return checkWith(membershipApplicationFormSchema, input)
}

/** Validates the input: the values, or the first Dutch message per field. */
export function validateMembershipForm(input: MembershipFormInput): MembershipFormResult {
  const checked = checkMembershipForm(input)
  return checked.ok ? { ok: true, values: checked.data } : checked
}

/** The validated form as a `membershipApplications` document (status and history come from the CMS). */
export function toMembershipApplicationData(values: MembershipApplicationFormValues, now: Date = new Date()) {
  return {
    organisationName: values.organisationName,
    kvkNumber: values.kvkNumber,
    website: values.website || undefined,
    address: { street: values.street, postcode: values.postcode, city: values.city },
    contactPerson: { name: values.contactName, role: values.contactRole, email: values.contactEmail, phone: values.contactPhone },
    networks: values.networks,
    offerSummary: values.offerSummary,
    targetGroup: values.targetGroup,
    motivation: values.motivation,
    criteria: {
      yearsActiveInRegion: { answer: values.yearsActiveAnswer, explanation: values.yearsActiveExplanation },
      qualitySystem: { answer: values.qualitySystemAnswer, which: values.qualitySystemWhich || undefined },
      doesNotHarmClients: { answer: values.noHarmAnswer, explanation: values.noHarmExplanation },
      addedValue: { explanation: values.addedValueExplanation },
    },
    consentGiven: true,
    consentAt: now.toISOString(),
  }
}

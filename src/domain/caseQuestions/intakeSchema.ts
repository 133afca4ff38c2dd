/**
 * The case-question intake form (/vraag-stellen): one zod schema with Dutch messages, the
 * urgency choices of the form (two of which stop the form and point to crisis help), and the
 * privacy and consent checks that run before anything is saved.
 */
import { z } from 'zod'
import { contactPreferences, genders, livingSituations, networks, targetGroupTraits } from '../vocabulary'
import { consentError } from './consent'
import { checkPrivacyOfFields, describeFindings, type PrivacyFinding } from './privacyGuard'

/** Urgency as the form asks it. 'acuut' and 'veiligheid' are never saved: they go to crisis help. */
export const intakeUrgencies = [
  { value: 'normaal', label: 'Normaal: een antwoord binnen enkele weken is goed' },
  { value: 'hoog', label: 'Hoog: binnen enkele dagen nodig' },
  { value: 'veiligheid', label: 'Er zijn zorgen over de veiligheid (huiselijk geweld, kindermishandeling)' },
  { value: 'acuut', label: 'Er is acuut gevaar' },
] as const
export const CRISIS_URGENCIES: readonly string[] = ['veiligheid', 'acuut']

/** The free-text fields the privacy guard checks, with their labels for messages. */
export const intakeTextFields = {
  question: 'Je vraag',
  triedSoFar: 'Wat is al geprobeerd?',
  involved: 'Wie zijn er betrokken?',
} as const
export type IntakeTextField = keyof typeof intakeTextFields

const values = <T extends readonly { value: string }[]>(list: T) => list.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]]

const optionalEnum = <T extends readonly { value: string }[]>(list: T, message: string) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values(list), { message }).optional())

export const intakeSchema = z
  .object({
    network: z.enum(values(networks), { message: 'Kies het netwerk waaraan je de vraag stelt.' }),
    question: z
      .string()
      .trim()
      .min(20, { message: 'Beschrijf je vraag in ten minste 20 tekens.' })
      .max(4000, { message: 'Je vraag is te lang (hoogstens 4000 tekens).' }),
    age: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : Number(v)),
      z
        .number({ message: 'Vul de leeftijd in hele jaren in.' })
        .int({ message: 'Vul de leeftijd in hele jaren in.' })
        .min(0, { message: 'De leeftijd kan niet negatief zijn.' })
        .max(99, { message: 'Vul een leeftijd tot 99 jaar in.' }),
    ),
    gender: optionalEnum(genders, 'Kies een van de mogelijkheden.'),
    livingSituation: optionalEnum(livingSituations, 'Kies een van de mogelijkheden.'),
    problems: z.array(z.enum(values(targetGroupTraits))).default([]),
    triedSoFar: z.string().trim().max(3000, { message: 'Deze tekst is te lang (hoogstens 3000 tekens).' }).default(''),
    involved: z.string().trim().max(2000, { message: 'Deze tekst is te lang (hoogstens 2000 tekens).' }).default(''),
    urgency: z.enum(values(intakeUrgencies), { message: 'Kies de urgentie.' }),
    parentsInformed: z.boolean().default(false),
    youngPersonInformed: z.boolean().default(false),
    contactPreference: z.enum(values(contactPreferences), { message: 'Kies hoe je benaderd wilt worden.' }),
    routeMapPath: z.string().trim().max(500).default(''),
    namesConfirmed: z.boolean().default(false),
  })
  .superRefine((data, ctx) => {
    if (CRISIS_URGENCIES.includes(data.urgency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency'],
        message: 'Bij acuut gevaar of zorgen over de veiligheid kan het netwerk niet helpen: bel de crisisdienst of Veilig Thuis (0800-2000).',
      })
    }
    const consent = consentError(data.age, data)
    if (consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: consent })
  })
export type IntakeInput = z.infer<typeof intakeSchema>

export interface IntakePrivacyResult {
  /** Per field: why it is refused. */
  errors: Partial<Record<IntakeTextField, string>>
  /** Per field: the probable names found (shown as a warning). */
  warnings: Partial<Record<IntakeTextField, PrivacyFinding[]>>
}

/** The privacy guard over the intake's free text. */
export function checkIntakePrivacy(data: Partial<Record<IntakeTextField, string | null | undefined>>): IntakePrivacyResult {
  const result = checkPrivacyOfFields<IntakeTextField>({ question: data.question, triedSoFar: data.triedSoFar, involved: data.involved })
  const errors: IntakePrivacyResult['errors'] = {}
  for (const [field, findings] of Object.entries(result.errors) as [IntakeTextField, PrivacyFinding[]][]) {
    errors[field] = describeFindings(findings)
  }
  return { errors, warnings: result.warnings }
}

/**
 * The case-question intake form (/vraag-stellen): its choices and labels, and how the posted
 * form becomes the data of a case question. The rules themselves (length, privacy guard,
 * crisis stop, consent, names, the limit) live in the collection (see caseRules.ts), so the
 * form, REST, GraphQL and the admin pass the same checks.
 */
import { formChecked, formList, formText } from '../forms/postedValues'
import { CRISIS_URGENCIES } from './caseRules'

export { CRISIS_URGENCIES }

/** Urgency as the form asks it. 'acuut' and 'veiligheid' are never saved: they go to crisis help. */
export const intakeUrgencies = [
  { value: 'normaal', label: 'Normaal: een antwoord binnen enkele weken is goed' },
  { value: 'hoog', label: 'Hoog: binnen enkele dagen nodig' },
  { value: 'veiligheid', label: 'Er zijn zorgen over de veiligheid (huiselijk geweld, kindermishandeling)' },
  { value: 'acuut', label: 'Er is acuut gevaar' },
] as const

/** The free-text fields of the form, with their labels. */
export const intakeTextFields = {
  question: 'Je vraag',
  triedSoFar: 'Wat is al geprobeerd?',
  involved: 'Wie zijn er betrokken?',
} as const
export type IntakeTextField = keyof typeof intakeTextFields

/** The form's fields in page order (`consent` is the group of the two consent boxes), for the error summary. */
export const intakeFields = ['network', 'question', 'age', 'gender', 'livingSituation', 'problems', 'triedSoFar', 'involved', 'urgency', 'consent', 'contactPreference', 'namesConfirmed'] as const

/** The form as posted: text as typed, checkboxes as booleans. */
export interface IntakeFormValues {
  network: string
  question: string
  age: string
  gender: string
  livingSituation: string
  problems: string[]
  triedSoFar: string
  involved: string
  urgency: string
  parentsInformed: boolean
  youngPersonInformed: boolean
  contactPreference: string
  routeMapPath: string
  namesConfirmed: boolean
}

/** The posted form as typed (an empty form gives every field empty). */
export function readIntakeForm(form: FormData): IntakeFormValues {
  return {
    network: formText(form, 'network'),
    question: formText(form, 'question'),
    age: formText(form, 'age'),
    gender: formText(form, 'gender'),
    livingSituation: formText(form, 'livingSituation'),
    problems: formList(form, 'problems'),
    triedSoFar: formText(form, 'triedSoFar'),
    involved: formText(form, 'involved'),
    urgency: formText(form, 'urgency'),
    parentsInformed: formChecked(form, 'parentsInformed'),
    youngPersonInformed: formChecked(form, 'youngPersonInformed'),
    contactPreference: formText(form, 'contactPreference'),
    routeMapPath: formText(form, 'routeMapPath'),
    namesConfirmed: formChecked(form, 'namesConfirmed'),
  }
}

const optional = (value: string) => (value.trim() === '' ? undefined : value)

/** An age as typed: empty is missing, anything else a number (NaN for "veertien", refused by the collection). */
function ageOf(value: string): number | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  return /^-?\d{1,3}$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** The case question's data from the form; nothing is checked here. */
export function intakeFormData(values: IntakeFormValues) {
  return {
    network: optional(values.network),
    question: values.question.trim(),
    context: {
      age: ageOf(values.age),
      gender: optional(values.gender),
      livingSituation: optional(values.livingSituation),
      problems: values.problems,
      triedSoFar: values.triedSoFar.trim(),
      involved: values.involved.trim(),
    },
    urgency: optional(values.urgency),
    consent: { parentsInformed: values.parentsInformed, youngPersonInformed: values.youngPersonInformed },
    contactPreference: optional(values.contactPreference),
    routeMapPath: optional(values.routeMapPath.trim()),
    namesConfirmed: values.namesConfirmed,
  }
}

/** Where the collection puts a message (its field path) → the field of the form that shows it. */
export function intakeErrorField(path: string): string {
  if (path.startsWith('consent')) return 'consent'
  if (path.startsWith('context.')) return path.slice('context.'.length).split('.')[0]
  if (['network', 'question', 'urgency', 'contactPreference', 'namesConfirmed'].includes(path)) return path
  return 'form'
}

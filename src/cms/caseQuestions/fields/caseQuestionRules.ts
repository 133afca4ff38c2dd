import type { CheckboxFieldValidation, NumberFieldSingleValidation, SelectFieldSingleValidation, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'
import {
  ageError,
  caseConsentError,
  caseTextError,
  crisisUrgencyError,
  namesConfirmationError,
  type CaseTextRule,
} from '../../../domain/caseQuestions/caseRules'
import { intakeTextFields } from '../../../domain/caseQuestions/intakeSchema'
import { isProfessionalUser } from '../../shared/access/roles'

/**
 * Field validation of case questions: the domain's rules (caseRules.ts) as Payload validators,
 * so every way in (site, REST, GraphQL, admin) is checked the same and the admin shows the
 * Dutch message on the field. Payload collects all field messages into one answer (400).
 *
 * On an update only a changed value is checked: a question stored before a rule existed can
 * still be routed and closed; whoever edits its text must make that text pass.
 */

interface Args {
  operation?: 'create' | 'update' | string
  previousValue?: unknown
}

const unchanged = (value: unknown, { operation, previousValue }: Args) => operation === 'update' && value === previousValue

/** A free text of the case: length, then the privacy guard. `required` only counts for a new question. */
export function caseText(rule: CaseTextRule, { required = false }: { required?: boolean } = {}): TextareaFieldValidation & TextFieldSingleValidation {
  return ((value: unknown, args: Args) => {
    if (unchanged(value, args)) return true
    const creating = args.operation === 'create'
    if (creating && required && (typeof value !== 'string' || value.trim() === '')) {
      return rule.tooShort ?? 'Dit veld is verplicht.'
    }
    // The minimum length is a rule of asking, not of the coordinator's corrections or the anonymiser.
    const applied = creating ? rule : { ...rule, min: undefined }
    return caseTextError(value, applied) ?? true
  }) as TextareaFieldValidation & TextFieldSingleValidation
}

/** Urgency: the crisis stop before anything else, then the options. */
export const urgencyValidation: SelectFieldSingleValidation = (value, args) => crisisUrgencyError(value) ?? select(value, args)

/** The age in whole years, required when a question is asked. */
export const ageValidation: NumberFieldSingleValidation = (value, args) => {
  if (unchanged(value, args)) return true
  return ageError(value, { required: args.operation === 'create' }) ?? true
}

interface CaseData {
  question?: unknown
  context?: { age?: unknown; triedSoFar?: unknown; involved?: unknown } | null
  consent?: { parentsInformed?: unknown; youngPersonInformed?: unknown } | null
}

/** Those who must know, by age, are informed: declared when the question is asked. */
export const consentValidation: CheckboxFieldValidation = (_value, { data, operation }) => {
  if (operation !== 'create') return true
  const question = data as CaseData
  return caseConsentError(question.context?.age, question.consent) ?? true
}

/** A professional asking a question confirms that the capitalised words found are no names. */
export const namesConfirmedValidation: CheckboxFieldValidation = (value, { data, operation, req }) => {
  if (operation !== 'create' || !isProfessionalUser(req.user)) return true
  const question = data as CaseData
  return (
    namesConfirmationError(
      [
        { label: intakeTextFields.question, value: question.question },
        { label: intakeTextFields.triedSoFar, value: question.context?.triedSoFar },
        { label: intakeTextFields.involved, value: question.context?.involved },
      ],
      value,
    ) ?? true
  )
}

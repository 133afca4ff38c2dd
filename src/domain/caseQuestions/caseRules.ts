/**
 * The rules a case question must meet before it is stored, whoever sends it (the site's form,
 * REST, GraphQL or the admin). Pure: the collection wraps these in field validation and hooks.
 *
 * The AVG rule behind the privacy rules: case data must not identify the young person. So
 * every free text of a case (the question, what was tried, who is involved, the advice, the
 * notes of coordinator and experts, the follow-up and closing) passes the privacy guard,
 * whoever writes it. Probable names are only a warning the asker confirms; they are checked
 * when a professional sends a new question, since staff write about organisations and roles.
 */
import { consentError } from './consent'
import { checkPrivacy, describeFindings, findProbableNames, type PrivacyOptions } from './privacyGuard'

export type RuleResult = string | undefined

/** The longest text each field of a case question accepts (checked before any pattern). */
export const CASE_TEXT_LIMITS = {
  question: 4000,
  triedSoFar: 3000,
  involved: 2000,
  routeMapPath: 500,
  notes: 10_000,
  statusNote: 2000,
  problemStatement: 4000,
  advice: 10_000,
  step: 500,
  reasoning: 4000,
  goals: 4000,
  preconditions: 4000,
  howPickedUp: 4000,
  closingNote: 4000,
} as const

export const QUESTION_MIN_LENGTH = 20

export interface CaseTextRule {
  max: number
  /** Message when longer than `max`; the default names the maximum. */
  tooLong?: string
  min?: number
  tooShort?: string
}

/** Length first, then the privacy guard: undefined when the text may be stored. */
export function caseTextError(value: unknown, rule: CaseTextRule, options: PrivacyOptions = {}): RuleResult {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value !== 'string') return 'Vul hier tekst in.'
  if (value.length > rule.max) return rule.tooLong ?? `Deze tekst is te lang (hoogstens ${rule.max} tekens).`
  if (rule.min !== undefined && value.trim().length < rule.min) return rule.tooShort ?? `Schrijf ten minste ${rule.min} tekens.`
  const { errors } = checkPrivacy(value, options)
  return errors.length > 0 ? describeFindings(errors) : undefined
}

/** The question itself: at least 20 and at most 4000 characters, and nothing identifying. */
export const questionRule: CaseTextRule = {
  max: CASE_TEXT_LIMITS.question,
  tooLong: `Je vraag is te lang (hoogstens ${CASE_TEXT_LIMITS.question} tekens).`,
  min: QUESTION_MIN_LENGTH,
  tooShort: `Beschrijf je vraag in ten minste ${QUESTION_MIN_LENGTH} tekens.`,
}

// ---------------------------------------------------------------------------------------------
// Crisis stop: acute danger and safety concerns are never stored as a case question.

export const CRISIS_URGENCIES: readonly string[] = ['veiligheid', 'acuut']

export const CRISIS_MESSAGE =
  'Bij acuut gevaar of zorgen over de veiligheid kan het netwerk niet helpen: bel 112, de crisisdienst of Veilig Thuis (0800-2000). Je vraag is niet opgeslagen.'

export function crisisUrgencyError(value: unknown): RuleResult {
  return typeof value === 'string' && CRISIS_URGENCIES.includes(value) ? CRISIS_MESSAGE : undefined
}

// ---------------------------------------------------------------------------------------------
// Age and consent (who must know that the question is asked, by age)

export function ageError(value: unknown, { required }: { required: boolean }): RuleResult {
  if (value === null || value === undefined || value === '') return required ? 'Vul de leeftijd in hele jaren in.' : undefined
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Vul de leeftijd in hele jaren in.'
  if (value < 0) return 'De leeftijd kan niet negatief zijn.'
  if (value > 99) return 'Vul een leeftijd tot 99 jaar in.'
  return undefined
}

export function caseConsentError(
  age: unknown,
  consent: { parentsInformed?: unknown; youngPersonInformed?: unknown } | null | undefined,
): RuleResult {
  return consentError(typeof age === 'number' ? age : undefined, {
    parentsInformed: consent?.parentsInformed === true,
    youngPersonInformed: consent?.youngPersonInformed === true,
  })
}

// ---------------------------------------------------------------------------------------------
// Probable names: a warning the asker confirms ("namesConfirmed")

export interface LabelledText {
  label: string
  value: unknown
}

/** undefined when no field holds a probable name or the asker confirmed; otherwise which names where. */
export function namesConfirmationError(fields: LabelledText[], confirmed: unknown): RuleResult {
  if (confirmed === true) return undefined
  const found: string[] = []
  for (const { label, value } of fields) {
    // Too long or not text: the field's own rule refuses it; names are not worth reading then.
    if (typeof value !== 'string' || value.length > CASE_TEXT_LIMITS.question) continue
    const names = [...new Set(findProbableNames(value).map((f) => f.match))].slice(0, 10)
    if (names.length > 0) found.push(`${names.join(', ')} (${label.toLowerCase()})`)
  }
  if (found.length === 0) return undefined
  return `Er staan mogelijk namen in je vraag: ${found.join('; ')}. Haal ze weg, of bevestig dat het geen namen van de jongere, ouders of andere betrokkenen zijn.`
}

// ---------------------------------------------------------------------------------------------
// The submission limit: per account, counting only questions that were accepted (stored)

export const CASE_QUESTION_LIMIT = { max: 10, windowMs: 60 * 60 * 1000 } as const

export interface LimitExceeded {
  retryAt: Date
  message: string
}

const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })

/**
 * `acceptedAt`: when this account's stored questions of the last window were created (any
 * order). Over the limit: when the oldest of them leaves the window, a new one is accepted.
 */
export function caseQuestionLimitExceeded(
  acceptedAt: readonly (string | Date)[],
  now: Date,
  limit: { max: number; windowMs: number } = CASE_QUESTION_LIMIT,
): LimitExceeded | undefined {
  const times = acceptedAt
    .map((at) => new Date(at).getTime())
    .filter((time) => Number.isFinite(time) && now.getTime() - time < limit.windowMs)
    .sort((a, b) => a - b)
  if (times.length < limit.max) return undefined
  // The oldest that must leave the window before there is room again.
  const retryAt = new Date(times[times.length - limit.max] + limit.windowMs)
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000))
  const hours = limit.windowMs / 3_600_000
  const period = hours === 1 ? 'het afgelopen uur' : `de afgelopen ${hours} uur`
  return {
    retryAt,
    message: `Je hebt in ${period} al ${times.length} vragen gesteld, het maximum. Vanaf ${clock.format(retryAt)} (over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}) kun je weer een vraag stellen.`,
  }
}

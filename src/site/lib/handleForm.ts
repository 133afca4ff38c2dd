/**
 * The one way a page of the site handles its posted form. Forms work without JavaScript: they
 * POST to their own page, which renders the outcome. Every form goes through the same steps:
 * read → bot check (honeypot, fill time) → the site's limit → check → save, and on a refusal at
 * any step the page answers 400 (422 or 429 with Retry-After where the form says so) with one
 * Dutch message per field and everything that was typed. A page only wires its fields, its
 * check and its save (the collection holds the rules), and renders `values` and `errors`.
 */
import { checkFormGuard, STARTED_AT_FIELD } from '../../domain/formGuard'
import type { Checked, FormErrors } from '../../domain/forms/fieldErrors'
import { answerOf, withKeptNote, type RefusalOptions } from '../../domain/forms/formAnswer'
import type { LimitName } from '../../domain/rateLimit/limits'
import { formText, readForm } from './forms'
import { limitForm } from './limits'

export { FormRefusal } from '../../domain/forms/formAnswer'
export { checkWith } from '../../domain/forms/fieldErrors'
export type { FormErrors }

/** What the helper needs of Astro's page context (AstroGlobal fits). */
export interface FormPage {
  request: Request
  response: { status?: number; headers: Headers }
  clientAddress: string
  locals: { payload: { logger: { error: (entry: { err: unknown; msg: string }) => void } } }
}

export const UNREADABLE_FORM = 'Het formulier kwam niet goed aan. Probeer het opnieuw.'
export const TOO_FAST = 'Het formulier is erg snel verstuurd. Controleer je gegevens en verstuur het opnieuw.'

export interface FormSpec<V, R, D = V> {
  /** The posted values as typed: kept and shown again on every refusal. */
  read: (form: FormData) => V
  /**
   * The hidden field only bots fill in (default `website`), and what a bot is told: `pretend`
   * answers as if it was saved, with that result (nothing is stored); `refuse` shows a message.
   */
  honeypot?: { field?: string } & ({ pretend: () => R } | { refuse: string })
  /** People take longer than this to fill in the form (the started-at field); a faster post is asked again. */
  minimumFillMs?: number
  /** The site's own limit for this form (429 with Retry-After), and the start of its message. */
  limit?: { name: LimitName; message: string }
  /** The form's own check before saving; without it the values are saved as read. */
  check?: (values: V) => Checked<D>
  /** Saves through Payload; a refusal it throws (the collection's, a limit, a FormRefusal) is shown on the form. */
  save: (data: D, values: V) => Promise<R>
  /** How the collection's refusals map onto this form. */
  refusals?: RefusalOptions
  /** An error that is no refusal: logged with `log`, shown as `message`. Without it the error propagates (500). */
  failure?: { log: string; message: string }
}

export type FormOutcome<V, R> = {
  values: V
  errors: FormErrors
  /** The started-at value to render in the form again (with `minimumFillMs`). */
  startedAt: string
} & ({ saved: true; result: R } | { saved: false })

/** Reads the posted form of the page and handles it; call it only for a POST. */
export async function handleForm<V, R, D = V>(page: FormPage, spec: FormSpec<V, R, D>): Promise<FormOutcome<V, R>> {
  return submitForm(page, await readForm(page.request), spec)
}

/** Handles a form the page has read already (to find, say, the subscriber its token names); undefined: unreadable. */
export async function submitForm<V, R, D = V>(page: FormPage, form: FormData | undefined, spec: FormSpec<V, R, D>): Promise<FormOutcome<V, R>> {
  const now = Date.now()
  const values = spec.read(form ?? new FormData())
  // The first moment the form was shown stays, so correcting errors counts towards the fill time.
  let startedAt = (form && formText(form, STARTED_AT_FIELD)) || String(now)
  const refused = (errors: FormErrors, status: number): FormOutcome<V, R> => {
    page.response.status = status
    return { saved: false, values, errors, startedAt }
  }
  if (!form) return refused({ form: UNREADABLE_FORM }, 400)

  const { honeypot } = spec
  if (honeypot && formText(form, honeypot.field ?? 'website').trim() !== '') {
    return 'pretend' in honeypot ? { saved: true, result: honeypot.pretend(), values, errors: {}, startedAt } : refused({ form: honeypot.refuse }, 400)
  }
  if (spec.limit) {
    const tooMany = limitForm(page, spec.limit.name, spec.limit.message)
    if (tooMany) return refused({ form: withKeptNote(tooMany, spec.refusals?.keptNote) }, 429)
  }
  // Without a check the values are the data (D defaults to V).
  const checked = spec.check ? spec.check(values) : ({ ok: true, data: values } as Checked<unknown> as Checked<D>)
  if (!checked.ok) return refused(checked.errors, 400)
  if (spec.minimumFillMs !== undefined) {
    const verdict = checkFormGuard({ honeypot: '', startedAt: form.get(STARTED_AT_FIELD) }, { minimumMs: spec.minimumFillMs, now })
    if (verdict === 'too-fast') {
      // Asked again, not refused (200): a person who was quick only sends it once more.
      startedAt = String(now - spec.minimumFillMs)
      return refused({ form: TOO_FAST }, 200)
    }
  }

  try {
    return { saved: true, result: await spec.save(checked.data, values), values, errors: {}, startedAt }
  } catch (error) {
    const answer = answerOf(error, spec.refusals, now)
    if (answer) {
      if (answer.retryAfter !== undefined) page.response.headers.set('Retry-After', String(answer.retryAfter))
      return refused(answer.errors, answer.status)
    }
    if (!spec.failure) throw error
    page.locals.payload.logger.error({ err: error, msg: spec.failure.log })
    return refused({ form: spec.failure.message }, 400)
  }
}

/** The token of a page opened from an e-mail link: from the posted form (its button), else from the link. */
export async function linkToken(page: { request: Request; url: URL }): Promise<string> {
  if (page.request.method !== 'POST') return page.url.searchParams.get('token') ?? ''
  const form = await readForm(page.request)
  return form ? formText(form, 'token') : ''
}

import { labelOf, newsletterStatuses, type NewsletterStatus } from '../vocabulary'

/**
 * The life of an edition: what a coordinator may do with its status, and when its content is
 * fixed. From the moment sending starts, the edition is what subscribers get and what the public
 * archive shows, so its content stays as it was sent; a correction is a new edition.
 */

/**
 * The moves a person may make (the sender itself moves to "Wordt verzonden" and "Verzonden").
 * Each status is allowed together with its partner, so the set offered in the admin is the same
 * whichever of the two the dropdown shows.
 */
const allowedByPeople: Record<NewsletterStatus, NewsletterStatus[]> = {
  concept: ['concept', 'gepland'],
  gepland: ['gepland', 'concept'],
  verzenden: ['verzenden', 'gepauzeerd'],
  gepauzeerd: ['gepauzeerd', 'verzenden'],
  verzonden: ['verzonden'],
}

/** The statuses a person can choose from, standing on `current`. */
export function statusesOfferedFrom(current: string | null | undefined): NewsletterStatus[] {
  return allowedByPeople[(current ?? 'concept') as NewsletterStatus] ?? ['concept']
}

export type StatusCheck = { ok: true } | { ok: false; message: string }

/** Whether a person may move an edition from `from` to `to`, and if not, why (in Dutch). */
export function checkStatusMove(from: string, to: string): StatusCheck {
  if (statusesOfferedFrom(from).includes(to as NewsletterStatus)) return { ok: true }
  const fromLabel = labelOf(newsletterStatuses, from)
  const toLabel = labelOf(newsletterStatuses, to)
  if (from === 'verzonden') {
    return { ok: false, message: `Deze nieuwsbrief is al verzonden; de status blijft "${fromLabel}". Maak voor een correctie een nieuwe editie ("Kopie maken als nieuwe editie").` }
  }
  if (to === 'verzenden' || to === 'verzonden') {
    const hint = from === 'concept' ? ' Kies "Ingepland" om te verzenden (nu, of op het moment bij "Verzenden op").' : ''
    return { ok: false, message: `De status "${toLabel}" zet het systeem zelf zodra het verzenden begint of klaar is.${hint}` }
  }
  return {
    ok: false,
    message: `Van "${fromLabel}" kan de status niet naar "${toLabel}". Mogelijk: ${statusesOfferedFrom(from)
      .filter((status) => status !== from)
      .map((status) => `"${labelOf(newsletterStatuses, status)}"`)
      .join(' of ')}.`,
  }
}

export interface EditionContent {
  intro?: string | null
  content?: unknown
  sections?: unknown[] | null
}

/** Whether the rich text holds anything a reader sees: text, or a node other than an empty paragraph. */
function richTextHasContent(value: unknown, depth = 0): boolean {
  if (!value || typeof value !== 'object' || depth > 50) return false
  const node = value as { type?: unknown; text?: unknown; children?: unknown; root?: unknown }
  if (node.root) return richTextHasContent(node.root, depth + 1)
  if (typeof node.text === 'string') return node.text.trim() !== ''
  if (typeof node.type === 'string' && !['root', 'paragraph', 'linebreak', 'text', 'heading', 'quote', 'list', 'listitem'].includes(node.type)) return true
  return Array.isArray(node.children) && node.children.some((child) => richTextHasContent(child, depth + 1))
}

/**
 * Why an edition cannot be planned yet, or undefined when it can: an edition with only a title
 * would go out empty to every subscriber.
 */
export function planningRefusal(edition: EditionContent): string | undefined {
  const hasContent = Boolean(edition.intro?.trim()) || richTextHasContent(edition.content) || (edition.sections?.length ?? 0) > 0
  return hasContent ? undefined : 'Deze nieuwsbrief heeft nog geen inhoud. Schrijf een inleiding of tekst, of voeg een blok uit de website toe, en plan hem dan in.'
}

/** Why a person may not take this status step with this edition (in Dutch), or undefined. */
export function statusStepRefusal(from: string, to: string, edition: EditionContent): string | undefined {
  const check = checkStatusMove(from, to)
  if (!check.ok) return check.message
  return to === 'gepland' && from !== 'gepland' ? planningRefusal(edition) : undefined
}

/** From "Wordt verzonden" on, the content of an edition is fixed. */
export function isLocked(status: string | null | undefined): boolean {
  return status === 'verzenden' || status === 'gepauzeerd' || status === 'verzonden'
}

/** Why a change to the content of a fixed edition is refused. */
export function lockedMessage(status: string | null | undefined): string {
  const reason =
    status === 'verzonden'
      ? 'Deze nieuwsbrief is verzonden en kan niet meer worden gewijzigd: het archief toont wat de abonnees kregen.'
      : 'Deze nieuwsbrief wordt verzonden en kan niet meer worden gewijzigd: alle abonnees krijgen dezelfde inhoud.'
  return `${reason} Maak voor een correctie een nieuwe editie ("Kopie maken als nieuwe editie").`
}

/** Why deleting an edition is refused, or undefined when it may go. */
export function deleteRefusal(status: string | null | undefined): string | undefined {
  if (!isLocked(status)) return undefined
  return status === 'verzonden'
    ? 'Een verzonden nieuwsbrief kan niet worden verwijderd: hij staat in het archief en de verzendingen horen erbij.'
    : 'Een nieuwsbrief die wordt verzonden kan niet worden verwijderd. Pauzeer het verzenden als het moet stoppen.'
}

/**
 * Whether two stored values of a field are the same content, whatever way they came back: key
 * order, absent versus empty (null, ''), and the IDs Payload gives array rows do not count.
 * The admin sends back every field of the form, also the read-only ones; only real changes count.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : new Date(time).toISOString()
  }
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, canonical(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value
}

/** A title and slug for a copy that do not end in Payload's "- Copy". */
export function copyTitle(title: string | null | undefined): string {
  const base = (title ?? '').replace(/ \(kopie( \d+)?\)$/, '').trim()
  return `${base || 'Nieuwsbrief'} (kopie)`
}

/** The slug candidates for a copy of `slug`, in the order to try: "-kopie", "-kopie-2", … */
export function copySlugCandidates(slug: string | null | undefined, count = 20): string[] {
  const base = (slug ?? '').replace(/-kopie(-\d+)?$/, '') || 'nieuwsbrief'
  return Array.from({ length: count }, (_, index) => (index === 0 ? `${base}-kopie` : `${base}-kopie-${index + 1}`))
}

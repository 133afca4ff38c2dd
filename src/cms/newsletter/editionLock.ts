import { APIError, type CollectionBeforeDeleteHook, type Field, type FieldAccess, type FieldHook } from 'payload'
import type { Newsletter } from '../../payload-types'
import { copySlugCandidates, copyTitle, deleteRefusal, isLocked, lockedMessage, sameContent } from '../../domain/newsletter/editionStatus'
import { nobodyField } from '../shared/access/nobodyField'
import { refuseForbiddenStatusMove } from './hooks/guardNewsletterStatus'
import { refuseStep } from '../shared/workflow/refuseStep'

/**
 * Sent editions are read-only (src/domain/newsletter/editionStatus.ts), enforced on the fields
 * that make up the content, for the admin, REST, GraphQL and the Local API alike:
 *
 * - `access.update` is false once sending started, so the admin shows these fields read-only
 *   (its document permissions are computed with the stored document);
 * - a `beforeValidate` hook, which runs before that access check would silently drop a change,
 *   refuses any real change with the Dutch reason on the field, also for trusted server code.
 *   What the admin sends back unchanged (it sends every field) passes.
 */

const editableContent: FieldAccess<Newsletter> = ({ doc }) => !isLocked(doc?.status)

// Any of the edition's content fields: the value's type differs per field.
const refuseChangeWhenLocked: FieldHook<Newsletter> = ({ value, data, siblingData, originalDoc, previousValue, field, operation, req, context }) => {
  if (operation !== 'update' || context?.newsletterSender || !('name' in field) || !field.name) return value
  const status = originalDoc?.status
  if (!isLocked(status) || siblingData?.[field.name] === undefined) return value
  // A save from a form opened before sending began asks for a status step too: its reason is
  // the more useful one ("al verzonden"), so it goes first.
  const to = data?.status
  if (typeof to === 'string' && to !== status) refuseForbiddenStatusMove(String(status), to, { ...originalDoc, ...data }, req, context)
  // Indexed by the field's name, which the type of `Newsletter` cannot know.
  if (sameContent(value, previousValue ?? (originalDoc as Record<string, unknown> | undefined)?.[field.name])) return value
  refuseStep(lockedMessage(status), field.name)
}

/** The field, fixed from the moment its edition starts sending. For top-level fields. */
export function lockedWhenSending<T extends Field>(field: T): T {
  const hooks = 'hooks' in field ? field.hooks : undefined
  return {
    ...field,
    access: { ...('access' in field ? field.access : {}), update: editableContent },
    hooks: { ...hooks, beforeValidate: [...(hooks?.beforeValidate ?? []), refuseChangeWhenLocked] },
  } as T
}

/** The sender's own state (progress, moments, rendering): shown, never written by a person. */
export const senderOnly = { create: nobodyField, update: nobodyField }

/** A sent or sending edition stays: it is the archive, and its deliveries point at it. */
export const refuseDeletingLockedEdition: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true }, req })
  const refusal = deleteRefusal(doc?.status)
  if (refusal) throw new APIError(refusal, 409, undefined, true)
}

/** "Kopie maken als nieuwe editie": a title that says it is a copy, in Dutch. */
export const titleOfCopy: FieldHook<Newsletter, Newsletter['title']> = ({ value }) => copyTitle(typeof value === 'string' ? value : '')

/** The first free slug of "-kopie", "-kopie-2", … (Payload's default would add "- copy"). */
export const slugOfCopy: FieldHook<Newsletter, Newsletter['slug']> = async ({ value, req }) => {
  const candidates = copySlugCandidates(typeof value === 'string' ? value : '')
  const { docs } = await req.payload.find({
    collection: 'newsletters',
    where: { slug: { in: candidates } },
    select: { slug: true },
    depth: 0,
    limit: candidates.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  return candidates.find((slug) => !taken.has(slug)) ?? `${candidates[0]}-${Date.now()}`
}

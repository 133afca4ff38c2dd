import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, PayloadRequest } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { changedFields, isRepeatView, VIEW_REPEAT_WINDOW_MS } from '../../../domain/caseQuestions/audit'

type Action = 'bekeken' | 'aangemaakt' | 'gewijzigd' | 'verwijderd'

interface Reader {
  id: string | number
  collection?: string
  name?: string | null
  email?: string | null
}

/**
 * The last logged view per person and question in this process: the admin reads an open
 * document again and again (form state, locks, refreshes), which is one viewing, not ten. The
 * database is asked too (another process, a restart), but this answers the common case at once
 * and closes the gap between two reads that arrive together.
 */
const lastViews = new Map<string, number>()

function rememberView(key: string, now: number) {
  if (lastViews.size > 10_000) {
    for (const [stored, at] of lastViews) if (now - at >= VIEW_REPEAT_WINDOW_MS) lastViews.delete(stored)
  }
  lastViews.set(key, now)
}

async function referenceOf(req: PayloadRequest, doc: { id: string | number; reference?: string | null }): Promise<string> {
  if (doc.reference) return doc.reference
  // A read that selected other fields, or a professional's partial view: look the reference up.
  const { docs } = await req.payload.find({
    collection: 'caseQuestions',
    where: { id: { equals: doc.id } },
    select: { reference: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]?.reference ?? ''
}

async function record(req: PayloadRequest, doc: { id: string | number; reference?: string | null }, action: Action, fields?: string[]) {
  const user: Reader | null | undefined = req.user
  const actor = user ? `${user.name ?? ''} <${user.email ?? ''}>`.trim() : 'systeem'
  await req.payload.create({
    collection: 'caseAuditLog',
    overrideAccess: true,
    req,
    data: {
      // A deleted question cannot be linked any more; its reference stays.
      ...(action === 'verwijderd' ? {} : { caseQuestion: String(doc.id) }),
      reference: action === 'verwijderd' ? (doc.reference ?? '') : await referenceOf(req, doc),
      action,
      actor,
      ...(user?.collection === 'users' ? { actorUser: String(user.id) } : {}),
      ...(user?.collection === 'professionals' ? { actorProfessional: String(user.id) } : {}),
      ...(fields ? { fields: fields.join(', ') } : {}),
    },
  })
}

/** Whether this person viewed this question a moment ago (then this read is the same viewing). */
async function viewedJustNow(req: PayloadRequest, reader: Reader, questionId: string, now: Date): Promise<boolean> {
  const key = `${reader.collection}:${reader.id}:${questionId}`
  const remembered = lastViews.get(key)
  rememberView(key, now.getTime())
  if (isRepeatView(remembered, now)) return true
  const since = new Date(now.getTime() - VIEW_REPEAT_WINDOW_MS).toISOString()
  const actorField = reader.collection === 'professionals' ? 'actorProfessional' : 'actorUser'
  const { totalDocs } = await req.payload.count({
    collection: 'caseAuditLog',
    where: {
      and: [
        { caseQuestion: { equals: questionId } },
        { action: { equals: 'bekeken' } },
        { [actorField]: { equals: String(reader.id) } },
        { createdAt: { greater_than: since } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Opening one question (admin, REST, GraphQL) by a logged-in account is recorded, once per
 * person and question within the repeat window (see domain/caseQuestions/audit).
 */
export const auditCaseQuestionView: CollectionAfterOperationHook<'caseQuestions'> = async ({ operation, req, result }) => {
  if (operation === 'findByID' && req.user && result && typeof result === 'object' && 'id' in result) {
    if (!(await viewedJustNow(req, req.user, String(result.id), new Date()))) await record(req, result, 'bekeken')
  }
  return result
}

/** Every create and change, with the names of the changed fields (never their values). */
export const auditCaseQuestionChange: CollectionAfterChangeHook<CaseQuestion> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') await record(req, doc, 'aangemaakt')
  else {
    const fields = changedFields(previousDoc, doc).filter((name) => !VIRTUAL_FIELDS.has(name))
    if (fields.length > 0) await record(req, doc, 'gewijzigd', fields)
  }
  return doc
}

/** Computed on read, never changed by anyone: not a change worth logging. */
const VIRTUAL_FIELDS = new Set(['asker', 'deadline'])

export const auditCaseQuestionDelete: CollectionAfterDeleteHook<CaseQuestion> = async ({ doc, req }) => {
  await record(req, doc, 'verwijderd')
}

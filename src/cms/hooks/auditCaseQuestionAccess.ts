import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, PayloadRequest } from 'payload'
import { changedFields } from '../../domain/caseQuestions/audit'

type Action = 'bekeken' | 'aangemaakt' | 'gewijzigd' | 'verwijderd'

async function record(req: PayloadRequest, doc: { id: string | number; reference?: string | null }, action: Action, fields?: string[]) {
  const user = req.user as { id: string | number; collection?: string; name?: string | null; email?: string | null } | null | undefined
  const actor = user ? `${user.name ?? ''} <${user.email ?? ''}>`.trim() : 'systeem'
  await req.payload.create({
    collection: 'caseAuditLog',
    overrideAccess: true,
    req,
    data: {
      // A deleted question cannot be linked any more; its reference stays.
      ...(action === 'verwijderd' ? {} : { caseQuestion: String(doc.id) }),
      reference: doc.reference ?? '',
      action,
      actor,
      ...(user?.collection === 'users' ? { actorUser: String(user.id) } : {}),
      ...(user?.collection === 'professionals' ? { actorProfessional: String(user.id) } : {}),
      ...(fields ? { fields: fields.join(', ') } : {}),
    },
  })
}

/** Opening one question (admin, REST, GraphQL) by a logged-in account is recorded. */
export const auditCaseQuestionView: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'findByID' && req.user && result && typeof result === 'object' && 'id' in result) {
    await record(req, result as { id: string; reference?: string }, 'bekeken')
  }
  return result
}

/** Every create and change, with the names of the changed fields (never their values). */
export const auditCaseQuestionChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') await record(req, doc, 'aangemaakt')
  else {
    const fields = changedFields(previousDoc, doc)
    if (fields.length > 0) await record(req, doc, 'gewijzigd', fields)
  }
  return doc
}

export const auditCaseQuestionDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await record(req, doc, 'verwijderd')
}

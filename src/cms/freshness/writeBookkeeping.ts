import type { Payload, PayloadRequest } from 'payload'
import type { ReviewedCollection } from './access/canConfirmReview'

/**
 * Confirming an item ("nog actueel") or recording a reminder must not touch its content, its
 * drafts or its version history. `payload.update` would save the latest version as a new
 * published version (publishing a pending draft, or dropping it); so these writes go through the
 * database adapter (adapter-agnostic, still no raw SQL): the document itself, and for the review
 * date also the latest version, so the admin's edit view shows the new date while a draft stays
 * a draft with its own content. No hooks run: nothing else changed.
 */
export async function setLastReviewedAt(payload: Payload, collection: ReviewedCollection, id: string, when: Date, req?: PayloadRequest): Promise<void> {
  const lastReviewedAt = when.toISOString()
  await payload.db.updateOne({ collection, id, data: { lastReviewedAt }, req })
  const latest = await payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const version = latest.docs[0]
  if (version) {
    await payload.db.updateVersion({
      collection,
      id: String(version.id),
      versionData: { ...version, version: { ...version.version, lastReviewedAt } },
      req,
    })
  }
}


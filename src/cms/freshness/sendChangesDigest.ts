import type { Payload, PayloadRequest } from 'payload'
import { changesDigestEmail, type DigestChange } from '../../domain/freshness/emails'
import { serverUrl } from '../../env'
import { idOf } from '../shared/access/roles'
import { queueEmail } from '../shared/email/queueEmail'
import { collectionLabels, reviewedCollections } from './contentFreshness'

const week = 7 * 24 * 60 * 60 * 1000

/**
 * The weekly digest: every version of an organisation page, offering or expert that a partner
 * editor saved in the past week (what, who, when), with a link to that version in the admin,
 * to each coordinator. No changes, no email.
 */
export async function sendChangesDigest(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<{ emails: number; changes: number }> {
  const since = new Date(now.getTime() - week)
  const editors = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'partnerEditor' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const editorNames = new Map(editors.docs.map((editor) => [String(editor.id), `${editor.name} (${editor.email})`]))
  if (editorNames.size === 0) return { emails: 0, changes: 0 }

  const organisationNames = new Map<string, string>()
  const organisationName = async (id: string) => {
    if (!organisationNames.has(id)) {
      const organisation = await payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true, disableErrors: true, req })
      organisationNames.set(id, organisation?.name ?? 'Onbekende organisatie')
    }
    return organisationNames.get(id)!
  }

  const changes: DigestChange[] = []
  for (const collection of reviewedCollections) {
    const versions = await payload.findVersions({
      collection,
      where: {
        and: [{ updatedAt: { greater_than: since.toISOString() } }, { 'version.lastEditedBy': { in: [...editorNames.keys()] } }],
      },
      sort: '-updatedAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const entry of versions.docs) {
      const { version } = entry
      const parent = idOf(entry.parent) ?? ''
      const organisationId = collection === 'organisations' ? parent : 'organisation' in version ? (idOf(version.organisation) ?? '') : ''
      changes.push({
        organisationName: await organisationName(organisationId),
        kind: `${collectionLabels[collection].singular}${version._status === 'draft' ? ' (concept)' : ''}`,
        title: String('title' in version ? version.title : version.name),
        editorName: editorNames.get(idOf(version.lastEditedBy) ?? '') ?? 'onbekend',
        changedAt: new Date(String(entry.updatedAt)),
        versionUrl: `${serverUrl}/admin/collections/${collection}/${parent}/versions/${entry.id}`,
      })
    }
  }
  if (changes.length === 0) return { emails: 0, changes: 0 }
  changes.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl') || b.changedAt.getTime() - a.changedAt.getTime())

  const coordinators = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'coordinator' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const email = changesDigestEmail(changes, since, now)
  for (const coordinator of coordinators.docs) {
    await queueEmail(payload, { to: coordinator.email, ...email, purpose: 'Weekoverzicht wijzigingen partners' }, req)
  }
  return { emails: coordinators.docs.length, changes: changes.length }
}

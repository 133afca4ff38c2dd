import type { Access, CollectionConfig, Payload, PayloadRequest, Where } from 'payload'
import { lockJobStatsGlobal } from '../jobs/lockJobStatsGlobal'
import { isAdmin } from './isAdmin'
import { nobody } from './nobody'
import type { PayloadLockedDocument } from '../../../payload-types'
import { idOf, isCoordinatorUser, isStaffUser } from './roles'

/**
 * Access for the collections Payload adds itself. It gives them its default access (any
 * logged-in account, a professional's site account included), which is too wide:
 * - `payload-locked-documents`: with it anyone could lock a coordinator's document and make
 *   every save answer 423. Only staff touch locks, only their own, only on documents they may
 *   edit; coordinators may take over or remove any lock (Payload's "take over" in the admin).
 *   The admin itself writes its locks through the database adapter, not through this access.
 * - `payload-preferences`: own preferences only (Payload's own rule), created by staff only.
 * - `payload-jobs`: job inputs are internal; admins may look, nobody changes them through the API.
 * - `payload-migrations`, `payload-kv`: server-only bookkeeping.
 * These collections only exist after Payload sanitised the config, hence this runs on init.
 */
export function restrictPayloadCollections(payload: Payload): void {
  lockJobStatsGlobal(payload)
  setAccess(payload, 'payload-locked-documents', {
    read: readLocks,
    create: writeOwnLock,
    update: writeOwnLock,
    delete: deleteLock,
    readVersions: nobody,
  })
  setAccess(payload, 'payload-preferences', { create: ({ req: { user } }) => isStaffUser(user) })
  setAccess(payload, 'payload-jobs', { read: isAdmin, create: nobody, update: nobody, delete: nobody, readVersions: nobody })
  setAccess(payload, 'payload-migrations', { read: isAdmin, create: nobody, update: nobody, delete: nobody, readVersions: nobody })
  setAccess(payload, 'payload-kv', { read: nobody, create: nobody, update: nobody, delete: nobody, readVersions: nobody })
}

function setAccess(payload: Payload, slug: string, access: Partial<NonNullable<CollectionConfig['access']>>): void {
  const collection = payload.collections[slug as keyof typeof payload.collections]?.config
  if (!collection) return
  Object.assign(collection.access, access)
}

/** What a lock says: whose it is, and the document or global it holds. */
type LockData = Partial<Pick<PayloadLockedDocument, 'user' | 'document' | 'globalSlug'>>

/** The locks held in the user's own name. */
function ownLocks(user: { id: string | number; collection: string }): Where {
  return { and: [{ 'user.relationTo': { equals: user.collection } }, { 'user.value': { equals: user.id } }] }
}

function isOwnUser(user: { id: string | number; collection: string }, value: LockData['user']): boolean {
  return Boolean(value) && value!.relationTo === user.collection && idOf(value!.value) === String(user.id)
}

/** Whether the user may change the document or global a lock is about: the only reason to hold one. */
async function mayEditLocked(req: PayloadRequest, lock: LockData): Promise<boolean> {
  if (lock.globalSlug) {
    const global = req.payload.config.globals.find((candidate) => candidate.slug === lock.globalSlug)
    return Boolean(global?.access?.update && (await global.access.update({ req })))
  }
  const slug = lock.document?.relationTo
  const id = idOf(lock.document?.value)
  const collection = slug ? req.payload.collections[slug]?.config : undefined
  if (!slug || !collection || !id) return false
  const result = await collection.access.update({ req, id })
  if (!result) return false
  if (result === true) return true
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [{ id: { equals: id } }, result as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The lockable collections and globals the user may change at all: the locks that can block them. */
async function editableTargets(req: PayloadRequest): Promise<{ collections: string[]; globals: string[] }> {
  const collections: string[] = []
  for (const collection of req.payload.config.collections) {
    if (collection.lockDocuments === false || collection.slug.startsWith('payload-')) continue
    if (await collection.access.update({ req })) collections.push(collection.slug)
  }
  const globals: string[] = []
  for (const global of req.payload.config.globals) {
    if (global.lockDocuments === false || global.slug.startsWith('payload-')) continue
    if (global.access?.update && (await global.access.update({ req }))) globals.push(global.slug)
  }
  return { collections, globals }
}

/** Staff see their own locks and the locks on what they may edit (the admin shows who is editing). */
const readLocks: Access = async ({ req }) => {
  const { user } = req
  if (isCoordinatorUser(user)) return true
  if (!isStaffUser(user)) return false
  const targets = await editableTargets(req)
  const visible: Where[] = [ownLocks(user)]
  // One condition per target: Payload cannot query a polymorphic `relationTo` with `in`.
  for (const slug of targets.collections) visible.push({ 'document.relationTo': { equals: slug } })
  if (targets.globals.length) visible.push({ globalSlug: { in: targets.globals } })
  return { or: visible }
}

/**
 * Create a lock, or take one over: always in one's own name, on a document one may edit. Taking
 * over another person's lock is for coordinators; others wait until it expires (5 minutes idle).
 */
const writeOwnLock: Access = async ({ req, id, data }) => {
  const { user } = req
  if (!isStaffUser(user)) return false
  const submitted = data as LockData | undefined
  if (submitted && 'user' in submitted && !isOwnUser(user, submitted.user)) return false
  if (id === undefined) {
    // Without a document: the admin asking whether locking is allowed at all, or a bulk update.
    if (!submitted) return true
    if (submitted.document || submitted.globalSlug) return mayEditLocked(req, submitted)
    return isCoordinatorUser(user) ? true : ownLocks(user)
  }
  const existing = await req.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!existing) return false
  if (!isOwnUser(user, existing.user) && !isCoordinatorUser(user)) return false
  return mayEditLocked(req, { ...existing, ...(submitted?.document || submitted?.globalSlug ? submitted : {}) })
}

/** Remove one's own lock (leaving a document); coordinators may remove any (force-unlock). */
const deleteLock: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  if (!isStaffUser(user)) return false
  return ownLocks(user)
}

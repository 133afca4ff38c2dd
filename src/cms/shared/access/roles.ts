import type { StaffRole } from '../../../domain/vocabulary'

/**
 * The logged-in user as Payload hands it to access functions: a staff account from `users`
 * (with roles) or a site account from `professionals` (never admin access).
 */
export interface PortalUser {
  id: string | number
  collection: string
  roles?: StaffRole[] | null
  organisation?: RelationValue
}

export type RelationValue = string | number | { id: string | number } | null | undefined

/** A relationship field holds an ID or, when populated, the document: give the ID either way. */
export function idOf(value: RelationValue): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return String(value.id)
  return String(value)
}

export function isStaffUser(user: unknown): user is PortalUser {
  return Boolean(user) && (user as PortalUser).collection === 'users'
}

export function isProfessionalUser(user: unknown): user is PortalUser {
  return Boolean(user) && (user as PortalUser).collection === 'professionals'
}

/** True when the user is a staff account holding at least one of the roles. */
export function hasRole(user: unknown, ...roles: StaffRole[]): boolean {
  if (!isStaffUser(user)) return false
  return (user.roles ?? []).some((role) => roles.includes(role))
}

/** Admins and coordinators run the network: they may do everything with content. */
export function isCoordinatorUser(user: unknown): boolean {
  return hasRole(user, 'admin', 'coordinator')
}

/**
 * The organisation a staff member (partner editor, platform member, expert) belongs to: the
 * content of which they see as its own people do (drafts, private profiles, versions). Undefined
 * for coordinators (who see everything anyway), professionals and visitors.
 */
export function staffOrganisationId(user: unknown): string | undefined {
  if (!isStaffUser(user) || isCoordinatorUser(user)) return undefined
  return idOf(user.organisation)
}

/** The organisation a partner editor works for, or undefined for everyone else. */
export function editorOrganisationId(user: unknown): string | undefined {
  if (!hasRole(user, 'partnerEditor')) return undefined
  return idOf((user as PortalUser).organisation)
}

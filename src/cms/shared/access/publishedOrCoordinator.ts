import type { Access } from 'payload'
import { isCoordinatorUser } from './roles'

/** Only what is published: what the public site shows. */
export const publishedOnly = { _status: { equals: 'published' } } as const

/**
 * Read access for the network's own content with drafts (pages, articles, events, route maps,
 * working groups): coordinators see drafts too; everyone else, other staff included, only what
 * is published. Who cannot edit an item has no business with its unfinished text.
 */
export const publishedOrCoordinator: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  return publishedOnly
}

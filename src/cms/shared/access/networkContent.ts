import type { CollectionConfig } from 'payload'
import { isCoordinator } from './isCoordinator'
import { publishedOrCoordinator } from './publishedOrCoordinator'

/**
 * Who may do what with the network's own content (pages, articles, events, route maps, working
 * groups): coordinators write it and see its drafts and history; everyone else reads only what
 * is published. One rule, so the five collections cannot drift apart.
 */
export const networkContentAccess = {
  read: publishedOrCoordinator,
  readVersions: isCoordinator,
  create: isCoordinator,
  update: isCoordinator,
  delete: isCoordinator,
} satisfies CollectionConfig['access']

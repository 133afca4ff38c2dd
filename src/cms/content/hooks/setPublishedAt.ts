import type { CollectionBeforeChangeHook } from 'payload'
import type { Article } from '../../../payload-types'

/**
 * An article needs a publication date once it is published (the site sorts and shows by it).
 * When the editor publishes without one, today is what they mean.
 */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const publishing = data._status === 'published'
  if (publishing && !data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}

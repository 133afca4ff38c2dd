import type { CollectionBeforeChangeHook } from 'payload'
import type { Media } from '../../../payload-types'
import { mediaKindOf } from '../../../domain/media'

/** The kind (afbeelding/document) follows the file, so editors can filter on it but never set it. */
export const setMediaKind: CollectionBeforeChangeHook<Media> = ({ data, originalDoc }) => {
  const mimeType = data.mimeType ?? originalDoc?.mimeType
  if (mimeType) data.kind = mediaKindOf(mimeType)
  return data
}

import type { CollectionBeforeChangeHook } from 'payload'
import { mediaKindOf } from '../../../domain/media'

/** The kind (afbeelding/document) follows the file, so editors can filter on it but never set it. */
export const setMediaKind: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const mimeType = data.mimeType ?? originalDoc?.mimeType
  if (mimeType) data.kind = mediaKindOf(mimeType)
  return data
}

import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { Media } from '../../../payload-types'
import { checkUploadSize } from '../../../domain/media'

/**
 * Images up to 5 MB, documents up to 20 MB. Runs after Payload has read the file (so the MIME
 * type is known) and before anything is written to disk. Checks the uploaded file itself when
 * there is one, otherwise the size Payload recorded (e.g. a file fetched from a URL).
 */
export const enforceUploadSizeLimit: CollectionBeforeValidateHook<Media> = ({ data, req }) => {
  const mimeType = req.file?.mimetype ?? data?.mimeType
  const bytes = req.file?.size ?? data?.filesize
  const result = checkUploadSize(mimeType, bytes)
  if (result !== true) {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: result }] })
  }
  return data
}

import { describe, expect, it } from 'vitest'
import { checkUploadSize, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, mediaKindOf } from '../../src/domain/media'

describe('media', () => {
  it('derives the kind from the MIME type', () => {
    expect(mediaKindOf('image/svg+xml')).toBe('afbeelding')
    expect(mediaKindOf('application/pdf')).toBe('document')
    expect(mediaKindOf(undefined)).toBe('document')
  })

  it('allows images up to 5 MB and documents up to 20 MB', () => {
    expect(checkUploadSize('image/png', MAX_IMAGE_BYTES)).toBe(true)
    expect(checkUploadSize('image/png', MAX_IMAGE_BYTES + 1)).toMatch(/Een afbeelding mag maximaal 5 MB/)
    expect(checkUploadSize('application/pdf', MAX_IMAGE_BYTES + 1)).toBe(true)
    expect(checkUploadSize('application/pdf', MAX_DOCUMENT_BYTES + 1)).toMatch(/Een document mag maximaal 20 MB/)
    expect(checkUploadSize('application/pdf', undefined)).toBe(true)
  })
})

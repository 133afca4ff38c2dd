/**
 * Which files the media library accepts and how large they may be. Pure, so the upload hook,
 * the admin description and a test agree on one list.
 */

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'image/gif'] as const

export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', // .docx
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', // .xlsx
  'application/vnd.openxmlformats-officedocument.presentationml.presentation', // .pptx
  'application/vnd.oasis.opendocument.text', // .odt
] as const

export const MEDIA_MIME_TYPES: string[] = [...IMAGE_MIME_TYPES, ...DOCUMENT_MIME_TYPES]

const MB = 1024 * 1024
export const MAX_IMAGE_BYTES = 5 * MB
export const MAX_DOCUMENT_BYTES = 20 * MB

export type MediaKind = 'afbeelding' | 'document'

export const mediaKinds = [
  { value: 'afbeelding', label: 'Afbeelding' },
  { value: 'document', label: 'Document' },
] as const satisfies readonly { value: MediaKind; label: string }[]

export function mediaKindOf(mimeType: string | null | undefined): MediaKind {
  return mimeType?.toLowerCase().startsWith('image/') ? 'afbeelding' : 'document'
}

export function maxBytesFor(mimeType: string | null | undefined): number {
  return mediaKindOf(mimeType) === 'afbeelding' ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES
}

/** `true` when the file may be stored, otherwise a Dutch message that names the limit. */
export function checkUploadSize(mimeType: string | null | undefined, bytes: number | null | undefined): true | string {
  if (typeof bytes !== 'number') return true
  const limit = maxBytesFor(mimeType)
  if (bytes <= limit) return true
  const what = mediaKindOf(mimeType) === 'afbeelding' ? 'Een afbeelding' : 'Een document'
  const size = (bytes / MB).toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  return `${what} mag maximaal ${limit / MB} MB zijn; dit bestand is ${size} MB. Verklein het bestand en probeer het opnieuw.`
}

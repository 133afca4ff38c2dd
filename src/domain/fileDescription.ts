/**
 * How the site describes a download: "PDF, 1,2 MB". WCAG asks that a link to a file says what
 * kind of file it is and how large, so visitors on a phone know what they are about to open.
 */

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'image/png': 'PNG-afbeelding',
  'image/jpeg': 'JPEG-afbeelding',
  'image/webp': 'WebP-afbeelding',
  'image/svg+xml': 'SVG-afbeelding',
  'image/gif': 'GIF-afbeelding',
}

/** "PDF", "Word", …; otherwise the file's extension in capitals, or "bestand". */
export function fileTypeLabel(mimeType: string | null | undefined, filename?: string | null): string {
  const known = mimeType ? TYPE_LABELS[mimeType.toLowerCase()] : undefined
  if (known) return known
  const extension = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1]
  return extension ? extension.toUpperCase() : 'bestand'
}

/** Bytes in Dutch: "850 bytes", "12 kB", "1,2 MB" (decimal comma, 1024-based units). */
export function formatFileSize(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} bytes`
  const kb = bytes / 1024
  if (kb < 1024) return `${Math.round(kb).toLocaleString('nl-NL')} kB`
  const mb = kb / 1024
  return `${mb.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
}

/** "PDF, 1,2 MB" (or only the type when the size is unknown). */
export function describeFile(file: { mimeType?: string | null; filename?: string | null; filesize?: number | null }): string {
  return [fileTypeLabel(file.mimeType, file.filename), formatFileSize(file.filesize)].filter(Boolean).join(', ')
}

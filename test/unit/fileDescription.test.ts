import { describe, expect, it } from 'vitest'
import { describeFile, fileTypeLabel, formatFileSize } from '../../src/domain/fileDescription'

describe('file descriptions for downloads', () => {
  it('names known types and falls back to the extension', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF')
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word')
    expect(fileTypeLabel('application/x-unknown', 'notulen.rtf')).toBe('RTF')
    expect(fileTypeLabel(undefined, undefined)).toBe('bestand')
  })

  it('formats sizes in Dutch', () => {
    expect(formatFileSize(850)).toBe('850 bytes')
    expect(formatFileSize(12 * 1024 + 100)).toBe('12 kB')
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB')
    expect(formatFileSize(null)).toBe('')
    expect(formatFileSize(-1)).toBe('')
  })

  it('combines type and size', () => {
    expect(describeFile({ mimeType: 'application/pdf', filesize: 2 * 1024 * 1024 })).toBe('PDF, 2 MB')
    expect(describeFile({ mimeType: 'application/pdf' })).toBe('PDF')
  })
})

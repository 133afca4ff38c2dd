import path from 'node:path'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, MEDIA_MIME_TYPES, mediaKindOf, mediaKinds } from '../../domain/media'
import { anyone } from '../shared/access/anyone'
import { isCoordinator } from '../shared/access/isCoordinator'
import { isStaff } from '../shared/access/isStaff'
import { nobodyField } from '../shared/access/nobodyField'
import { toOptions } from '../shared/fields/options'
import { enforceUploadSizeLimit } from './hooks/enforceUploadSizeLimit'
import { setMediaKind } from './hooks/setMediaKind'

const MB = 1024 * 1024

/** WCAG 1.1.1: every image on the site needs a text alternative; documents have their title. */
const altRequiredForImages: TextFieldSingleValidation = (value, args) => {
  const { mimeType } = args.data as { mimeType?: string }
  if (mediaKindOf(mimeType) === 'afbeelding' && !(typeof value === 'string' && value.trim() !== '')) {
    return 'Beschrijf wat er op de afbeelding staat; dat is nodig voor bezoekers die de afbeelding niet zien.'
  }
  return text(value, args)
}

/** Images and documents for the site: logos, photos, attachments to articles and working groups. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: {
    group: 'Website',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'kind', 'filesize', 'updatedAt'],
    listSearchableFields: ['filename', 'alt', 'caption'],
    description: `Afbeeldingen (PNG, JPEG, WebP, SVG, GIF; max. ${MAX_IMAGE_BYTES / MB} MB) en documenten (PDF, Word, Excel, PowerPoint, ODT; max. ${MAX_DOCUMENT_BYTES / MB} MB).`,
  },
  access: {
    read: anyone,
    // Partner editors upload their logo and experts' photos; removing files can break other pages.
    create: isStaff,
    update: isCoordinator,
    delete: isCoordinator,
  },
  upload: {
    // data/media under the working directory; follows DATA_DIR like the database and the backups.
    staticDir: path.resolve(process.env.DATA_DIR ?? 'data', 'media'),
    mimeTypes: MEDIA_MIME_TYPES,
  },
  hooks: {
    beforeValidate: [enforceUploadSizeLimit],
    beforeChange: [setMediaKind],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      validate: altRequiredForImages,
      admin: { description: 'Verplicht bij afbeeldingen: beschrijf kort wat erop staat. Bij een logo: de naam van de organisatie.' },
    },
    { name: 'caption', label: 'Bijschrift', type: 'textarea' },
    {
      name: 'kind',
      label: 'Soort',
      type: 'select',
      options: toOptions(mediaKinds),
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', description: 'Volgt automatisch uit het bestandstype.' },
    },
  ],
}

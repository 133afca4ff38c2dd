import type { CollectionConfig, DateFieldValidation } from 'payload'
import { date } from 'payload/shared'
import { articleKinds } from '../../domain/vocabulary'
import { networksField } from '../shared/fields/networks'
import { vocabularySelect } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { urlField } from '../shared/fields/validated'
import { richTextField } from '../shared/fields/richText'
import { setPublishedAt } from './hooks/setPublishedAt'
import { networkContentAccess } from '../shared/access/networkContent'

/** Published content needs its date; drafts may do without (the hook fills it on publishing). */
const requiredWhenPublished: DateFieldValidation = (value, args) => {
  const { _status } = args.data as { _status?: string }
  if (_status === 'published' && !value) return 'Vul een publicatiedatum in.'
  return date(value, args)
}

/** "Kennis": news, publications and tools shared by the network. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Kennisitem', plural: 'Kennis' },
  admin: {
    group: 'Kennis',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'networks', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary', 'author'],
    description: 'Nieuws, publicaties en tools.',
  },
  defaultSort: '-publishedAt',
  access: networkContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [setPublishedAt],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField('title'),
    vocabularySelect({ name: 'kind', label: 'Soort', list: articleKinds, required: true, sidebar: true, defaultValue: 'nieuws' }),
    networksField(),
    {
      name: 'publishedAt',
      label: 'Publicatiedatum',
      type: 'date',
      index: true,
      validate: requiredWhenPublished,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: 'Leeg laten: wordt bij publiceren de datum van vandaag.',
      },
    },
    { name: 'author', label: 'Auteur', type: 'text' },
    {
      name: 'summary',
      label: 'Samenvatting',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'Voor overzichten, zoekresultaten en de nieuwsbrief (max. 300 tekens).' },
    },
    richTextField({ name: 'content', label: 'Inhoud' }),
    {
      name: 'attachments',
      label: 'Bijlagen',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
    },
    urlField({
      name: 'externalUrl',
      label: 'Externe link',
      description: 'Voor een publicatie of tool die elders staat, bijvoorbeeld https://www.kennisplein.nl/….',
    }),
  ],
}

import type { CollectionConfig } from 'payload'
import { networkField } from '../shared/fields/networks'
import { slugField } from '../shared/fields/slug'
import { richTextField } from '../shared/fields/richText'
import { networkContentAccess } from '../shared/access/networkContent'

/** The site's own pages (about the network, joining, privacy statement, …). */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: 'Pagina’s' },
  admin: {
    group: 'Website',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'network', 'showInNavigation', '_status'],
    listSearchableFields: ['title', 'slug', 'intro'],
  },
  defaultSort: 'navigationOrder',
  access: networkContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    slugField('title'),
    networkField(),
    {
      name: 'intro',
      label: 'Inleiding',
      type: 'textarea',
      admin: { description: 'Korte inleiding bovenaan de pagina.' },
    },
    richTextField({ name: 'content', label: 'Inhoud' }),
    {
      name: 'showInNavigation',
      label: 'Tonen in het menu',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'navigationOrder',
      label: 'Volgorde in het menu',
      type: 'number',
      defaultValue: 100,
      admin: {
        position: 'sidebar',
        step: 10,
        description: 'Lager staat eerder.',
        condition: (data) => Boolean(data?.showInNavigation),
      },
    },
    {
      name: 'seo',
      label: 'Zoekmachines',
      type: 'group',
      fields: [
        {
          name: 'metaDescription',
          label: 'Metabeschrijving',
          type: 'textarea',
          maxLength: 160,
          admin: { description: 'Tekst onder de titel in zoekresultaten (max. 160 tekens). Leeg: de inleiding.' },
        },
      ],
    },
  ],
}

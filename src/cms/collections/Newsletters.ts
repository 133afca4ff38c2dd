import type { CollectionConfig } from 'payload'
import { newsletterStatuses } from '../../domain/vocabulary'
import { isCoordinator, isCoordinatorField } from '../access/isCoordinator'
import { sentNewslettersOrCoordinator } from '../access/sentNewslettersOrCoordinator'
import { networksField } from '../fields/networks'
import { toOptions } from '../fields/options'
import { slugField } from '../fields/slug'

/**
 * Newsletter editions. Sent editions form the public archive; everything else, and the send
 * progress, is for coordinators. Subscribers live in their own collection and never here.
 */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: 'Nieuwsbrief', plural: 'Nieuwsbrieven' },
  admin: {
    group: 'Nieuwsbrief',
    useAsTitle: 'title',
    defaultColumns: ['title', 'networks', 'status', 'scheduledAt', 'sentAt'],
  },
  access: {
    read: sentNewslettersOrCoordinator,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    slugField('title'),
    networksField(),
    { name: 'intro', type: 'textarea', label: 'Inleiding', admin: { description: 'Kort; ook de voorvertoning in het e-mailprogramma.' } },
    { name: 'content', type: 'richText', label: 'Inhoud' },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'concept',
      index: true,
      options: toOptions(newsletterStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      label: 'Verzenden op',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: 'Verzonden op',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'progress',
      type: 'group',
      label: 'Voortgang verzending',
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isCoordinatorField },
      fields: [
        { name: 'total', type: 'number', label: 'Totaal', defaultValue: 0, min: 0 },
        { name: 'sent', type: 'number', label: 'Verzonden', defaultValue: 0, min: 0 },
        { name: 'failed', type: 'number', label: 'Mislukt', defaultValue: 0, min: 0 },
      ],
    },
  ],
}

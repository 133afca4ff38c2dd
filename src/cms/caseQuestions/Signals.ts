import type { CollectionConfig } from 'payload'
import { networks, signalStatuses } from '../../domain/vocabulary'
import { isCoordinator } from '../shared/access/isCoordinator'
import { isCoordinatorOrPlatformMember } from '../shared/access/isCoordinatorOrPlatformMember'
import { toOptions } from '../shared/fields/options'

/**
 * Signals (signalen): gaps or bottlenecks in the regional offer that the coordinator raises
 * with the platform, usually seen in case questions. Never personal data of a young person.
 */
export const Signals: CollectionConfig = {
  slug: 'signals',
  labels: { singular: 'Signaal', plural: 'Signalen' },
  admin: {
    group: 'Casusvragen',
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', 'network', 'status', 'raisedAt'],
    description: 'Hiaten en knelpunten in het aanbod, gesignaleerd aan het platform.',
  },
  access: {
    read: isCoordinatorOrPlatformMember,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    {
      type: 'row',
      fields: [
        { name: 'theme', type: 'text', label: 'Thema', index: true, admin: { width: '50%' } },
        { name: 'network', type: 'select', label: 'Netwerk', required: true, options: toOptions(networks), admin: { width: '50%' } },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      label: 'Beschrijving',
      required: true,
      admin: { description: 'Beschrijf het knelpunt in algemene termen, zonder gegevens waaraan een cliënt te herkennen is.' },
    },
    {
      name: 'caseQuestions',
      type: 'relationship',
      relationTo: 'caseQuestions',
      hasMany: true,
      label: 'Casusvragen',
      admin: { description: 'De vragen waarin dit knelpunt zichtbaar werd (ook voor het tellen van “rode draden”).' },
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'open',
      index: true,
      options: toOptions(signalStatuses),
      admin: { position: 'sidebar' },
    },
    { name: 'raisedBy', type: 'relationship', relationTo: 'users', label: 'Gesignaleerd door', admin: { position: 'sidebar' } },
    {
      name: 'raisedAt',
      type: 'date',
      label: 'Gesignaleerd op',
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' } },
    },
    { name: 'platformResponse', type: 'textarea', label: 'Reactie van het platform' },
  ],
}

import type { CollectionConfig } from 'payload'
import { subscriberStatuses } from '../../domain/vocabulary'
import { isCoordinator } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { networksField } from '../shared/fields/networks'
import { toOptions } from '../shared/fields/options'
import { subscribersExport } from './endpoints/subscribersExport'
import { forgetSubscriberData } from './hooks/forgetSubscriberData'
import { lowercaseEmail } from '../shared/hooks/lowercaseEmail'
import { mailSubscriberConfirmation } from './hooks/mailSubscriberConfirmation'

/**
 * Newsletter subscribers. Personal data: only coordinators see it, and a subscriber is only
 * created by the site's subscription form (server code, double opt-in), never through the API.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: 'Abonnee', plural: 'Abonnees' },
  admin: {
    group: 'Nieuwsbrief',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'networks', 'status', 'createdAt'],
    listSearchableFields: ['email', 'name'],
    description:
      'Abonnees van de nieuwsbrief. Aanmelden gaat via de website, met bevestiging per e-mail. Zoeken op e-mailadres of naam. Exporteren als CSV: open /api/subscribers/export. Iemand verwijderen op verzoek: open de abonnee en kies Verwijderen (het adres verdwijnt helemaal, ook uit de verzendingen).',
  },
  endpoints: [subscribersExport],
  hooks: {
    afterChange: [mailSubscriberConfirmation],
    beforeDelete: [forgetSubscriberData],
  },
  access: {
    read: isCoordinator,
    create: nobody,
    update: isCoordinator,
    delete: isCoordinator,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: 'E-mailadres',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [lowercaseEmail] },
    },
    { name: 'name', type: 'text', label: 'Naam' },
    networksField(),
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'onbevestigd',
      index: true,
      options: toOptions(subscriberStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'consent',
      type: 'group',
      label: 'Toestemming',
      admin: { readOnly: true, description: 'Bewijs van de toestemming (AVG): wanneer, met welke tekst, via welk formulier.' },
      fields: [
        { name: 'givenAt', type: 'date', label: 'Gegeven op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'text', type: 'textarea', label: 'Tekst waarmee toestemming werd gevraagd' },
        { name: 'form', type: 'text', label: 'Formulier' },
        { name: 'confirmedAt', type: 'date', label: 'Bevestigd op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'confirmedIp', type: 'text', label: 'IP-adres bij bevestiging' },
      ],
    },
    {
      name: 'confirmationSentAt',
      type: 'date',
      label: 'Bevestigingsmail verzonden op',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: 'Afgemeld op',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Written by the unsubscribe link of a newsletter (signed), for the newsletter monitoring.
      name: 'unsubscribedFrom',
      type: 'relationship',
      relationTo: 'newsletters',
      label: 'Afgemeld via nieuwsbrief',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'De nieuwsbrief met de afmeldlink die werd gebruikt (leeg: via voorkeuren of beheer).' },
    },
    {
      name: 'history',
      type: 'array',
      label: 'Geschiedenis',
      labels: { singular: 'Gebeurtenis', plural: 'Gebeurtenissen' },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'action', type: 'text', label: 'Actie', required: true },
        { name: 'at', type: 'date', label: 'Moment', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}

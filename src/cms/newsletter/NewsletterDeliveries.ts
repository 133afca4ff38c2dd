import type { CollectionConfig } from 'payload'
import { newsletterDeliveryStatuses } from '../../domain/vocabulary'
import { isAdmin } from '../shared/access/isAdmin'
import { isCoordinator } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { toOptions } from '../shared/fields/options'

/**
 * One recipient's copy of a newsletter edition: the campaign's checkpoint. A row is written
 * when the campaign reaches the recipient, right after the mail server answered ('verzonden', or
 * a failure with its SMTP error), so a crash or restart resumes exactly where it stopped (see
 * src/cms/newsletter/campaign.ts). Written by the sending jobs only, through the database
 * adapter; coordinators read it to see failures with their SMTP error.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletterDeliveries',
  labels: { singular: 'Verzending', plural: 'Verzendingen nieuwsbrief' },
  admin: {
    group: 'Nieuwsbrief',
    useAsTitle: 'email',
    defaultColumns: ['email', 'newsletter', 'status', 'attempts', 'lastError', 'sentAt'],
    listSearchableFields: ['email'],
    description:
      'Per abonnee de verzending van een nieuwsbrief. Mislukte verzendingen tonen de foutmelding van de mailserver; opnieuw proberen doe je bij de nieuwsbrief ("Mislukte opnieuw proberen").',
  },
  access: {
    read: isCoordinator,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', label: 'Nieuwsbrief', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', label: 'Abonnee', index: true },
    { name: 'email', type: 'email', label: 'E-mailadres', required: true },
    /** newsletter:subscriber, unique: a subscriber can never get two delivery rows for one edition. */
    { name: 'key', type: 'text', label: 'Sleutel', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'wachtrij',
      index: true,
      options: toOptions(newsletterDeliveryStatuses),
    },
    { name: 'attempts', type: 'number', label: 'Pogingen', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', label: 'Volgende poging', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', type: 'textarea', label: 'Laatste foutmelding' },
    { name: 'messageId', type: 'text', label: 'Message-ID' },
    { name: 'sentAt', type: 'date', label: 'Verzonden op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

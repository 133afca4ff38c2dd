import type { CollectionConfig } from 'payload'
import { EMAIL_MESSAGES, eventRegistrationRules } from '../../domain/professionals/personRules'
import { eventRegistrationStatuses } from '../../domain/vocabulary'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { nobodyField } from '../shared/access/nobodyField'
import { vocabularySelect } from '../shared/fields/options'
import { emailAddress, plainText } from '../shared/fields/personFields'
import { registrationService } from './registrationService'
import { fillPlaceFreedByChange, fillPlaceFreedByDelete } from './hooks/fillFreedPlaces'
import { generateCancelToken } from './hooks/generateCancelToken'
import { lowercaseEmail } from '../shared/hooks/lowercaseEmail'
import { stampRegistrationDates } from './hooks/stampRegistrationDates'

/**
 * Registrations for events: personal data, so only coordinators see them. Visitors register
 * through the site's own endpoint (validated, rate-limited), which creates them server-side with
 * `overrideAccess`; the REST/GraphQL API cannot create them.
 */
export const EventRegistrations: CollectionConfig = {
  slug: 'eventRegistrations',
  labels: { singular: 'Aanmelding', plural: 'Aanmeldingen' },
  admin: {
    group: 'Agenda',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'organisation', 'event', 'status', 'attended', 'registeredAt'],
    listSearchableFields: ['name', 'email', 'organisation'],
    description:
      'Aanmeldingen voor bijeenkomsten. Aanmelden gaat via de website. Filter op bijeenkomst en status, of open een bijeenkomst om haar deelnemers en wachtlijst te zien. Zet u iemand met een plek op "Geannuleerd", dan schuift de eerste van de wachtlijst door (met e-mail).',
  },
  // The site's registration and cancel functions (the only way to create a registration).
  custom: { registrationService },
  defaultSort: '-registeredAt',
  access: {
    read: isCoordinator,
    readVersions: isCoordinator,
    create: nobody,
    update: isCoordinator,
    delete: isCoordinator,
  },
  hooks: {
    beforeChange: [generateCancelToken, stampRegistrationDates],
    afterChange: [fillPlaceFreedByChange],
    afterDelete: [fillPlaceFreedByDelete],
  },
  fields: [
    {
      name: 'event',
      label: 'Bijeenkomst',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    vocabularySelect({
      name: 'status',
      label: 'Status',
      list: eventRegistrationStatuses,
      required: true,
      sidebar: true,
      defaultValue: 'aangemeld',
    }),
    // The rules of the registration form, checked here for every way in (see personRules.ts).
    { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: eventRegistrationRules.name.max, validate: plainText(eventRegistrationRules.name) },
    {
      name: 'email',
      label: 'E-mailadres',
      type: 'email',
      required: true,
      index: true,
      validate: emailAddress(EMAIL_MESSAGES.je),
      hooks: { beforeValidate: [lowercaseEmail] },
    },
    {
      name: 'organisation',
      label: 'Organisatie',
      type: 'text',
      maxLength: eventRegistrationRules.organisation.max,
      validate: plainText(eventRegistrationRules.organisation),
    },
    {
      name: 'registeredAt',
      label: 'Aangemeld op',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'cancelledAt',
      label: 'Geannuleerd op',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Ticked by the coordinator after the event (Monitoring › Bijeenkomsten › Presentielijst).
      name: 'attended',
      label: 'Aanwezig',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Was deze deelnemer bij de bijeenkomst? Snel voor iedereen tegelijk: Monitoring › Bijeenkomsten › Presentielijst.' },
    },
    {
      name: 'reminderSentAt',
      label: 'Herinnering verstuurd op',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: 'Wordt ingevuld door de verzendtaak.' },
    },
    {
      name: 'cancelToken',
      label: 'Annuleringscode',
      type: 'text',
      index: true,
      // The secret of the cancel link: made by a hook, never set or changed through the API.
      access: { read: isCoordinatorField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, hidden: true },
    },
  ],
}

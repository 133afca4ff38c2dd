import type { CollectionConfig, DateFieldValidation, TextFieldSingleValidation } from 'payload'
import { date, text } from 'payload/shared'
import { normalizeUrl, validateDateOrder, validateUrl } from '../../domain/validation'
import { eventAudiences, eventKinds } from '../../domain/vocabulary'
import { isCoordinatorField } from '../shared/access/isCoordinator'
import { nobodyField } from '../shared/access/nobodyField'
import { networksField } from '../shared/fields/networks'
import { vocabularySelect } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { richTextField } from '../shared/fields/richText'
import { assignIcalIdentity } from './hooks/assignIcalIdentity'
import { fillPlacesAfterCapacityRaise } from './hooks/fillFreedPlaces'
import { notifyRegistrantsOfChange } from './hooks/notifyRegistrantsOfChange'
import { raiseIcalSequence } from './hooks/raiseIcalSequence'
import { networkContentAccess } from '../shared/access/networkContent'

interface EventDates {
  startsAt?: string | null
  registrationOpensAt?: string | null
  location?: { name?: string | null; address?: string | null } | null
}

/** A date rule against another field of the event, plus Payload's own date checks. */
function dateAfter(
  otherField: keyof EventDates,
  message: string,
  { later }: { later: boolean },
): DateFieldValidation {
  return (value, args) => {
    const other = (args.data as EventDates)[otherField] as string | null | undefined
    const result = later
      ? validateDateOrder(other, value, { allowEqual: false, message })
      : validateDateOrder(value, other, { allowEqual: false, message })
    return result === true ? date(value, args) : result
  }
}

const endsAfterStart = dateAfter('startsAt', 'Het einde moet na het begin liggen.', { later: true })
const closesBeforeStart = dateAfter('startsAt', 'Aanmelden moet sluiten vóór het begin van de bijeenkomst.', { later: false })
const closesAfterOpening = dateAfter('registrationOpensAt', 'Aanmelden moet sluiten na het openen.', { later: true })

/** An event takes place somewhere: a physical location, an online link, or both. */
const onlineUrlOrLocation: TextFieldSingleValidation = (value, args) => {
  const urlResult = validateUrl(value)
  if (urlResult !== true) return urlResult
  const { location } = args.data as EventDates
  const hasPlace = Boolean(location?.name?.trim() || location?.address?.trim())
  if (!hasPlace && !(typeof value === 'string' && value.trim() !== '')) {
    return 'Vul een locatie of een online link in (of allebei).'
  }
  return text(value, args)
}

/**
 * Network meetings, platform meetings, expert meetings and trainings. Published in the agenda and
 * as an iCalendar feed, which is why the calendar identity (UID, SEQUENCE) lives here.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Bijeenkomst', plural: 'Bijeenkomsten' },
  admin: {
    group: 'Agenda',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'networks', 'cancelled', '_status'],
    listSearchableFields: ['title', 'summary'],
    description: 'Netwerkbijeenkomsten, platformoverleggen, expertmeetings en trainingen.',
  },
  defaultSort: '-startsAt',
  access: networkContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [assignIcalIdentity, raiseIcalSequence],
    afterChange: [fillPlacesAfterCapacityRaise, notifyRegistrantsOfChange],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, index: true },
    slugField('title'),
    vocabularySelect({ name: 'kind', label: 'Soort bijeenkomst', list: eventKinds, required: true, sidebar: true }),
    networksField(),
    vocabularySelect({
      name: 'audience',
      label: 'Voor wie',
      list: eventAudiences,
      required: true,
      sidebar: true,
      defaultValue: 'leden',
    }),
    {
      name: 'cancelled',
      label: 'Geannuleerd',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Laat een geannuleerde bijeenkomst staan (niet verwijderen): agenda’s van deelnemers worden dan bijgewerkt.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Begint op',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
        {
          name: 'endsAt',
          label: 'Eindigt op',
          type: 'date',
          required: true,
          validate: endsAfterStart,
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
      ],
    },
    {
      name: 'location',
      label: 'Locatie',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: 'Naam locatie', type: 'text', admin: { width: '50%' } },
            { name: 'address', label: 'Adres', type: 'text', admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'onlineUrl',
      label: 'Online link',
      type: 'text',
      validate: onlineUrlOrLocation,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeUrl(value) : value)] },
      admin: { description: 'Link naar de online bijeenkomst. Vul een locatie, een online link of allebei in.' },
    },
    {
      name: 'summary',
      label: 'Samenvatting',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'Kort wat er te halen is (max. 300 tekens), voor de agenda en de nieuwsbrief.' },
    },
    richTextField({ name: 'programme', label: 'Programma' }),
    {
      type: 'collapsible',
      label: 'Aanmelden',
      fields: [
        {
          name: 'registrationEnabled',
          label: 'Aanmelden via de website',
          type: 'checkbox',
          defaultValue: true,
        },
        {
          name: 'capacity',
          label: 'Maximum aantal deelnemers',
          type: 'number',
          min: 1,
          admin: {
            step: 1,
            description: 'Leeg laten voor onbeperkt. Bij een vol evenement komen nieuwe aanmeldingen op de wachtlijst.',
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'registrationOpensAt',
              label: 'Aanmelden opent op',
              type: 'date',
              admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'Leeg: direct na publicatie.' },
            },
            {
              name: 'registrationClosesAt',
              label: 'Aanmelden sluit op',
              type: 'date',
              validate: (value, args) => {
                const beforeStart = closesBeforeStart(value, args)
                return beforeStart === true ? closesAfterOpening(value, args) : beforeStart
              },
              admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'Leeg: bij het begin van de bijeenkomst.' },
            },
          ],
        },
        {
          // Read-only overview for coordinators: who has a place, who waits, who cancelled.
          name: 'registrations',
          label: 'Aanmeldingen',
          type: 'join',
          collection: 'eventRegistrations',
          on: 'event',
          defaultSort: 'registeredAt',
          defaultLimit: 100,
          maxDepth: 0,
          access: { read: isCoordinatorField },
          admin: {
            allowCreate: false,
            defaultColumns: ['name', 'email', 'organisation', 'status', 'registeredAt'],
            description: 'Op volgorde van aanmelden. De eerste op de wachtlijst schuift door als er een plek vrijkomt.',
          },
        },
      ],
    },
    {
      name: 'icalSequence',
      label: 'Versie in agenda’s (SEQUENCE)',
      type: 'number',
      defaultValue: 0,
      // Written only by hooks; a client must not be able to lower it.
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Gaat automatisch omhoog als tijd, plaats, titel of annulering verandert, zodat agenda’s bijwerken.',
      },
    },
    {
      name: 'icalUid',
      label: 'Agenda-ID (UID)',
      type: 'text',
      unique: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', description: 'Vaste identiteit van deze bijeenkomst in agenda’s.' },
    },
  ],
}

import type { CollectionConfig, DateFieldValidation } from 'payload'
import { date } from 'payload/shared'
import { validateDateOrder } from '../../domain/validation'
import { areas, membershipStatuses } from '../../domain/vocabulary'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { confirmCurrentEndpoint } from '../freshness/endpoints/confirmCurrent'
import { freshnessTrackingFields } from '../freshness/fields/freshnessTracking'
import { recordLastEditor } from '../shared/hooks/recordLastEditor'
import { serverUrl } from '../../env'
import { freshnessOverviewEndpoint, runFreshnessRemindersEndpoint, runPartnerDigestEndpoint } from '../freshness/endpoints/freshnessEndpoints'
import { ownOrganisationField } from '../shared/access/ownOrganisationField'
import { ownOrganisation } from '../shared/access/ownOrganisation'
import { ownOrganisationVersions } from '../shared/access/ownOrganisationVersions'
import { publishedOrOwnOrganisation } from '../shared/access/publishedOrOwnOrganisation'
import { contactGroup } from '../shared/fields/contact'
import { lastReviewedAtField } from '../freshness/fields/lastReviewedAt'
import { networksField } from '../shared/fields/networks'
import { vocabularySelect } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { domainsField, postcodeField, urlField } from '../shared/fields/validated'
import { richTextField } from '../shared/fields/richText'

/** Membership is the platform's decision: partner editors see these fields but cannot change them. */
const coordinatorOnly = { create: isCoordinatorField, update: isCoordinatorField }

const memberUntilAfterSince: DateFieldValidation = (value, args) => {
  const data = args.data as { memberSince?: string; aspirantSince?: string }
  const result = validateDateOrder(data.memberSince ?? data.aspirantSince, value, {
    message: '"Lid tot" mag niet vóór de datum van toetreding liggen.',
  })
  return result === true ? date(value, args) : result
}

/**
 * The member organisations (and aspirant and former members) of both networks. Each partner
 * keeps its own page current (covenant); the coordinator manages membership.
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  admin: {
    group: 'Netwerk',
    useAsTitle: 'name',
    defaultColumns: ['name', 'membershipStatus', 'networks', 'lastReviewedAt', '_status'],
    listSearchableFields: ['name', 'slug', 'shortDescription'],
    description: 'Leden, aspirant-leden en oud-leden van de netwerken. Redacteuren van een partner beheren hier hun eigen organisatie.',
    preview: (doc) => `${serverUrl}/voorbeeld/organisaties/${doc.id}`,
  },
  defaultSort: 'name',
  access: {
    read: publishedOrOwnOrganisation,
    readVersions: ownOrganisationVersions,
    create: isCoordinator,
    update: ownOrganisation,
    delete: isCoordinator,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeChange: [recordLastEditor] },
  endpoints: [confirmCurrentEndpoint('organisations'), freshnessOverviewEndpoint, runFreshnessRemindersEndpoint, runPartnerDigestEndpoint],
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true, index: true },
    slugField('name'),
    {
      name: 'logo',
      label: 'Logo',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Bij voorkeur SVG of PNG met transparante achtergrond.' },
    },
    {
      name: 'shortDescription',
      label: 'Korte omschrijving',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'Eén of twee zinnen voor overzichten en zoekresultaten (max. 300 tekens).' },
    },
    richTextField({ name: 'description', label: 'Omschrijving' }),
    urlField({ name: 'website', label: 'Website' }),
    contactGroup({
      personFieldName: 'contactPerson',
      description: 'Algemeen contact voor professionals; wordt op de website getoond.',
    }),
    {
      name: 'address',
      label: 'Adres',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', label: 'Straat en huisnummer', type: 'text' },
            postcodeField(),
            { name: 'city', label: 'Plaats', type: 'text', defaultValue: 'Amsterdam' },
          ],
        },
      ],
    },
    vocabularySelect({
      name: 'areas',
      label: 'Werkgebied',
      list: areas,
      hasMany: true,
      description: 'Stadsdelen en regio waar de organisatie werkt.',
    }),
    networksField(),
    {
      type: 'collapsible',
      label: 'Lidmaatschap',
      admin: { description: 'Wordt beheerd door de coördinator.' },
      fields: [
        {
          ...vocabularySelect({
            name: 'membershipStatus',
            label: 'Status lidmaatschap',
            list: membershipStatuses,
            required: true,
            defaultValue: 'aspirant',
          }),
          access: coordinatorOnly,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'aspirantSince',
              label: 'Aspirant-lid sinds',
              type: 'date',
              access: coordinatorOnly,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            {
              name: 'memberSince',
              label: 'Lid sinds',
              type: 'date',
              access: coordinatorOnly,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            {
              name: 'memberUntil',
              label: 'Lid tot',
              type: 'date',
              access: coordinatorOnly,
              validate: memberUntilAfterSince,
              admin: { date: { pickerAppearance: 'dayOnly' }, description: 'Alleen bij oud-leden.' },
            },
          ],
        },
        {
          ...domainsField({
            name: 'emailDomains',
            label: 'E-maildomeinen',
            description:
              'Domeinen van de e-mailadressen van medewerkers, zonder @, bijvoorbeeld cordaan.nl. Hiermee worden medewerkers van deze organisatie herkend.',
          }),
          // Decides who counts as staff of a member: never set by the organisation itself.
          access: { ...coordinatorOnly, read: ownOrganisationField },
        },
      ],
    },
    lastReviewedAtField(),
    ...freshnessTrackingFields(),
  ],
}

import type { CollectionConfig } from 'payload'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { confirmCurrentEndpoint } from '../freshness/endpoints/confirmCurrent'
import { freshnessTrackingFields } from '../freshness/fields/freshnessTracking'
import { recordLastEditor } from '../shared/hooks/recordLastEditor'
import { serverUrl } from '../../env'
import { ownOrganisationField } from '../shared/access/ownOrganisationField'
import { createForOwnOrganisation, ownOrganisationContent } from '../shared/access/ownOrganisationContent'
import { ownOrganisationContentVersions } from '../shared/access/ownOrganisationVersions'
import { publicExpertOrOwnOrganisation } from './access/publicExpertOrOwnOrganisation'
import { lastReviewedAtField } from '../freshness/fields/lastReviewedAt'
import { networksField } from '../shared/fields/networks'
import { organisationField } from '../shared/fields/organisation'
import { preventOrganisationChange } from '../shared/hooks/preventOrganisationChange'

/**
 * Content experts at member organisations ("who has which specialism"). The coordinator routes
 * case questions to them; only those who agreed (`publicProfile`) appear on the public site.
 */
export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: { singular: 'Expert', plural: 'Experts' },
  admin: {
    group: 'Netwerk',
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'expertiseAreas', 'availableForConsultation', 'publicProfile', '_status'],
    listSearchableFields: ['name', 'jobTitle'],
    description: 'Inhoudelijk experts van de leden. Alleen experts met een openbaar profiel staan op de website.',
    preview: (doc) => `${serverUrl}/voorbeeld/experts/${doc.id}`,
  },
  defaultSort: 'name',
  access: {
    read: publicExpertOrOwnOrganisation,
    readVersions: ownOrganisationContentVersions,
    create: createForOwnOrganisation,
    update: ownOrganisationContent,
    // Partner editors retire a profile by unpublishing it (history kept); deleting is for coordinators.
    delete: isCoordinator,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [preventOrganisationChange, recordLastEditor],
  },
  endpoints: [confirmCurrentEndpoint('experts')],
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true, index: true },
    organisationField(),
    {
      name: 'publicProfile',
      label: 'Openbaar profiel',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Alleen aanvinken als de expert toestemming heeft gegeven voor vermelding op de website (AVG).',
      },
    },
    {
      name: 'availableForConsultation',
      label: 'Beschikbaar voor consultatie',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Kan casusvragen en multidisciplinaire consultaties oppakken.' },
    },
    networksField(),
    { name: 'jobTitle', label: 'Functie', type: 'text' },
    {
      // A plain list of strings: queryable with `in`/`contains` and easy to show as tags.
      name: 'expertiseAreas',
      label: 'Expertisegebieden',
      type: 'text',
      hasMany: true,
      index: true,
      admin: { description: 'Typ een expertisegebied en druk op Enter, bijvoorbeeld "trauma", "autisme", "verslaving".' },
    },
    {
      name: 'shortBio',
      label: 'Korte introductie',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Enkele zinnen over ervaring en werkwijze (max. 600 tekens).' },
    },
    { name: 'photo', label: 'Foto', type: 'upload', relationTo: 'media' },
    {
      name: 'account',
      label: 'Account',
      type: 'relationship',
      relationTo: 'users',
      // Internal link to the staff account: never public, and only the coordinator links it,
      // because the account may then see the case questions assigned to this expert.
      access: { read: ownOrganisationField, create: isCoordinatorField, update: isCoordinatorField },
      admin: { position: 'sidebar', description: 'Het medewerkersaccount van deze expert, als die er een heeft.' },
    },
    lastReviewedAtField(),
    ...freshnessTrackingFields(),
  ],
}

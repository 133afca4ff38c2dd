import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { validateAgeRange } from '../../domain/validation'
import { areas, careSettings, fundingLaws, kindsOfHelp, targetGroupTraits } from '../../domain/vocabulary'
import { isCoordinator } from '../shared/access/isCoordinator'
import { confirmCurrentEndpoint } from '../freshness/endpoints/confirmCurrent'
import { freshnessTrackingFields } from '../freshness/fields/freshnessTracking'
import { recordLastEditor } from '../shared/hooks/recordLastEditor'
import { serverUrl } from '../../env'
import { createForOwnOrganisation, ownOrganisationContent } from '../shared/access/ownOrganisationContent'
import { ownOrganisationContentVersions } from '../shared/access/ownOrganisationVersions'
import { publishedOrOwnOrganisationContent } from '../shared/access/publishedOrOwnOrganisation'
import { contactGroup } from '../shared/fields/contact'
import { lastReviewedAtField } from '../freshness/fields/lastReviewedAt'
import { networksField } from '../shared/fields/networks'
import { vocabularySelect } from '../shared/fields/options'
import { organisationField } from '../shared/fields/organisation'
import { slugField } from '../shared/fields/slug'
import { richTextField } from '../shared/fields/richText'
import { preventOrganisationChange } from '../shared/hooks/preventOrganisationChange'
import { setWaitingTimeDate } from './hooks/setWaitingTimeDate'

const ageMaxNotBelowMin: NumberFieldSingleValidation = (value, args) => {
  const { ageMin } = args.siblingData as { ageMin?: number | null }
  const result = validateAgeRange(ageMin, value)
  return result === true ? number(value, args) : result
}

/**
 * "Aanbod": what a member organisation offers (diagnostics, treatment, housing, …). The heart of
 * the site's search: every closed list here is a facet professionals filter on.
 */
export const Offerings: CollectionConfig = {
  slug: 'offerings',
  labels: { singular: 'Aanbod', plural: 'Aanbod' },
  admin: {
    group: 'Aanbod',
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'kindsOfHelp', 'networks', 'lastReviewedAt', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description: 'Het aanbod van de partnerorganisaties. Redacteuren van een partner beheren het aanbod van hun eigen organisatie.',
    // The public page as it will look, drafts included, for staff who may read it.
    preview: (doc) => `${serverUrl}/voorbeeld/aanbod/${doc.id}`,
  },
  defaultSort: 'title',
  access: {
    read: publishedOrOwnOrganisationContent,
    readVersions: ownOrganisationContentVersions,
    create: createForOwnOrganisation,
    update: ownOrganisationContent,
    // Partner editors retire an offering by unpublishing it (history kept); deleting is for coordinators.
    delete: isCoordinator,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [preventOrganisationChange, setWaitingTimeDate, recordLastEditor],
  },
  endpoints: [confirmCurrentEndpoint('offerings')],
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, index: true },
    slugField('title'),
    organisationField(),
    {
      name: 'isExample',
      label: 'Voorbeeldaanbod',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Demonstratie-inhoud: de website toont dit aanbod duidelijk als voorbeeld.',
      },
    },
    networksField(),
    {
      name: 'summary',
      label: 'Samenvatting',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'Wat het aanbod is en voor wie, in maximaal 300 tekens. Verschijnt in zoekresultaten.' },
    },
    richTextField({ name: 'description', label: 'Beschrijving' }),
    {
      type: 'collapsible',
      label: 'Doelgroep en vorm',
      fields: [
        vocabularySelect({ name: 'kindsOfHelp', label: 'Soort hulp', list: kindsOfHelp, hasMany: true, required: true }),
        {
          type: 'row',
          fields: [
            {
              name: 'ageMin',
              label: 'Leeftijd vanaf',
              type: 'number',
              min: 0,
              max: 99,
              index: true,
              admin: { step: 1, width: '50%', description: 'Leeg laten als er geen ondergrens is.' },
            },
            {
              name: 'ageMax',
              label: 'Leeftijd tot en met',
              type: 'number',
              min: 0,
              max: 99,
              index: true,
              validate: ageMaxNotBelowMin,
              admin: { step: 1, width: '50%', description: 'Leeg laten als er geen bovengrens is.' },
            },
          ],
        },
        vocabularySelect({ name: 'targetGroupTraits', label: 'Kenmerken doelgroep', list: targetGroupTraits, hasMany: true }),
        vocabularySelect({ name: 'settings', label: 'Setting', list: careSettings, hasMany: true }),
        vocabularySelect({ name: 'fundingLaws', label: 'Financiering', list: fundingLaws, hasMany: true }),
        vocabularySelect({ name: 'areas', label: 'Werkgebied', list: areas, hasMany: true }),
      ],
    },
    {
      type: 'collapsible',
      label: 'Aanmelden',
      fields: [
        richTextField({
          name: 'howToRefer',
          label: 'Hoe verwijs of meld ik aan?',
          admin: { description: 'Aanmeldroute, benodigde verwijzing of beschikking, en wat de professional kan verwachten.' },
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'waitingTimeWeeks',
              label: 'Wachttijd (weken)',
              type: 'number',
              min: 0,
              admin: { step: 1, width: '50%', description: 'Leeg laten als de wachttijd onbekend is; 0 betekent geen wachttijd.' },
            },
            {
              name: 'waitingTimeUpdatedAt',
              label: 'Wachttijd bijgewerkt op',
              type: 'date',
              admin: {
                readOnly: true,
                width: '50%',
                date: { pickerAppearance: 'dayOnly' },
                description: 'Wordt automatisch ingevuld als de wachttijd verandert.',
              },
            },
          ],
        },
        contactGroup({ personFieldName: 'name', description: 'Contact voor vragen over dit aanbod.' }),
      ],
    },
    lastReviewedAtField(),
    ...freshnessTrackingFields(),
  ],
}

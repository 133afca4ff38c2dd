import type { CollectionConfig, Field } from 'payload'
import { routeMapIssuesMessage, validateRouteMap } from '../../domain/routeMaps/validateRouteMap'
import {
  areas,
  careSettings,
  fundingLaws,
  kindsOfHelp,
  networks,
  routeMapStepKinds,
  targetGroupTraits,
} from '../../domain/vocabulary'
import { refuseInvalidRouteMap } from './hooks/refuseInvalidRouteMap'
import { toOptions } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { urlField } from '../shared/fields/validated'
import { wholeNumber } from '../shared/fields/wholeNumber'
import { richTextField } from '../shared/fields/richText'
import { networkContentAccess } from '../shared/access/networkContent'

const isQuestion = (_data: unknown, siblingData: { kind?: string } | undefined) => siblingData?.kind === 'vraag'
const isOutcome = (_data: unknown, siblingData: { kind?: string } | undefined) => siblingData?.kind === 'uitkomst'

/** The offerings an outcome points to, in the same vocabulary as the offerings' facets. */
const offeringFilterField: Field = {
  name: 'offeringFilter',
  type: 'group',
  label: 'Passend aanbod tonen',
  admin: {
    condition: isOutcome,
    description: 'Bij deze uitkomst toont de site het aanbod dat aan deze kenmerken voldoet. Leeg = geen filter op dat kenmerk.',
  },
  fields: [
    { name: 'kindsOfHelp', type: 'select', label: 'Soort hulp', hasMany: true, options: toOptions(kindsOfHelp) },
    { name: 'targetGroupTraits', type: 'select', label: 'Doelgroep', hasMany: true, options: toOptions(targetGroupTraits) },
    { name: 'settings', type: 'select', label: 'Setting', hasMany: true, options: toOptions(careSettings) },
    { name: 'fundingLaws', type: 'select', label: 'Financiering', hasMany: true, options: toOptions(fundingLaws) },
    { name: 'areas', type: 'select', label: 'Gebied', hasMany: true, options: toOptions(areas) },
    {
      type: 'row',
      fields: [
        { name: 'age', type: 'number', label: 'Leeftijd', min: 0, max: 99, validate: wholeNumber(0, 99), admin: { step: 1, width: '30%' } },
        { name: 'networks', type: 'select', label: 'Netwerken', hasMany: true, options: toOptions(networks), admin: { width: '70%' } },
      ],
    },
  ],
}

const stepFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'key',
        type: 'text',
        label: 'Sleutel',
        required: true,
        admin: { width: '30%', description: 'Uniek in deze routekaart, bijvoorbeeld "wonen-crisis".' },
      },
      { name: 'kind', type: 'select', label: 'Soort stap', required: true, defaultValue: 'vraag', options: toOptions(routeMapStepKinds), admin: { width: '20%' } },
      { name: 'title', type: 'text', label: 'Vraag of titel', required: true, admin: { width: '50%' } },
    ],
  },
  richTextField({ name: 'explanation', label: 'Uitleg' }),
  {
    name: 'answers',
    type: 'array',
    label: 'Antwoorden',
    labels: { singular: 'Antwoord', plural: 'Antwoorden' },
    admin: { condition: isQuestion, components: { RowLabel: '/src/cms/routeMaps/components/RouteMapRowLabels#RouteMapAnswerRowLabel' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', label: 'Antwoord', required: true, admin: { width: '60%' } },
          { name: 'nextStepKey', type: 'text', label: 'Volgende stap (sleutel)', required: true, admin: { width: '40%' } },
        ],
      },
    ],
  },
  {
    name: 'links',
    type: 'array',
    label: 'Verwijzingen',
    labels: { singular: 'Verwijzing', plural: 'Verwijzingen' },
    admin: { condition: isOutcome },
    fields: [
      { name: 'label', type: 'text', label: 'Linktekst', required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'doc',
            type: 'relationship',
            relationTo: ['offerings', 'organisations', 'pages', 'articles'],
            label: 'Pagina op deze site',
            admin: { width: '50%' },
            validate: (value: unknown, { siblingData }: { siblingData: { url?: string | null } }) =>
              value || siblingData?.url ? true : 'Kies een pagina op deze site of vul een extern webadres in.',
          },
          { ...urlField({ name: 'url', label: 'Of: extern webadres' }), admin: { width: '50%' } },
        ],
      },
    ],
  },
  offeringFilterField,
  {
    name: 'askNetworkCallToAction',
    type: 'checkbox',
    label: 'Toon "Stel je vraag aan het netwerk"',
    defaultValue: false,
    admin: { condition: isOutcome },
  },
]

/**
 * Routekaarten: a decision tree of questions and outcomes that guides a professional to fitting
 * offerings, and to a case question when the map has no answer.
 */
export const RouteMaps: CollectionConfig = {
  slug: 'routeMaps',
  labels: { singular: 'Routekaart', plural: 'Routekaarten' },
  admin: {
    group: 'Routekaart',
    useAsTitle: 'title',
    defaultColumns: ['title', 'network', '_status', 'updatedAt'],
  },
  access: networkContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [refuseInvalidRouteMap],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true },
    slugField('title'),
    { name: 'network', type: 'select', label: 'Netwerk', required: true, index: true, options: toOptions(networks), admin: { position: 'sidebar' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Stappen',
          fields: [
            { name: 'introduction', type: 'textarea', label: 'Inleiding' },
            {
              name: 'startStepKey',
              type: 'text',
              label: 'Eerste stap (sleutel)',
              required: true,
              admin: { description: 'De sleutel van de stap waarmee de routekaart begint.' },
            },
            {
              name: 'steps',
              type: 'array',
              // Short table name: nested select enums would exceed the 63-character identifier limit.
              dbName: 'route_map_steps',
              label: 'Stappen',
              labels: { singular: 'Stap', plural: 'Stappen' },
              minRows: 1,
              admin: {
                initCollapsed: true,
                components: { RowLabel: '/src/cms/routeMaps/components/RouteMapRowLabels#RouteMapStepRowLabel' },
                description:
                  'Een concept mag nog onaf zijn; bij publiceren moet elke route kloppen (zie het tabblad Overzicht).',
              },
              // Runs on publish (drafts are saved unchecked, so a coordinator can work in steps).
              validate: (value: unknown, { data }: { data: { startStepKey?: string | null } }) =>
                routeMapIssuesMessage(validateRouteMap(value, data?.startStepKey)) ??
                true,
              fields: stepFields,
            },
          ],
        },
        {
          label: 'Overzicht',
          description: 'De hele routekaart als boom: waar leidt elk antwoord heen?',
          fields: [
            {
              name: 'outline',
              type: 'ui',
              admin: { components: { Field: '/src/cms/routeMaps/components/RouteMapOutlineField#RouteMapOutlineField' } },
            },
          ],
        },
        {
          label: 'Gebruik',
          description: 'Hoe vaak elke stap getoond werd en waar mensen stoppen.',
          fields: [
            {
              name: 'usage',
              type: 'ui',
              admin: { components: { Field: '/src/cms/routeMaps/components/RouteMapStatsField#RouteMapStatsField' } },
            },
          ],
        },
      ],
    },
  ],
}

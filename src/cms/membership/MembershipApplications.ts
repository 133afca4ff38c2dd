import type { CollectionConfig, Field } from 'payload'
import { KVK_ERROR, isValidKvkNumber, normaliseKvkNumber } from '../../domain/membership/kvk'
import { membershipApplicationStatuses, yesNoAnswers } from '../../domain/vocabulary'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import {
  isCoordinatorOrPlatformMember,
  isCoordinatorOrPlatformMemberField,
} from '../shared/access/isCoordinatorOrPlatformMember'
import { networksField } from '../shared/fields/networks'
import { toOptions } from '../shared/fields/options'
import { phoneField, postcodeField, urlField } from '../shared/fields/validated'
import { withDefaultFieldAccess } from '../shared/fields/withDefaultFieldAccess'
import { admitMemberOnAdmission } from './hooks/admitMemberOnAdmission'
import { enforceMembershipTransition } from './hooks/enforceMembershipTransition'
import { notifyMembershipApplicant } from './hooks/notifyMembershipApplicant'
import { stampPlatformComments } from './hooks/stampPlatformComments'
import { statusHistoryField } from '../shared/workflow/statusHistoryField'

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' } as const

/** A yes/no answer to a criterion; `enumName` keeps the database enum under 63 characters. */
function answerField(criterion: string, label: string): Field {
  return {
    name: 'answer',
    type: 'radio',
    enumName: `enum_membership_app_${criterion}_answer`,
    label,
    required: true,
    options: toOptions(yesNoAnswers),
    admin: { layout: 'horizontal' },
  }
}

/** One checklist item after admission: done or not, and when. */
function checklistItem(name: string, label: string): Field {
  return {
    type: 'row',
    fields: [
      { name, type: 'checkbox', label, defaultValue: false, admin: { width: '50%' } },
      { name: `${name}At`, type: 'date', label: 'Datum', admin: { width: '50%', date: dayOnly } },
    ],
  }
}

/** What the applying organisation submits (through the site form, server side). */
const applicationFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'organisationName', type: 'text', label: 'Naam organisatie', required: true, admin: { width: '50%' } },
      {
        name: 'kvkNumber',
        type: 'text',
        label: 'KvK-nummer',
        required: true,
        index: true,
        admin: { width: '25%', placeholder: '12345678' },
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseKvkNumber(value) : value)] },
        validate: (value: string | null | undefined) => (isValidKvkNumber(value) ? true : KVK_ERROR),
      },
    ],
  },
  urlField({ name: 'website', label: 'Website' }),
  {
    name: 'address',
    type: 'group',
    label: 'Adres',
    fields: [
      { name: 'street', type: 'text', label: 'Straat en huisnummer' },
      { type: 'row', fields: [postcodeField(), { name: 'city', type: 'text', label: 'Plaats', admin: { width: '70%' } }] },
    ],
  },
  {
    name: 'contactPerson',
    type: 'group',
    label: 'Contactpersoon',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: 'Naam', required: true, admin: { width: '50%' } },
          { name: 'role', type: 'text', label: 'Functie', admin: { width: '50%' } },
        ],
      },
      {
        type: 'row',
        fields: [{ name: 'email', type: 'email', label: 'E-mailadres', required: true, admin: { width: '50%' } }, phoneField()],
      },
    ],
  },
  networksField(),
  { name: 'offerSummary', type: 'textarea', label: 'Aanbod in het kort', required: true },
  { name: 'targetGroup', type: 'textarea', label: 'Doelgroep' },
  { name: 'motivation', type: 'textarea', label: 'Motivatie', required: true },
  {
    name: 'criteria',
    type: 'group',
    label: 'Criteria voor lidmaatschap',
    admin: { description: 'De criteria uit het convenant (bijlage 3).' },
    fields: [
      {
        name: 'yearsActiveInRegion',
        type: 'group',
        label: 'Minstens 3 jaar actief als aanbieder in de regio',
        fields: [answerField('years_active', 'Minstens 3 jaar actief in de regio?'), { name: 'explanation', type: 'textarea', label: 'Toelichting' }],
      },
      {
        name: 'qualitySystem',
        type: 'group',
        label: 'Kwaliteitssysteem',
        fields: [
          answerField('quality_system', 'Heeft de organisatie een kwaliteitssysteem?'),
          { name: 'which', type: 'text', label: 'Welk kwaliteitssysteem of keurmerk?' },
        ],
      },
      {
        name: 'doesNotHarmClients',
        type: 'group',
        label: 'Schaadt de belangen van cliënten niet',
        fields: [
          answerField('no_harm', 'Handelt de organisatie niet in strijd met de belangen van cliënten?'),
          { name: 'explanation', type: 'textarea', label: 'Toelichting' },
        ],
      },
      {
        name: 'addedValue',
        type: 'group',
        label: 'Toegevoegde waarde voor het regionale aanbod',
        fields: [{ name: 'explanation', type: 'textarea', label: 'Toelichting', required: true }],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'consentGiven',
        type: 'checkbox',
        label: 'Toestemming voor het verwerken van deze gegevens',
        required: true,
        defaultValue: false,
        validate: (value: boolean | null | undefined) => (value === true ? true : 'Toestemming is nodig om de aanvraag te behandelen.'),
        admin: { width: '50%' },
      },
      {
        name: 'consentAt',
        type: 'date',
        label: 'Toestemming gegeven op',
        admin: { width: '50%', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]

/** The procedure after the application: coordinators only (platform members read). */
const procedureFields: Field[] = [
  statusHistoryField({ statuses: membershipApplicationStatuses }),
  {
    name: 'linkedEvents',
    type: 'relationship',
    relationTo: 'events',
    hasMany: true,
    label: 'Bijgewoonde bijeenkomsten (als aspirant-lid)',
    admin: { description: 'Eén platformoverleg en één netwerkbijeenkomst mogen zonder kosten worden bijgewoond.' },
  },
  {
    name: 'introductionMeetingAt',
    type: 'date',
    label: 'Kennismakingsgesprek',
    admin: { date: { pickerAppearance: 'dayAndTime' } },
  },
  { name: 'advice', type: 'textarea', label: 'Advies aan het platform' },
  { name: 'decisionReasons', type: 'textarea', label: 'Motivering van het besluit' },
  {
    name: 'platformComments',
    type: 'array',
    label: 'Reacties van platformleden',
    labels: { singular: 'Reactie', plural: 'Reacties' },
    admin: { description: 'Platformleden kunnen een reactie toevoegen; eerdere reacties blijven staan.' },
    access: { update: isCoordinatorOrPlatformMemberField },
    fields: [
      { name: 'comment', type: 'textarea', label: 'Reactie', required: true },
      {
        type: 'row',
        fields: [
          { name: 'author', type: 'relationship', relationTo: 'users', label: 'Door', admin: { readOnly: true, width: '50%' } },
          { name: 'at', type: 'date', label: 'Moment', admin: { readOnly: true, width: '50%', date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
  },
  {
    name: 'organisation',
    type: 'relationship',
    relationTo: 'organisations',
    label: 'Aangemaakte organisatie',
    admin: { description: 'De organisatie die na toelating (of als aspirant-lid) is aangemaakt.' },
  },
  {
    name: 'checklist',
    type: 'group',
    label: 'Afspraken na toelating',
    fields: [
      checklistItem('covenantSigned', 'Convenant ondertekend'),
      checklistItem('websiteLinkPlaced', 'Link naar het netwerk op eigen website geplaatst'),
      checklistItem('contributionInvoiced', 'Bijdrage gefactureerd'),
    ],
  },
]

/**
 * Membership applications (lidmaatschapsaanvragen) following the covenant's procedure:
 * request, aspirant membership, platform discussion, introductory conversation, advice and
 * decision. Created by the site form (server code with overrideAccess) or by a coordinator.
 */
export const MembershipApplications: CollectionConfig = {
  slug: 'membershipApplications',
  labels: { singular: 'Lidmaatschapsaanvraag', plural: 'Lidmaatschapsaanvragen' },
  admin: {
    group: 'Lidmaatschap',
    useAsTitle: 'organisationName',
    defaultColumns: ['organisationName', 'networks', 'status', 'introductionMeetingAt', 'createdAt'],
    description:
      'Aanvragen om lid te worden, van aanvraag tot besluit. Platformleden lezen de lopende aanvragen en voegen vóór het platformoverleg een reactie toe (tabblad Procedure); de coördinator zet de stappen.',
  },
  // No document locking: several platform members add comments to the same application before a
  // platform meeting, and a lock would shut the others out for minutes. Comments cannot get lost
  // (stampPlatformComments appends new rows to the stored ones) and the status is only the
  // coordinator's.
  lockDocuments: false,
  access: {
    read: isCoordinatorOrPlatformMember,
    create: isCoordinator,
    // Platform members only add comments: every other field is for coordinators (field access).
    update: isCoordinatorOrPlatformMember,
    delete: isCoordinator,
  },
  hooks: {
    // Order matters: the step is checked and recorded before the new member is set up.
    beforeChange: [stampPlatformComments, enforceMembershipTransition, admitMemberOnAdmission],
    afterChange: [notifyMembershipApplicant],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'ingediend',
      index: true,
      options: toOptions(membershipApplicationStatuses),
      admin: {
        position: 'sidebar',
        description:
          'Volgorde: ingediend → aspirant-lid → besproken in platform → kennismakingsgesprek gepland (datum) → advies (adviestekst) → toegelaten of afgewezen (motivering). Intrekken kan zolang de aanvraag loopt. De aanvrager krijgt bij elke stap die hem aangaat een e-mail.',
      },
      access: { update: isCoordinatorField },
    },
    {
      name: 'transitionNote',
      type: 'textarea',
      label: 'Toelichting bij de statuswijziging',
      admin: { position: 'sidebar', description: 'Wordt bij de volgende statuswijziging in de statusgeschiedenis bewaard.' },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    {
      type: 'tabs',
      tabs: [
        { label: 'Aanvraag', fields: withDefaultFieldAccess(applicationFields, { update: isCoordinatorField }) },
        { label: 'Procedure', fields: withDefaultFieldAccess(procedureFields, { update: isCoordinatorField }) },
      ],
    },
  ],
}

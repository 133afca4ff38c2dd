import type { CollectionConfig, Field } from 'payload'
import {
  caseQuestionStatuses,
  caseUrgencies,
  contactPreferences,
  genders,
  kindsOfHelp,
  livingSituations,
  networks,
  targetGroupTraits,
} from '../../domain/vocabulary'
import { adviceStates } from '../../domain/caseQuestions/advice'
import { caseDeadlineSummary } from '../../domain/caseQuestions/workingDays'
import { CASE_TEXT_LIMITS, questionRule } from '../../domain/caseQuestions/caseRules'
import { caseQuestionCreateAccess } from './access/caseQuestionCreateAccess'
import {
  caseQuestionAdviceFieldRead,
  caseQuestionAdviceFieldUpdate,
  caseQuestionAskedByFieldRead,
  caseQuestionExpertsFieldUpdate,
  caseQuestionNotesFieldUpdate,
} from './access/caseQuestionFieldAccess'
import { caseQuestionReadAccess } from './access/caseQuestionReadAccess'
import { caseQuestionUpdateAccess } from './access/caseQuestionUpdateAccess'
import { isAdmin } from '../shared/access/isAdmin'
import { isCoordinatorField } from '../shared/access/isCoordinator'
import { isStaffField } from '../shared/access/isStaffField'
import { nobodyField } from '../shared/access/nobodyField'
import {
  ageValidation,
  caseText,
  consentValidation,
  namesConfirmedValidation,
  urgencyValidation,
} from './fields/caseQuestionRules'
import { caseAskerField } from './fields/caseAskerField'
import { caseStatusField } from './fields/caseStatusField'
import { requiredChoice } from '../shared/fields/requiredChoice'
import { keepUnchangedRelationship } from './fields/keepUnchangedRelationship'
import { toOptions } from '../shared/fields/options'
import { wholeNumber } from '../shared/fields/wholeNumber'
import { withDefaultFieldAccess } from '../shared/fields/withDefaultFieldAccess'
import { caseQuestionMonitoringEndpoint } from '../monitoring/endpoints/caseQuestionMonitoring'
import { auditCaseQuestionChange, auditCaseQuestionDelete, auditCaseQuestionView } from './hooks/auditCaseQuestionAccess'
import { applyCaseStatusTransition } from './hooks/applyCaseStatusTransition'
import { generateCaseQuestionReference } from './hooks/generateCaseQuestionReference'
import { notifyCaseQuestionParticipants } from './hooks/notifyCaseQuestionParticipants'
import { setCaseDeadlines } from './hooks/setCaseDeadlines'
import { statusHistoryField } from '../shared/workflow/statusHistoryField'
import { setAskedByToProfessional } from './hooks/setAskedByToProfessional'
import { limitCaseQuestionsPerProfessional } from './hooks/limitCaseQuestionsPerProfessional'

/** A free text of the case: the length, then the privacy guard (see caseQuestionRules). */
const caseTextArea = (name: string, label: string, max: number, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'textarea', label, maxLength: max, validate: caseText({ max }), ...extra }) as Field

/**
 * What the professional submits. They set it on create; afterwards only the coordinator
 * corrects it (a professional never updates a question, see `caseQuestionUpdateAccess`).
 * The rules of asking (crisis stop, consent by age, names, privacy) are checked here, for
 * every way in: the site's form only presents the messages.
 */
const questionFields: Field[] = [
  {
    name: 'network',
    type: 'select',
    label: 'Netwerk',
    required: true,
    options: toOptions(networks),
    validate: requiredChoice('Kies het netwerk waaraan je de vraag stelt.'),
  },
  {
    name: 'question',
    type: 'textarea',
    label: 'Vraag',
    required: true,
    maxLength: CASE_TEXT_LIMITS.question,
    validate: caseText(questionRule, { required: true }),
    admin: { description: 'Geen namen, geboortedata, adressen of andere gegevens waaraan de jongere te herkennen is.' },
  },
  {
    name: 'context',
    type: 'group',
    label: 'Situatie',
    admin: { description: 'Alleen wat nodig is om de vraag te begrijpen (dataminimalisatie).' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'age',
            type: 'number',
            label: 'Leeftijd (jaren)',
            min: 0,
            max: 99,
            validate: ageValidation,
            admin: { step: 1, width: '33%' },
          },
          { name: 'gender', type: 'select', label: 'Gender', options: toOptions(genders), admin: { width: '33%' } },
          {
            name: 'livingSituation',
            type: 'select',
            label: 'Woonsituatie',
            options: toOptions(livingSituations),
            admin: { width: '34%' },
          },
        ],
      },
      {
        name: 'problems',
        type: 'select',
        label: 'Problematiek',
        hasMany: true,
        options: toOptions(targetGroupTraits),
      },
      caseTextArea('triedSoFar', 'Wat is al geprobeerd?', CASE_TEXT_LIMITS.triedSoFar),
      caseTextArea('involved', 'Wie zijn er betrokken?', CASE_TEXT_LIMITS.involved, { admin: { description: 'Organisaties en rollen, geen namen.' } }),
    ],
  },
  {
    name: 'urgency',
    type: 'select',
    label: 'Urgentie',
    defaultValue: 'normaal',
    options: toOptions(caseUrgencies),
    validate: urgencyValidation,
  },
  {
    name: 'consent',
    type: 'group',
    label: 'Toestemming en informeren',
    fields: [
      {
        name: 'parentsInformed',
        type: 'checkbox',
        label: 'Ouders/verzorgers zijn geïnformeerd over deze vraag',
        defaultValue: false,
        // The consent rule by age (for both checkboxes); its message appears here.
        validate: consentValidation,
      },
      { name: 'youngPersonInformed', type: 'checkbox', label: 'De jongere is geïnformeerd', defaultValue: false },
    ],
  },
  {
    name: 'contactPreference',
    type: 'select',
    label: 'Contactvoorkeur',
    defaultValue: 'email',
    options: toOptions(contactPreferences),
    validate: requiredChoice('Kies hoe je benaderd wilt worden.'),
  },
  {
    name: 'routeMapPath',
    type: 'text',
    label: 'Pad door de routekaart',
    maxLength: CASE_TEXT_LIMITS.routeMapPath,
    validate: caseText({ max: CASE_TEXT_LIMITS.routeMapPath }),
    admin: { readOnly: true, description: 'De stappen die de vrager in de routekaart doorliep, als de vraag daar vandaan kwam.' },
  },
  {
    // Not stored: a professional's confirmation that the capitalised words found are no names
    // (site form and API). Staff are not asked, so the admin does not show it.
    name: 'namesConfirmed',
    type: 'checkbox',
    virtual: true,
    label: 'Ik heb gecontroleerd: dit zijn geen namen van de jongere, ouders of andere betrokkenen',
    validate: namesConfirmedValidation,
    admin: { hidden: true, readOnly: false },
  },
]

/** Handling, advice and closing: written by coordinators, and per field by those assigned. */
const handlingFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'assignedPlatformMember',
        type: 'relationship',
        relationTo: 'users',
        label: 'Platformlid',
        filterOptions: { roles: { in: ['platformMember'] } },
        validate: keepUnchangedRelationship,
        admin: { width: '50%' },
      },
      {
        name: 'assignedExperts',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        label: 'Experts',
        filterOptions: { roles: { in: ['expert'] } },
        validate: keepUnchangedRelationship,
        access: { update: caseQuestionExpertsFieldUpdate },
        admin: { width: '50%' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'triageDueAt',
        type: 'date',
        label: 'Triage uiterlijk',
        admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' } },
      },
      {
        name: 'adviceDueAt',
        type: 'date',
        label: 'Advies uiterlijk',
        admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' } },
      },
    ],
  },
  {
    name: 'notes',
    type: 'textarea',
    label: 'Interne notities',
    maxLength: CASE_TEXT_LIMITS.notes,
    validate: caseText({ max: CASE_TEXT_LIMITS.notes }),
    admin: { description: 'Alleen zichtbaar voor de coördinator, het platformlid en de experts, niet voor de vrager.' },
    access: { read: isStaffField, update: caseQuestionNotesFieldUpdate },
  },
  statusHistoryField({ statuses: caseQuestionStatuses, note: { maxLength: CASE_TEXT_LIMITS.statusNote, validate: caseText({ max: CASE_TEXT_LIMITS.statusNote }) } }),
]

const adviceField: Field = {
  name: 'advice',
  type: 'group',
  label: 'Advies',
  access: { read: caseQuestionAdviceFieldRead, update: caseQuestionAdviceFieldUpdate },
  admin: {
    description:
      'Een concept blijft bij het netwerk. Zet het advies op "Compleet" als het af is: de coördinator krijgt bericht en geeft het vrij aan de vrager.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          // No default in the database: questions from before these states derive theirs (domain/caseQuestions/advice).
          name: 'state',
          type: 'select',
          label: 'Stand van het advies',
          options: adviceStates.map(({ value, label }) => ({ value, label })),
          admin: { width: '50%' },
        },
        { name: 'completedAt', type: 'date', label: 'Compleet sinds', admin: { width: '50%', readOnly: true } },
      ],
    },
    caseTextArea('problemStatement', 'Korte probleemschets', CASE_TEXT_LIMITS.problemStatement),
    caseTextArea('advice', 'Advies', CASE_TEXT_LIMITS.advice),
    { name: 'kindOfSupport', type: 'select', label: 'Soort ondersteuning', hasMany: true, options: toOptions(kindsOfHelp) },
    {
      name: 'steps',
      type: 'array',
      label: 'Concrete stappen',
      labels: { singular: 'Stap', plural: 'Stappen' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'step',
              type: 'text',
              label: 'Stap',
              required: true,
              maxLength: CASE_TEXT_LIMITS.step,
              validate: caseText({ max: CASE_TEXT_LIMITS.step }, { required: true }),
              admin: { width: '70%' },
            },
            {
              name: 'deadline',
              type: 'date',
              label: 'Uiterlijk',
              admin: { width: '30%', date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' } },
            },
          ],
        },
      ],
    },
    caseTextArea('reasoning', 'Onderbouwing', CASE_TEXT_LIMITS.reasoning),
    caseTextArea('goals', 'Doelen (in tijd en effect)', CASE_TEXT_LIMITS.goals),
    caseTextArea('preconditions', 'Randvoorwaarden', CASE_TEXT_LIMITS.preconditions),
    {
      type: 'row',
      fields: [
        { name: 'givenAt', type: 'date', label: 'Advies gegeven op', admin: { width: '50%' } },
        {
          name: 'givenBy',
          type: 'relationship',
          relationTo: 'users',
          label: 'Advies gegeven door',
          filterOptions: { roles: { in: ['expert', 'coordinator', 'admin'] } },
          validate: keepUnchangedRelationship,
          admin: { width: '50%' },
        },
      ],
    },
  ],
}

const followUpAndClosingFields: Field[] = [
  {
    name: 'followUp',
    type: 'group',
    label: 'Opvolging',
    admin: { description: 'Is het advies opgepakt, en hoe?' },
    fields: [
      { name: 'pickedUp', type: 'checkbox', label: 'Advies is opgepakt', defaultValue: false },
      caseTextArea('howPickedUp', 'Hoe is het opgepakt?', CASE_TEXT_LIMITS.howPickedUp),
      { name: 'recordedAt', type: 'date', label: 'Vastgelegd op' },
    ],
  },
  {
    name: 'closing',
    type: 'group',
    label: 'Afsluiting',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'cooperationRating',
            type: 'number',
            label: 'Samenwerking (1–5)',
            min: 1,
            max: 5,
            validate: wholeNumber(1, 5),
            admin: { step: 1, width: '50%' },
          },
          {
            name: 'effectRating',
            type: 'number',
            label: 'Effect van de aanpak (1–5)',
            min: 1,
            max: 5,
            validate: wholeNumber(1, 5),
            admin: { step: 1, width: '50%' },
          },
        ],
      },
      { name: 'closedAt', type: 'date', label: 'Afgesloten op' },
      caseTextArea('closingNote', 'Afsluitende notitie', CASE_TEXT_LIMITS.closingNote),
    ],
  },
  {
    name: 'signals',
    type: 'relationship',
    relationTo: 'signals',
    hasMany: true,
    label: 'Signalen',
    admin: { description: 'Hiaten of knelpunten in het aanbod die deze vraag liet zien.' },
    access: { read: isStaffField },
  },
  {
    name: 'isReturningCase',
    type: 'checkbox',
    label: 'Terugkerende casus',
    defaultValue: false,
    admin: { description: 'Deze jongere kwam eerder bij het netwerk (voor de monitoring).' },
  },
]

/**
 * Case questions (casusvragen) from professionals. Access is binding and tested by the access
 * matrix: see the functions in `access/caseQuestion*`.
 */
export const CaseQuestions: CollectionConfig = {
  slug: 'caseQuestions',
  labels: { singular: 'Casusvraag', plural: 'Casusvragen' },
  admin: {
    group: 'Casusvragen',
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'network', 'status', 'urgency', 'deadline', 'assignedPlatformMember', 'createdAt'],
    listSearchableFields: ['reference'],
    description:
      'Consultatievragen van professionals, met routering, advies, opvolging en afsluiting. Cijfers, grafieken en het jaaroverzicht: Monitoring in het menu.',
  },
  endpoints: [caseQuestionMonitoringEndpoint],
  access: {
    read: caseQuestionReadAccess,
    create: caseQuestionCreateAccess,
    update: caseQuestionUpdateAccess,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [
      setAskedByToProfessional,
      limitCaseQuestionsPerProfessional,
      generateCaseQuestionReference,
      setCaseDeadlines,
      applyCaseStatusTransition,
    ],
    afterChange: [notifyCaseQuestionParticipants, auditCaseQuestionChange],
    afterDelete: [auditCaseQuestionDelete],
    afterOperation: [auditCaseQuestionView],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: 'Kenmerk',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Wordt bij het indienen toegekend.' },
      access: { create: nobodyField, update: nobodyField },
    },
    caseStatusField,
    {
      // Computed on read, not stored: the deadline that matters now, for the list ("⚠ … verlopen").
      name: 'deadline',
      type: 'text',
      label: 'Termijn',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      hooks: {
        afterRead: [({ data }) => caseDeadlineSummary((data ?? {}) as Parameters<typeof caseDeadlineSummary>[0], new Date())],
      },
    },
    {
      name: 'askedBy',
      type: 'relationship',
      relationTo: 'professionals',
      label: 'Gesteld door',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
      access: { read: caseQuestionAskedByFieldRead, update: isCoordinatorField },
    },
    caseAskerField,
    {
      name: 'anonymisedAt',
      type: 'date',
      label: 'Geanonimiseerd op',
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    {
      type: 'tabs',
      tabs: [
        { label: 'Vraag', fields: withDefaultFieldAccess(questionFields, { update: isCoordinatorField }) },
        {
          label: 'Behandeling',
          fields: withDefaultFieldAccess(handlingFields, { create: isCoordinatorField, update: isCoordinatorField }),
        },
        {
          label: 'Advies',
          fields: withDefaultFieldAccess([adviceField], { create: isCoordinatorField, update: isCoordinatorField }),
        },
        {
          label: 'Opvolging en afsluiting',
          fields: withDefaultFieldAccess(followUpAndClosingFields, {
            create: isCoordinatorField,
            update: isCoordinatorField,
          }),
        },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { isAdmin } from '../shared/access/isAdmin'
import { isCoordinator } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { labelFieldList } from '../../domain/caseQuestions/audit'
import { fieldLabelsOf } from './fields/fieldLabels'

/**
 * Who viewed or changed which case question, and when (AVG accountability). Written only by
 * the hooks of `caseQuestions`; read by coordinators; never edited.
 */
export const CaseAuditLog: CollectionConfig = {
  slug: 'caseAuditLog',
  labels: { singular: 'Auditregel', plural: 'Auditlog casusvragen' },
  admin: {
    group: 'Casusvragen',
    useAsTitle: 'reference',
    defaultColumns: ['createdAt', 'reference', 'action', 'actor', 'fields'],
    description: 'Wie welke casusvraag bekeek of wijzigde, en wanneer.',
  },
  access: {
    read: isCoordinator,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    { name: 'caseQuestion', type: 'relationship', relationTo: 'caseQuestions', label: 'Casusvraag', index: true },
    { name: 'reference', type: 'text', label: 'Kenmerk', index: true },
    {
      name: 'action',
      type: 'select',
      label: 'Handeling',
      required: true,
      options: [
        { value: 'bekeken', label: 'Bekeken' },
        { value: 'aangemaakt', label: 'Aangemaakt' },
        { value: 'gewijzigd', label: 'Gewijzigd' },
        { value: 'verwijderd', label: 'Verwijderd' },
      ],
    },
    { name: 'actor', type: 'text', label: 'Door', admin: { description: 'Naam en e-mailadres van het account, of "systeem".' } },
    { name: 'actorUser', type: 'relationship', relationTo: 'users', label: 'Medewerker' },
    { name: 'actorProfessional', type: 'relationship', relationTo: 'professionals', label: 'Professional' },
    {
      // Stored as field names (stable when a label is reworded); shown with the labels people know.
      name: 'fields',
      type: 'text',
      label: 'Gewijzigde velden',
      hooks: { afterRead: [({ value, req }) => (value ? labelFieldList(value, fieldLabelsOf(req.payload, 'caseQuestions')) : value)] },
    },
  ],
}

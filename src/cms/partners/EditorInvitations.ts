import type { Access, CollectionConfig } from 'payload'
import { invitationStatuses } from '../../domain/partners/invitation'
import { isAdmin } from '../shared/access/isAdmin'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { nobody } from '../shared/access/nobody'
import { nobodyField } from '../shared/access/nobodyField'
import { editorOrganisationId, isCoordinatorUser } from '../shared/access/roles'
import { decideEditorInvitation, sendDecidedEditorInvitation } from './hooks/decideEditorInvitation'

/** Coordinators all; a partner editor the invitations for their own organisation. */
const coordinatorOrOwnOrganisation: Access = ({ req: { user } }) => {
  if (isCoordinatorUser(user)) return true
  const organisation = editorOrganisationId(user)
  return organisation ? { organisation: { equals: organisation } } : false
}

/**
 * Invitations of partner editors that wait for the coordinator: a colleague invited at an
 * address outside the organisation's e-mail domains gets no account until the coordinator
 * approves (then the invitation is sent, and the inviter is told either way). Made only by
 * POST /api/users/invite; the coordinator decides by setting the status.
 */
export const EditorInvitations: CollectionConfig = {
  slug: 'editorInvitations',
  labels: { singular: 'Uitnodiging ter goedkeuring', plural: 'Uitnodigingen ter goedkeuring' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'organisation', 'status', 'createdAt'],
    description:
      'Uitnodigingen van redacteuren aan adressen buiten de e-maildomeinen van hun organisatie. Keur goed of wijs af: de uitnodiger krijgt bericht.',
  },
  access: {
    read: coordinatorOrOwnOrganisation,
    create: nobody,
    update: isCoordinator,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [decideEditorInvitation],
    afterChange: [sendDecidedEditorInvitation],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120, admin: { readOnly: true, width: '50%' }, access: { update: nobodyField } },
        { name: 'email', type: 'email', label: 'E-mailadres', required: true, index: true, admin: { readOnly: true, width: '50%' }, access: { update: nobodyField } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'relationship', relationTo: 'organisations', label: 'Organisatie', required: true, index: true, admin: { readOnly: true, width: '50%' }, access: { update: nobodyField } },
        { name: 'invitedBy', type: 'relationship', relationTo: 'users', label: 'Uitgenodigd door', admin: { readOnly: true, width: '50%' }, access: { update: nobodyField } },
      ],
    },
    { name: 'reason', type: 'textarea', label: 'Waarom goedkeuring nodig is', admin: { readOnly: true }, access: { update: nobodyField } },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'wacht-op-goedkeuring',
      index: true,
      options: invitationStatuses.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    { name: 'decisionNote', type: 'textarea', label: 'Toelichting voor de uitnodiger', maxLength: 1000, admin: { position: 'sidebar' } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: 'Besloten door', admin: { position: 'sidebar', readOnly: true }, access: { update: nobodyField } },
    { name: 'decidedAt', type: 'date', label: 'Besloten op', admin: { position: 'sidebar', readOnly: true }, access: { update: nobodyField } },
    { name: 'account', type: 'relationship', relationTo: 'users', label: 'Aangemaakt account', admin: { position: 'sidebar', readOnly: true }, access: { update: isCoordinatorField } },
  ],
}

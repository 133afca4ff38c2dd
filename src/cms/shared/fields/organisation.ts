import type { RelationshipField } from 'payload'
import { organisationFieldUpdate } from '../access/ownOrganisationContent'
import { editorOrganisationId, isCoordinatorUser } from '../access/roles'

/**
 * The organisation an offering or expert belongs to. A partner editor sees and picks only their
 * own organisation (preset for them) and can never change it afterwards: field access here, and
 * the `preventOrganisationChange` hook on the collection as the server-side backstop.
 */
export function organisationField(): RelationshipField {
  return {
    name: 'organisation',
    label: 'Organisatie',
    type: 'relationship',
    relationTo: 'organisations',
    required: true,
    index: true,
    defaultValue: ({ user }: { user?: unknown }) => editorOrganisationId(user),
    filterOptions: ({ user }) => {
      if (isCoordinatorUser(user)) return true
      const organisationId = editorOrganisationId(user)
      return organisationId ? { id: { equals: organisationId } } : true
    },
    access: { update: organisationFieldUpdate },
    admin: {
      position: 'sidebar',
      description: 'Alleen de coördinator kan een item naar een andere organisatie verplaatsen.',
    },
  }
}

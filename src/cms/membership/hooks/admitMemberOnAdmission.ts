import type { CollectionBeforeChangeHook } from 'payload'
import type { MembershipApplication } from '../../../payload-types'
import { inviteOrganisationEditor, upsertMemberOrganisation, type AdmittedApplication } from '../admitMember'

/**
 * The step to `toegelaten` sets the new member up in the same transaction: its organisation
 * (member since today, published) and a partner-editor account for the contact person, who
 * gets an invitation to choose a password. Runs after `enforceMembershipTransition`, so only
 * an allowed, complete step gets here; if saving fails, all of it rolls back.
 */
export const admitMemberOnAdmission: CollectionBeforeChangeHook<MembershipApplication> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || originalDoc?.status === 'toegelaten' || data.status !== 'toegelaten') return data
  // An update has the stored document, so stored and changed fields together are a whole application.
  const application = { ...originalDoc, ...data } as AdmittedApplication
  const organisationId = await upsertMemberOrganisation(req.payload, application, req)
  await inviteOrganisationEditor(req.payload, application, organisationId, req)
  return { ...data, organisation: organisationId }
}

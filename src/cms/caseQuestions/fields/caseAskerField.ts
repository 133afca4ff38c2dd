import type { Field, FieldHook } from 'payload'
import type { CaseQuestion } from '../../../payload-types'
import { contactPreferences } from '../../../domain/vocabulary'
import { caseQuestionAskerContactFieldRead } from '../access/caseQuestionFieldAccess'
import { nobodyField } from '../../shared/access/nobodyField'
import { idOf, isStaffUser } from '../../shared/access/roles'

/**
 * Fills the asker's contact details from their account, for one question at a time (lists do
 * not show them). The account itself stays closed to experts and platform members: they get
 * these three details through the question they are assigned to, nothing more.
 */
const fillAsker: FieldHook<CaseQuestion, CaseQuestion['asker']> = async ({ data, findMany, req }) => {
  // Read before the first await: the reader may not see `askedBy` itself, and Payload removes
  // fields a reader may not see while the other fields' hooks run.
  const askedBy = idOf(data?.askedBy)
  const preference = data?.contactPreference
  if (findMany || !askedBy || !isStaffUser(req.user)) return {}
  const professional = await req.payload.findByID({
    collection: 'professionals',
    id: askedBy,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { name: true, organisationName: true, email: true },
  })
  if (!professional) return {}
  const preferenceLabel = contactPreferences.find((option) => option.value === preference)?.label ?? 'E-mail'
  return {
    name: professional.name,
    organisation: professional.organisationName,
    email: professional.email,
    contact: `${preferenceLabel}; bereikbaar via ${professional.email ?? 'onbekend e-mailadres'}`,
  }
}

/** The asker as the assigned staff see them: name, organisation and how they want to be reached. */
export const caseAskerField: Field = {
  name: 'asker',
  type: 'group',
  label: 'Vrager',
  virtual: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Neem contact op met de vrager zoals die dat wil.',
  },
  access: { read: caseQuestionAskerContactFieldRead, create: nobodyField, update: nobodyField },
  hooks: { afterRead: [fillAsker] },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', virtual: true },
    { name: 'organisation', type: 'text', label: 'Organisatie', virtual: true },
    { name: 'email', type: 'email', label: 'E-mailadres', virtual: true },
    { name: 'contact', type: 'text', label: 'Contactvoorkeur', virtual: true },
  ],
}

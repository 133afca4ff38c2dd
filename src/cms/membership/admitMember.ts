import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { Network } from '../../domain/vocabulary'
import type { Organisation, User } from '../../payload-types'
import { editorInvitationEmail } from '../../domain/membership/emails'
import { idOf, type RelationValue } from '../shared/access/roles'
import { INVITATION_VALID_DAYS } from '../../domain/auth/tokenLifetimes'
import { collectPages } from '../../domain/paging'
import { issueSetPasswordToken } from '../shared/auth/setPasswordToken'
import { queueEmail } from '../shared/email/queueEmail'

export interface AdmittedApplication {
  organisationName: string
  website?: string | null
  address?: { street?: string | null; postcode?: string | null; city?: string | null } | null
  contactPerson: { name: string; email: string; phone?: string | null }
  networks?: Network[] | null
  offerSummary?: string | null
  organisation?: RelationValue
}

/** Today in Amsterdam at noon UTC: how Payload stores a day-only date. */
function todayAsDay(now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  return `${day}T12:00:00.000Z`
}

function sameName(a: string, b: string): boolean {
  const normalise = (value: string) => value.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ')
  return normalise(a) === normalise(b)
}

/** The organisation the application is about: the linked one, else one with the same name. */
async function findOrganisation(payload: Payload, application: AdmittedApplication, req: PayloadRequest): Promise<Organisation | undefined> {
  const linkedId = idOf(application.organisation)
  if (linkedId) {
    const linked = await payload.findByID({ collection: 'organisations', id: linkedId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (linked) return linked
  }
  // Every organisation whose name contains these words: the one with the same name may be
  // anywhere among them, and missing it would make a second organisation.
  const candidates = await collectPages((page) =>
    payload.find({
      collection: 'organisations',
      where: { name: { like: application.organisationName.trim() } },
      sort: 'id',
      depth: 0,
      page,
      limit: 100,
      overrideAccess: true,
      req,
    }),
  )
  return candidates.find((doc) => sameName(doc.name, application.organisationName))
}

/**
 * Makes the admitted applicant a member: creates its organisation (or updates the existing
 * one) as a published member since today with the networks and website from the application.
 * Returns the organisation's ID for the application's `organisation` field.
 */
export async function upsertMemberOrganisation(payload: Payload, application: AdmittedApplication, req: PayloadRequest): Promise<string> {
  const existing = await findOrganisation(payload, application, req)
  const networks = [...new Set([...(existing?.networks ?? []), ...(application.networks ?? [])])]
  // A member keeps its join date; an aspirant or a former member joins today.
  const memberSince = existing?.membershipStatus === 'lid' && existing.memberSince ? existing.memberSince : todayAsDay()
  const membership = { membershipStatus: 'lid', memberSince, memberUntil: null, networks, _status: 'published' } as const
  if (existing) {
    await payload.update({
      collection: 'organisations',
      id: existing.id,
      data: { ...membership, website: existing.website || application.website || undefined },
      draft: false,
      overrideAccess: true,
      req,
    })
    return String(existing.id)
  }
  const created = await payload.create({
    collection: 'organisations',
    data: {
      ...membership,
      name: application.organisationName.trim(),
      website: application.website || undefined,
      shortDescription: application.offerSummary ? application.offerSummary.slice(0, 300) : undefined,
      address: {
        street: application.address?.street ?? undefined,
        postcode: application.address?.postcode ?? undefined,
        city: application.address?.city ?? undefined,
      },
    },
    draft: false,
    overrideAccess: true,
    req,
  })
  return String(created.id)
}

/**
 * Gives the contact person a partner-editor account for the organisation and emails a link to
 * choose a password (Payload's reset-password token, valid for INVITATION_VALID_DAYS, on /admin/reset/<token>).
 * An existing account without an organisation is linked; an account that already works for
 * another organisation is left alone (a coordinator decides), and no invitation is sent then.
 */
export async function inviteOrganisationEditor(
  payload: Payload,
  application: AdmittedApplication,
  organisationId: string,
  req: PayloadRequest,
): Promise<void> {
  const email = application.contactPerson.email.trim().toLowerCase()
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true, req })
  const existing: User | undefined = found.docs[0]
  if (!existing) {
    await payload.create({
      collection: 'users',
      data: {
        name: application.contactPerson.name,
        email,
        // Never used: the editor chooses their own password through the emailed link.
        password: crypto.randomBytes(32).toString('hex'),
        roles: ['partnerEditor'],
        organisation: organisationId,
        phone: application.contactPerson.phone ?? undefined,
      },
      overrideAccess: true,
      req,
    })
  } else {
    const currentOrganisation = idOf(existing.organisation)
    if (currentOrganisation && currentOrganisation !== organisationId) {
      payload.logger.warn(`Geen redacteursaccount gekoppeld: ${email} werkt al voor een andere organisatie.`)
      return
    }
    await payload.update({
      collection: 'users',
      id: existing.id,
      data: { roles: [...new Set<User['roles'][number]>([...(existing.roles ?? []), 'partnerEditor'])], organisation: organisationId },
      overrideAccess: true,
      req,
    })
  }

  const token = await issueSetPasswordToken(payload, email, req)
  const base = payload.config.serverURL.replace(/\/$/, '')
  const admin = `${base}${payload.config.routes.admin}`
  const content = editorInvitationEmail(
    { name: application.contactPerson.name },
    application.organisationName,
    { setPassword: `${admin}/reset/${token}`, login: `${admin}/login` },
    INVITATION_VALID_DAYS,
  )
  await queueEmail(payload, { to: email, ...content, purpose: 'Lidmaatschap: uitnodiging redacteur' }, req)
}

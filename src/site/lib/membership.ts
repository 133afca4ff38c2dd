/**
 * The membership application's way into the CMS. Visitors have no create access on
 * `membershipApplications` (coordinators only, so the API cannot be used to flood it): this
 * function is the one controlled path, called by /lid-worden only with data that passed the
 * form's schema, the honeypot, the minimum fill time and the rate limit. The collection's
 * hooks record the status history and queue the emails.
 */
import type { Payload } from 'payload'
import { toMembershipApplicationData, type MembershipApplicationFormValues } from '../../domain/membership/applicationForm'

export async function submitMembershipApplication(payload: Payload, values: MembershipApplicationFormValues): Promise<void> {
  await payload.create({
    collection: 'membershipApplications',
    // The field's default, stated because the generated type requires it.
    data: { status: 'ingediend', ...toMembershipApplicationData(values) },
    overrideAccess: true,
    depth: 0,
  })
}

/** The yearly contribution in euros from the site settings (public). */
export async function getMembershipContribution(payload: Payload): Promise<number | undefined> {
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false, select: { membershipContribution: true } })
  return typeof settings.membershipContribution === 'number' ? settings.membershipContribution : undefined
}

/** "€ 1.500". */
export function formatEuros(amount: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount)
}

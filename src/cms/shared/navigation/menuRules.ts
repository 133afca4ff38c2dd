import { hasRole } from '../access/roles'

/**
 * Who finds a collection in the admin's menu. Payload's `admin.hidden`: true hides it. This is
 * about finding one's work, not about access: the access rules decide what anyone may read or
 * change (the access-matrix test), and Payload's own drawers (an upload, a relationship) still
 * open hidden collections for whoever has access.
 */
export type MenuRule = (args: { user: unknown }) => boolean

/** Coordinators (and admins) run everything: every collection is their work. */
export const hiddenUnlessCoordinator: MenuRule = ({ user }) => !hasRole(user, 'admin', 'coordinator')

/** Case questions: also the platform members and experts they are assigned to. */
export const hiddenUnlessCaseWork: MenuRule = ({ user }) => !hasRole(user, 'admin', 'coordinator', 'platformMember', 'expert')

/** Membership applications and signals: also the platform, which discusses them. */
export const hiddenUnlessPlatform: MenuRule = ({ user }) => !hasRole(user, 'admin', 'coordinator', 'platformMember')

/** Organisation pages, offerings, experts: also partner editors, who keep their own current. */
export const hiddenUnlessPartnerContent: MenuRule = ({ user }) => !hasRole(user, 'admin', 'coordinator', 'partnerEditor')

/** The rule per collection or global slug; anything not named here is the coordinators' work. */
export const menuRules: Readonly<Record<string, MenuRule>> = {
  organisations: hiddenUnlessPartnerContent,
  offerings: hiddenUnlessPartnerContent,
  experts: hiddenUnlessPartnerContent,
  caseQuestions: hiddenUnlessCaseWork,
  signals: hiddenUnlessPlatform,
  membershipApplications: hiddenUnlessPlatform,
}

export function menuRuleFor(slug: string): MenuRule {
  return menuRules[slug] ?? hiddenUnlessCoordinator
}

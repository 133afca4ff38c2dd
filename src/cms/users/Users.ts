import type { CollectionConfig } from 'payload'
import { PASSWORD_RESET_VALID_MS } from '../../domain/auth/tokenLifetimes'
import { publicOrigin } from '../../env'
import { staffRoles } from '../../domain/vocabulary'
import { isAdminField } from '../shared/access/isAdmin'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { isStaffUser } from '../shared/access/roles'
import { selfOrCoordinator, staffDirectoryRead } from './access/users'
import { inviteEditorEndpoint } from '../partners/endpoints/inviteEditor'
import { refuseUnusableResetToken } from '../shared/hooks/refuseUnusableResetToken'
import { requireOrganisationForEditors } from './hooks/requireOrganisationForEditors'
import { forgiveSuccessfulLogin, limitAuthAttempts } from '../shared/rateLimits/authRateLimits'

/**
 * Staff accounts: everyone who works in the admin. Professionals who only use the site have
 * their own auth collection (`professionals`) and never reach the admin.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Medewerker', plural: 'Medewerkers' },
  auth: {
    // A backstop that survives a restart. The limits per address and per account
    // (src/domain/rateLimit/limits.ts) refuse first and say for how long; Payload's lock after
    // five mistakes let anyone who knew an address lock that account for a quarter of an hour.
    maxLoginAttempts: 30,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // An hour for "wachtwoord vergeten"; invitations set their own, longer expiry (auth/setPasswordToken).
    forgotPassword: { expiration: PASSWORD_RESET_VALID_MS },
    // Secure whenever the public address is https, also behind a TLS proxy (the request itself is http).
    cookies: { secure: publicOrigin.https, sameSite: 'Lax' },
  },
  admin: {
    group: 'Beheer',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation'],
    description: 'Accounts van coördinatoren, platformleden, experts en redacteuren van partnerorganisaties.',
  },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    read: staffDirectoryRead,
    create: isCoordinator,
    update: selfOrCoordinator,
    delete: isCoordinator,
    unlock: isCoordinator,
  },
  hooks: {
    beforeOperation: [limitAuthAttempts, refuseUnusableResetToken],
    afterLogin: [forgiveSuccessfulLogin],
    beforeValidate: [requireOrganisationForEditors],
  },
  // Partner editors add colleagues only through this endpoint (role and organisation fixed).
  endpoints: [inviteEditorEndpoint],
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true },
    {
      name: 'roles',
      type: 'select',
      label: 'Rollen',
      hasMany: true,
      required: true,
      defaultValue: ['partnerEditor'],
      options: staffRoles.map(({ value, label }) => ({ value, label })),
      saveToJWT: true,
      access: {
        // Only coordinators hand out roles; only admins can make someone an admin (checked in the hook).
        create: isCoordinatorField,
        update: isCoordinatorField,
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisatie',
      saveToJWT: true,
      admin: { description: 'Verplicht voor redacteuren: zij beheren alleen de pagina’s van deze organisatie.' },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    { name: 'phone', type: 'text', label: 'Telefoon' },
    {
      name: 'isDemoAccount',
      type: 'checkbox',
      label: 'Demo-account',
      defaultValue: false,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}

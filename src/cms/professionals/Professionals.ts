import type { CollectionConfig } from 'payload'
import { EMAIL_MESSAGES, plainTextError, professionalRules } from '../../domain/professionals/personRules'
import { publicOrigin } from '../../env'
import { registerNumberError } from '../../domain/professionals/registerNumber'
import { professionalRegisters, professionalStatuses } from '../../domain/vocabulary'
import { PASSWORD_RESET_VALID_MS } from '../../domain/auth/tokenLifetimes'
import { anyone } from '../shared/access/anyone'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { nobodyField } from '../shared/access/nobodyField'
import { ownProfessionalAccount } from './access/ownProfessionalAccount'
import { resetPasswordEmail, verifyAccountEmail } from '../../domain/caseQuestions/emails'
import { siteUrl } from '../shared/email/caseLinks'
import { verifyProfessionalEndpoint } from './endpoints/verifyProfessional'
import { emailAddress, plainText } from '../shared/fields/personFields'
import { requiredChoice } from '../shared/fields/requiredChoice'
import { enforcePasswordRules } from './hooks/enforcePasswordRules'
import { keepVerificationWithCoordinator } from './hooks/keepVerificationWithCoordinator'
import { refuseUnusableResetToken } from '../shared/hooks/refuseUnusableResetToken'
import { renewVerificationOnRequest, stampVerificationExpiry } from './hooks/verificationExpiry'
import { notifyProfessionalApproval, settleProfessionalApproval } from './hooks/settleProfessionalApproval'
import { networksField } from '../shared/fields/networks'
import { toOptions } from '../shared/fields/options'
import { forgiveSuccessfulLogin, limitAuthAttempts } from '../shared/rateLimits/authRateLimits'

/**
 * Site accounts of professionals (youth workers, neighbourhood teams, client supporters). They
 * register on the site, confirm their email address and are approved by a coordinator before
 * they may send a case question. They never reach the admin.
 */
export const Professionals: CollectionConfig = {
  slug: 'professionals',
  labels: { singular: 'Professional', plural: 'Professionals' },
  auth: {
    // Payload's own emails, in Dutch, linking to the SITE (the admin is not for professionals).
    verify: {
      generateEmailSubject: () => verifyAccountEmail('', '').subject,
      generateEmailHTML: ({ token, user }) =>
        verifyAccountEmail(String(user?.name ?? ''), siteUrl(`/account/bevestigen?token=${encodeURIComponent(token ?? '')}`)).html,
    },
    forgotPassword: {
      // Token lifetimes are written down in src/domain/auth/tokenLifetimes.ts.
      expiration: PASSWORD_RESET_VALID_MS,
      generateEmailSubject: () => resetPasswordEmail('', '').subject,
      generateEmailHTML: (args) =>
        resetPasswordEmail(
          String((args?.user as { name?: string } | undefined)?.name ?? ''),
          siteUrl(`/account/wachtwoord-herstellen?token=${encodeURIComponent(args?.token ?? '')}`),
        ).html,
    },
    // A backstop that survives a restart. The limits per address and per account
    // (src/domain/rateLimit/limits.ts) refuse first and say for how long; Payload's lock after
    // five mistakes let anyone who knew an address lock that account for a quarter of an hour.
    maxLoginAttempts: 30,
    lockTime: 15 * 60 * 1000,
    // Two hours: long enough to write a case question, short on a shared computer.
    tokenExpiration: 2 * 60 * 60,
    // Secure whenever the public address is https, also behind a TLS proxy (the request itself is http).
    cookies: { secure: publicOrigin.https, sameSite: 'Lax' },
  },
  admin: {
    group: 'Casusvragen',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'organisationName', 'status', 'createdAt'],
    description: 'Accounts van professionals op de website (geen toegang tot het beheer).',
  },
  access: {
    admin: () => false,
    // Registration on the site; the status fields below cannot be set by the registrant.
    create: anyone,
    read: ownProfessionalAccount,
    update: ownProfessionalAccount,
    delete: isCoordinator,
    unlock: isCoordinator,
  },
  hooks: {
    beforeOperation: [limitAuthAttempts, refuseUnusableResetToken, enforcePasswordRules],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [keepVerificationWithCoordinator, settleProfessionalApproval, stampVerificationExpiry],
    afterChange: [notifyProfessionalApproval, renewVerificationOnRequest],
  },
  // Replaces Payload's verify route: confirmation links expire (see auth/verification).
  endpoints: [verifyProfessionalEndpoint],
  fields: [
    // Payload's own e-mail field, with the length checked before its pattern and a Dutch message.
    { name: 'email', type: 'email', validate: emailAddress(EMAIL_MESSAGES.je) },
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: professionalRules.name.max, validate: plainText(professionalRules.name) },
    {
      type: 'row',
      fields: [
        {
          name: 'organisationName',
          type: 'text',
          label: 'Organisatie (zoals opgegeven)',
          required: true,
          maxLength: professionalRules.organisationName.max,
          validate: plainText(professionalRules.organisationName),
          admin: { width: '50%' },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: 'Lidorganisatie',
          admin: {
            width: '50%',
            description: 'Wordt gekoppeld als het domein van het e-mailadres bij een lidorganisatie hoort.',
          },
          access: { create: isCoordinatorField, update: isCoordinatorField },
        },
      ],
    },
    {
      name: 'jobTitle',
      type: 'text',
      label: 'Functie',
      required: true,
      maxLength: professionalRules.jobTitle.max,
      validate: plainText(professionalRules.jobTitle),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'professionalRegister',
          type: 'select',
          label: 'Beroepsregister',
          required: true,
          options: toOptions(professionalRegisters),
          validate: requiredChoice('Kies je beroepsregister, of "Geen registratie".'),
          admin: { width: '50%' },
        },
        {
          name: 'registerNumber',
          type: 'text',
          label: 'Registratienummer',
          admin: {
            width: '50%',
            condition: (_data, siblingData) => siblingData?.professionalRegister !== 'geen',
          },
          maxLength: professionalRules.registerNumber.max,
          validate: (value: string | null | undefined, { siblingData }: { siblingData: { professionalRegister?: string } }) =>
            plainTextError(value, professionalRules.registerNumber, { required: false }) ??
            registerNumberError(siblingData?.professionalRegister, value) ??
            true,
        },
      ],
    },
    networksField(),
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'wacht-op-verificatie',
      index: true,
      options: toOptions(professionalStatuses),
      admin: { position: 'sidebar' },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: 'Goedgekeurd op',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Goedgekeurd door',
      admin: { position: 'sidebar', readOnly: true },
      access: { create: isCoordinatorField, update: isCoordinatorField },
    },
    {
      // When the emailed confirmation link stops working (Payload's own has no expiry).
      name: 'verificationExpiresAt',
      type: 'date',
      hidden: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { registerNumberError } from '../../domain/professionals/registerNumber'
import { professionalRegisters, professionalStatuses } from '../../domain/vocabulary'
import { anyone } from '../access/anyone'
import { isCoordinator, isCoordinatorField } from '../access/isCoordinator'
import { ownProfessionalAccount } from '../access/ownProfessionalAccount'
import { resetPasswordEmail, verifyAccountEmail } from '../../domain/caseQuestions/emails'
import { siteUrl } from '../email/caseLinks'
import { keepVerificationWithCoordinator } from '../hooks/keepVerificationWithCoordinator'
import { notifyProfessionalApproval, settleProfessionalApproval } from '../hooks/settleProfessionalApproval'
import { networksField } from '../fields/networks'
import { toOptions } from '../fields/options'
import { forgiveSuccessfulLogin, limitAuthAttempts } from '../rateLimits/authRateLimits'

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
    beforeOperation: [limitAuthAttempts],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [keepVerificationWithCoordinator, settleProfessionalApproval],
    afterChange: [notifyProfessionalApproval],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true },
    {
      type: 'row',
      fields: [
        { name: 'organisationName', type: 'text', label: 'Organisatie (zoals opgegeven)', required: true, admin: { width: '50%' } },
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
    { name: 'jobTitle', type: 'text', label: 'Functie', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'professionalRegister',
          type: 'select',
          label: 'Beroepsregister',
          required: true,
          options: toOptions(professionalRegisters),
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
          validate: (value: string | null | undefined, { siblingData }: { siblingData: { professionalRegister?: string } }) =>
            registerNumberError(siblingData?.professionalRegister, value) ?? true,
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
  ],
}

import type { CollectionConfig } from 'payload'
import { emailStatuses } from '../../../domain/vocabulary'
import { isAdmin } from '../access/isAdmin'
import { isCoordinator } from '../access/isCoordinator'
import { nobody } from '../access/nobody'
import { nobodyField } from '../access/nobodyField'

/**
 * Every email the portal sends, with its content and delivery status. A record is written when
 * the email is queued; the sendEmail job delivers it and records the outcome, so coordinators
 * can see what was sent to whom and what is still waiting. The content is stored with secret
 * links redacted (password reset, verification, invitation, unsubscribe, cancel links…):
 * reading the log never lets anyone act as a recipient.
 */
export const EmailLog: CollectionConfig = {
  slug: 'emailLog',
  labels: { singular: 'Verzonden e-mail', plural: 'E-maillog' },
  admin: {
    group: 'Beheer',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'createdAt', 'sentAt'],
    description: 'Wat er aan wie is verstuurd, en of het is aangekomen bij de mailserver.',
  },
  access: {
    read: isCoordinator,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'text', label: 'Aan', required: true, index: true },
    { name: 'subject', type: 'text', label: 'Onderwerp', required: true },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'wachtrij',
      index: true,
      options: emailStatuses.map(({ value, label }) => ({ value, label })),
    },
    { name: 'purpose', type: 'text', label: 'Aanleiding', admin: { description: 'Bijvoorbeeld: aanmelding bijeenkomst, wachtwoord vergeten.' } },
    { name: 'attempts', type: 'number', label: 'Pogingen', defaultValue: 0 },
    { name: 'lastError', type: 'textarea', label: 'Laatste foutmelding' },
    { name: 'messageId', type: 'text', label: 'Message-ID' },
    { name: 'sentAt', type: 'date', label: 'Verzonden op', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'text',
      type: 'textarea',
      label: 'Tekst',
      admin: { description: 'Links met een geheim (wachtwoord, bevestigen, afmelden) staan hier als [verwijderd]; de ontvanger kreeg ze wel.' },
    },
    {
      // Shown in a sandboxed frame, never executed; no code editor that loads from the internet.
      name: 'html',
      type: 'textarea',
      label: 'HTML',
      admin: { readOnly: true, components: { Field: '/src/cms/shared/email/EmailHtmlPreview#EmailHtmlPreview' } },
    },
    {
      name: 'message',
      type: 'json',
      label: 'Overige berichtgegevens',
      admin: {
        readOnly: true,
        description: 'Antwoordadres, extra kopteksten en bijlagen (links met een geheim erin onleesbaar gemaakt).',
        components: { Field: '/src/cms/shared/email/JsonPreview#JsonPreview' },
      },
    },
    {
      // The real message, encrypted, only while it waits for delivery (see queueEmail): never
      // readable through the API, emptied by the job once the mail is sent or given up.
      name: 'sealed',
      type: 'textarea',
      hidden: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { newsletterSectionKinds, newsletterStatuses } from '../../domain/vocabulary'
import { serverUrl } from '../../env'
import { isCoordinator, isCoordinatorField } from '../shared/access/isCoordinator'
import { sentNewslettersOrCoordinator } from './access/sentNewslettersOrCoordinator'
import { networksField } from '../shared/fields/networks'
import { toOptions } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { richTextField } from '../shared/fields/richText'
import { newsletterPreview } from './endpoints/newsletterPreview'
import { guardNewsletterStatus } from './hooks/guardNewsletterStatus'
import { runNewsletterActions } from './hooks/runNewsletterActions'
import { lockedWhenSending, refuseDeletingLockedEdition, senderOnly, slugOfCopy, titleOfCopy } from './editionLock'
import { statusField } from './statusField'
import { statusHistoryField } from '../shared/workflow/statusHistoryField'

const slug = slugField('title')

/**
 * Newsletter editions. Sent editions form the public archive; everything else, and the send
 * progress, is for coordinators. Subscribers live in their own collection and never here.
 * From the moment sending starts the content is fixed (`lockedWhenSending`) and the edition
 * cannot be deleted; a correction is a copy ("Kopie maken als nieuwe editie", Payload's
 * duplicate), which starts as a concept without the sending state.
 */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: 'Nieuwsbrief', plural: 'Nieuwsbrieven' },
  admin: {
    group: 'Nieuwsbrief',
    useAsTitle: 'title',
    defaultColumns: ['title', 'networks', 'status', 'scheduledAt', 'sentAt'],
    description:
      'Schrijf een nieuwsbrief, bekijk het voorbeeld (knop "Voorbeeld"), stuur jezelf een testmail en zet de status op "Ingepland" om te verzenden (nu, of op het moment bij "Verzenden op").',
    // The "Voorbeeld" button: the edition as subscribers will get it (HTML; add ?formaat=tekst for the text part).
    preview: (doc) => (doc?.id ? `${serverUrl}/api/newsletters/${doc.id}/voorbeeld` : null),
  },
  endpoints: [newsletterPreview],
  hooks: {
    beforeChange: [guardNewsletterStatus],
    afterChange: [runNewsletterActions],
    beforeDelete: [refuseDeletingLockedEdition],
  },
  access: {
    read: sentNewslettersOrCoordinator,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
  },
  fields: [
    { name: 'editionNotice', type: 'ui', admin: { components: { Field: '/src/cms/newsletter/components/EditionNotice#EditionNotice' } } },
    lockedWhenSending({ name: 'title', type: 'text', label: 'Titel', required: true, hooks: { beforeDuplicate: [titleOfCopy] } }),
    lockedWhenSending({ ...slug, hooks: { ...slug.hooks, beforeDuplicate: [slugOfCopy] } }),
    lockedWhenSending(networksField()),
    lockedWhenSending({ name: 'intro', type: 'textarea', label: 'Inleiding', admin: { description: 'Kort; ook de voorvertoning in het e-mailprogramma.' } }),
    lockedWhenSending(richTextField({ name: 'content', label: 'Inhoud' })),
    lockedWhenSending({
      name: 'sections',
      type: 'array',
      label: 'Blokken uit de website',
      labels: { singular: 'Blok', plural: 'Blokken' },
      admin: {
        description:
          'Onder de tekst: blokken die bij het verzenden worden gevuld met wat er dan op de website staat (alleen gepubliceerd, voor de netwerken van deze nieuwsbrief).',
        components: { RowLabel: '/src/cms/newsletter/components/SectionRowLabel#SectionRowLabel' },
      },
      fields: [
        { name: 'kind', type: 'select', label: 'Soort blok', required: true, defaultValue: 'upcomingEvents', options: toOptions(newsletterSectionKinds) },
        { name: 'heading', type: 'text', label: 'Kop', admin: { description: 'Leeg: de naam van het soort blok.' } },
        { name: 'limit', type: 'number', label: 'Hoeveel', defaultValue: 3, min: 1, max: 10 },
        {
          name: 'sinceDays',
          type: 'number',
          label: 'Van de afgelopen dagen',
          defaultValue: 90,
          min: 1,
          max: 730,
          admin: { description: 'Voor kennis en aanbod: alleen wat in deze periode verscheen of werd bijgewerkt.' },
        },
      ],
    }),
    {
      name: 'sendTest',
      type: 'checkbox',
      label: 'Testmail naar mij sturen bij opslaan',
      defaultValue: false,
      disableDuplicate: true,
      access: { read: isCoordinatorField },
      admin: { position: 'sidebar', description: 'Stuurt de nieuwsbrief zoals abonnees hem krijgen naar je eigen e-mailadres.' },
    },
    {
      name: 'retryFailed',
      type: 'checkbox',
      label: 'Mislukte verzendingen opnieuw proberen bij opslaan',
      defaultValue: false,
      disableDuplicate: true,
      access: { read: isCoordinatorField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.progress?.failed),
        description: 'Zet de mislukte verzendingen terug in de wachtrij (zie "Verzendingen nieuwsbrief" voor de foutmeldingen).',
      },
    },
    statusField,
    lockedWhenSending({
      name: 'scheduledAt',
      type: 'date',
      label: 'Verzenden op',
      disableDuplicate: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    {
      name: 'sentAt',
      type: 'date',
      label: 'Verzonden op',
      index: true,
      disableDuplicate: true,
      access: senderOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'progress',
      type: 'group',
      label: 'Voortgang verzending',
      disableDuplicate: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { read: isCoordinatorField, ...senderOnly },
      fields: [
        { name: 'total', type: 'number', label: 'Totaal', defaultValue: 0, min: 0 },
        { name: 'sent', type: 'number', label: 'Verzonden', defaultValue: 0, min: 0 },
        { name: 'failed', type: 'number', label: 'Mislukt', defaultValue: 0, min: 0 },
        { name: 'remaining', type: 'number', label: 'Nog te verzenden', defaultValue: 0, min: 0 },
      ],
    },
    {
      name: 'pausedReason',
      type: 'textarea',
      label: 'Reden van pauze',
      disableDuplicate: true,
      access: { read: isCoordinatorField, ...senderOnly },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.pausedReason) },
    },
    // Every status step, by a coordinator or by the sender; written only by guardNewsletterStatus.
    // Coordinators only: a sent edition is public, who handled it is not. A copy starts its own.
    statusHistoryField({ statuses: newsletterStatuses, access: { read: isCoordinatorField, ...senderOnly }, disableDuplicate: true }),
    {
      // What the sections showed when the edition was sent: the public archive shows the same.
      name: 'archivedSections',
      type: 'json',
      label: 'Blokken zoals verzonden',
      disableDuplicate: true,
      access: senderOnly,
      admin: { hidden: true },
    },
    {
      // The sender's state: the rendered email (with placeholders for personal links) and the
      // one batch job that may send. Never shown to the public.
      name: 'sending',
      type: 'group',
      label: 'Verzending',
      disableDuplicate: true,
      access: { read: isCoordinatorField, ...senderOnly },
      admin: { hidden: true },
      fields: [
        { name: 'subject', type: 'text' },
        { name: 'emailHtml', type: 'code' },
        { name: 'emailText', type: 'textarea' },
        { name: 'startedAt', type: 'date' },
        { name: 'batchJobId', type: 'text' },
        { name: 'deliveriesComplete', type: 'checkbox' },
      ],
    },
  ],
}

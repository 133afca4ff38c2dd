import type { SelectField, SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'
import { statusesOfferedFrom, statusStepRefusal } from '../../domain/newsletter/editionStatus'
import { newsletterStatuses } from '../../domain/vocabulary'
import { toOptions } from '../shared/fields/options'

/**
 * A person's status step, checked against the status stored now (the form may be older: opened
 * before the edition went out). The hook guardNewsletterStatus refuses such a save; this check
 * puts the same Dutch reason on the field and keeps it there, as the admin re-validates the form
 * after a refused save and would otherwise clear the error the server returned.
 */
const validateStatusStep: SelectFieldSingleValidation = async (value, args) => {
  const base = select(value, args)
  if (base !== true) return base
  const { id, req, operation, event, previousValue, data } = args
  if (!req.user || req.context?.newsletterSender || typeof value !== 'string') return true
  const stored =
    operation !== 'update' || !id
      ? 'concept'
      : event === 'submit'
        ? previousValue
        : (await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true }, req }))?.status
  if (typeof stored !== 'string' || stored === value) return true
  return statusStepRefusal(stored, value, data ?? {}) ?? true
}

/** The edition's status: offers only the steps a person may take from the current one. */
export const statusField: SelectField = {
  name: 'status',
  type: 'select',
  label: 'Status',
  required: true,
  defaultValue: 'concept',
  index: true,
  disableDuplicate: true,
  options: toOptions(newsletterStatuses),
  filterOptions: ({ options, data }) => {
    const offered: string[] = statusesOfferedFrom(data?.status)
    return options.filter((option) => offered.includes(typeof option === 'string' ? option : option.value))
  },
  validate: validateStatusStep,
  admin: {
    position: 'sidebar',
    description: 'Ingepland: verzenden op het moment hieronder (leeg: nu). Tijdens het verzenden: pauzeren en hervatten.',
  },
}

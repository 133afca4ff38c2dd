import type { SelectField, SelectFieldManyValidation } from 'payload'
import { select } from 'payload/shared'
import { networks } from '../../../domain/vocabulary'
import { vocabularySelect } from './options'

/**
 * The network(s) an item belongs to: the site serves both networks side by side and filters on
 * this. Most content belongs to at least one network, hence required with at least one value.
 */
export function networksField({ required = true }: { required?: boolean } = {}): SelectField {
  const field = vocabularySelect({
    name: 'networks',
    label: 'Netwerken',
    list: networks,
    hasMany: true,
    required,
    sidebar: true,
    description: 'Bij welk netwerk dit hoort: Jeugd (L)VB Amsterdam, LVB18+ of beide.',
  })
  if (!required) return field
  // A clearer message than the generic "required"; the built-in check of the values still runs.
  const validate: SelectFieldManyValidation = (value, args) =>
    Array.isArray(value) && value.length > 0 ? select(value, args) : 'Kies minstens één netwerk.'
  return { ...field, validate } as SelectField
}

/** A single, optional network (pages that belong to one network's section of the site). */
export function networkField(): SelectField {
  return vocabularySelect({
    name: 'network',
    label: 'Netwerk',
    list: networks,
    sidebar: true,
    description: 'Leeg laten voor een pagina die voor beide netwerken geldt.',
  })
}

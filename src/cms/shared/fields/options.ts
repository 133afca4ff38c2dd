import type { SelectField } from 'payload'
import type { Option } from '../../../domain/vocabulary'

/** A vocabulary list as Payload select options (a fresh mutable copy; the list stays readonly). */
export function toOptions(list: readonly Option[]): { label: string; value: string }[] {
  return list.map(({ value, label }) => ({ value, label }))
}

interface VocabularySelectOptions {
  name: string
  label: string
  list: readonly Option[]
  hasMany?: boolean
  required?: boolean
  description?: string
  /** Show the field in the sidebar of the edit view (status-like fields). */
  sidebar?: boolean
  defaultValue?: string | string[]
}

/**
 * A select over one of the closed lists in `domain/vocabulary`. Indexed, because the site filters
 * on these (facets) and the admin list view sorts and filters on them.
 */
export function vocabularySelect({
  name,
  label,
  list,
  hasMany = false,
  required = false,
  description,
  sidebar = false,
  defaultValue,
}: VocabularySelectOptions): SelectField {
  return {
    name,
    label,
    type: 'select',
    options: toOptions(list),
    hasMany,
    required,
    index: true,
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    admin: {
      ...(description ? { description } : {}),
      ...(sidebar ? { position: 'sidebar' as const } : {}),
      // An optional choice must be removable again, a required one not.
      isClearable: !required,
    },
  } as SelectField
}

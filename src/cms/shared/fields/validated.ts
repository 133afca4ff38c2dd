import type { FieldHook, TextField, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import {
  normalizeDomain,
  normalizePostcode,
  normalizeUrl,
  validateDomain,
  validatePhone,
  validatePostcode,
  validateUrl,
} from '../../../domain/validation'

/**
 * Text fields with a format: the pure rule from `domain/validation` plus Payload's own text
 * checks (required, length), and a normalising hook so stored values have one shape.
 */

// Generic: format fields of any collection or global.
function normalizeWith(normalize: (value: string) => string): FieldHook {
  return ({ value }) => (typeof value === 'string' ? normalize(value) : value)
}

function withTextChecks(rule: (value: string | null | undefined) => true | string): TextFieldSingleValidation {
  return (value, args) => {
    const result = rule(value)
    return result === true ? text(value, args) : result
  }
}

interface FormatFieldOptions {
  name: string
  label: string
  required?: boolean
  description?: string
}

/** A web address: `https://` added when missing, only http(s) to a real host accepted. */
export function urlField({ name, label, required = false, description }: FormatFieldOptions): TextField {
  return {
    name,
    label,
    type: 'text',
    required,
    validate: withTextChecks(validateUrl),
    hooks: { beforeValidate: [normalizeWith(normalizeUrl)] },
    admin: { description: description ?? 'Volledig webadres, bijvoorbeeld https://www.cordaan.nl.' },
  }
}

export function postcodeField(): TextField {
  return {
    name: 'postcode',
    label: 'Postcode',
    type: 'text',
    validate: withTextChecks(validatePostcode),
    hooks: { beforeValidate: [normalizeWith(normalizePostcode)] },
    admin: { placeholder: '1012 AB', width: '30%' },
  }
}

export function phoneField({ name = 'phone', label = 'Telefoonnummer' }: Partial<FormatFieldOptions> = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    validate: withTextChecks(validatePhone),
    hooks: { beforeValidate: [normalizeWith((value) => value.trim())] },
    admin: { placeholder: '020 123 45 67' },
  }
}

/**
 * A list of domain names ("cordaan.nl"), stored as a plain list of strings so it can be queried
 * with `in`/`equals` (e.g. to recognise staff of a member organisation by their e-mail address).
 */
export function domainsField({ name, label, description }: FormatFieldOptions): TextField {
  const validate: TextFieldManyValidation = (value, args) => {
    for (const domain of value ?? []) {
      const result = validateDomain(domain)
      if (result !== true) return result
    }
    // Payload's `text` handles lists too (row counts, length per item); only its type says string.
    return (text as unknown as TextFieldManyValidation)(value, args)
  }
  return {
    name,
    label,
    type: 'text',
    hasMany: true,
    index: true,
    validate,
    hooks: {
      beforeValidate: [
        ({ value }) =>
          Array.isArray(value)
            ? [...new Set(value.filter((item): item is string => typeof item === 'string').map(normalizeDomain))].filter(Boolean)
            : value,
      ],
    },
    admin: { description },
  }
}

import type { EmailFieldValidation, TextFieldSingleValidation } from 'payload'
import { email } from 'payload/shared'
import { emailLengthError, plainTextError, type PlainTextRule } from '../../../domain/professionals/personRules'

/**
 * Validators for what people type about themselves (professional accounts, event
 * registrations): the domain's rules in personRules.ts, with the Dutch message on the field.
 * On an update only a changed value is checked, so an account stored before a rule existed
 * can still be approved or cancelled.
 */

interface Args {
  operation?: string
  previousValue?: unknown
}

const unchanged = (value: unknown, { operation, previousValue }: Args) => operation === 'update' && value === previousValue

/** A one-line plain text: required, length, no markup or web address. */
export function plainText(rule: PlainTextRule, { required = true }: { required?: boolean } = {}): TextFieldSingleValidation {
  return (value, args) => (unchanged(value, args) ? true : (plainTextError(value, rule, { required }) ?? true))
}

/** An e-mail address: its length first, then Payload's own format rule, with our message. */
export function emailAddress(messages: { required: string; invalid: string }): EmailFieldValidation {
  return (value, args) => {
    if (unchanged(value, args)) return true
    const lengthError = emailLengthError(value, messages)
    if (lengthError) return lengthError
    return email(value, args) === true ? true : messages.invalid
  }
}

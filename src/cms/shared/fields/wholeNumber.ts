/**
 * Validator for number fields holding a whole number in a range (an age in years, a rating).
 * Replaces Payload's default number validation, so it checks `required` itself.
 */
export function wholeNumber(min: number, max: number, { required = false } = {}) {
  return (value: number | null | undefined): true | string => {
    if (value === null || value === undefined || (value as unknown) === '') {
      return required ? 'Dit veld is verplicht.' : true
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) return 'Vul een heel getal in.'
    if (value < min || value > max) return `Vul een getal van ${min} tot en met ${max} in.`
    return true
  }
}

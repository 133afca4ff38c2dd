/**
 * A KvK number (Dutch Chamber of Commerce registration) has exactly eight digits. Spaces and
 * dots people type for readability are removed first; all zeros is not a real number.
 */
export function normaliseKvkNumber(input: string): string {
  return input.replace(/[\s.]/g, '')
}

export function isValidKvkNumber(input: string | null | undefined): boolean {
  // Eight digits with a few dots or spaces; longer input is no KvK number and is not read further.
  if (typeof input !== 'string' || input.length > 32) return false
  const value = normaliseKvkNumber(input)
  return /^\d{8}$/.test(value) && value !== '00000000'
}

export const KVK_ERROR = 'Vul een KvK-nummer van precies 8 cijfers in.'

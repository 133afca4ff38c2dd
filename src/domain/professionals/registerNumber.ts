import type { ProfessionalRegister } from '../vocabulary'

/** A register number is required for every register except "geen registratie". */
export function registerNumberRequired(register: ProfessionalRegister | string | null | undefined): boolean {
  return Boolean(register) && register !== 'geen'
}

/** Error message for the register number, or undefined when it is fine. */
export function registerNumberError(
  register: ProfessionalRegister | string | null | undefined,
  registerNumber: string | null | undefined,
): string | undefined {
  if (registerNumberRequired(register) && !registerNumber?.trim()) {
    return 'Vul je registratienummer in (of kies "Geen registratie").'
  }
  return undefined
}

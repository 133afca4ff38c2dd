import { CaseHandlingSettings } from './caseQuestions/CaseHandlingSettings'
import { SiteSettings } from './shared/SiteSettings'

export const globals = [SiteSettings, CaseHandlingSettings]

import { CaseHandlingSettings } from './CaseHandlingSettings'
import { SiteSettings } from './SiteSettings'

export const globals = [SiteSettings, CaseHandlingSettings]

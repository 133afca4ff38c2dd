import { attendanceCsvEndpoint, attendanceSaveEndpoint, eventsCsvEndpoint } from './eventEndpoints'
import { newsletterCsvEndpoint } from './newsletterCsv'

/** The root endpoints of the monitoring (under /api/monitoring); the case CSV hangs on caseQuestions. */
export const monitoringEndpoints = [eventsCsvEndpoint, attendanceCsvEndpoint, attendanceSaveEndpoint, newsletterCsvEndpoint]

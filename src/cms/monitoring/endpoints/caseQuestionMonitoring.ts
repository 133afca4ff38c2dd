/** GET /api/caseQuestions/monitoring: the CSV per question of the monitoring (see src/cms/monitoring). */
export { caseQuestionsCsvEndpoint as caseQuestionMonitoringEndpoint } from './caseQuestionsCsv'

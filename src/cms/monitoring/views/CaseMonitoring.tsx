import type { PayloadRequest } from 'payload'
import { caseMonitoringReport } from '../../../domain/caseQuestions/monitoring'
import { numberText, percentageText } from '../../../domain/monitoring/numbers'
import { filtersQuery, yearOptions, type MonitoringFilters } from '../../../domain/monitoring/period'
import { mayExportMonitoring, type MonitoringSection } from '../access'
import { caseReadAs, firstQuestionAt, loadCaseNorms, loadMonitoredQuestions, loadMonitoredSignals } from '../load/caseQuestions'
import { Chart } from './Chart'
import { caseCharts } from './caseCharts'
import { KeyFigures, MonitoringFrame } from './MonitoringFrame'

/** /admin/monitoring: the case questions of a year, for coordinators and (numbers only) platform members. */
export async function CaseMonitoring({ req, filters, visibleSections }: { req: PayloadRequest; filters: MonitoringFilters; visibleSections: MonitoringSection[] }) {
  const readAs = caseReadAs(req)
  const [questions, signals, norms, first] = await Promise.all([
    loadMonitoredQuestions(req.payload, filters, readAs),
    loadMonitoredSignals(req.payload, filters, req),
    loadCaseNorms(req.payload, req),
    firstQuestionAt(req.payload, readAs),
  ])
  const report = caseMonitoringReport(filters.year, questions, signals, norms)
  return (
    <MonitoringFrame
      section="casusvragen"
      visibleSections={visibleSections}
      title="Monitoring casusvragen"
      filters={filters}
      years={yearOptions(first)}
      csv={mayExportMonitoring(req.user) ? { href: `/api/caseQuestions/monitoring?${filtersQuery(filters)}`, label: 'Download per vraag (CSV)' } : undefined}
    >
      <p className="monitoring__intro">
        Aantallen en doorlooptijden van de casusvragen die in dit jaar binnenkwamen (Nederlandse tijd), zonder inhoud van de vragen. Normen
        uit de instellingen Casusbehandeling: triage binnen {report.norms.triageWorkingDays} werkdagen, advies binnen {report.norms.adviceDays}{' '}
        {report.norms.adviceUnit} na ontvangst; weekenden en feestdagen tellen niet als werkdag.
      </p>
      <KeyFigures
        figures={[
          { label: 'Casusvragen', value: String(report.total) },
          { label: 'Triage binnen de norm', value: percentageText(report.triage.withinNorm, report.triage.measured), note: `van ${report.triage.measured} afgerond, mediaan ${numberText(report.triage.median)} werkdagen` },
          { label: 'Triage over de termijn', value: String(report.triage.overdue), note: 'nog open' },
          { label: 'Advies binnen de norm', value: percentageText(report.advice.withinNorm, report.advice.measured), note: `van ${report.advice.measured} adviezen, mediaan ${numberText(report.advice.median)} ${report.advice.unit}` },
          { label: 'Advies over de termijn', value: String(report.advice.overdue), note: 'nog open' },
          { label: 'Advies opgepakt', value: percentageText(report.followUp.pickedUp, report.followUp.advised), note: `${report.followUp.pickedUp} van ${report.followUp.advised}` },
          { label: 'Terugkerende casussen', value: String(report.returning), note: percentageText(report.returning, report.total) },
          { label: 'Open signalen', value: String(report.signals.open), note: `van ${report.signals.total} in dit jaar` },
        ]}
      />
      {caseCharts(report).map((chart) => (
        <Chart key={chart.id} {...chart} />
      ))}
    </MonitoringFrame>
  )
}

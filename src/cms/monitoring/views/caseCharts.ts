import {
  caseStatusLabelOf,
  networkLabel,
  normStateLabels,
  problemLabel,
  signalStatusLabel,
  type CaseMonitoringReport,
} from '../../../domain/caseQuestions/monitoring'
import { countText, numberText, percentageText } from '../../../domain/monitoring/numbers'
import { monthName, monthShort } from '../../../domain/monitoring/period'
import { signalStatuses } from '../../../domain/vocabulary'
import { palette } from '../charts/renderChart'
import type { ChartProps } from './Chart'

/** "Licht verstandelijke beperking (LVB)" → "licht verstandelijke beperking (LVB)": abbreviations keep their capitals. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

const vragen = (count: number) => countText(count, 'vraag', 'vragen')

/** The charts of the case monitoring, each with its summary and table, from the report. */
export function caseCharts(report: CaseMonitoringReport): ChartProps[] {
  const charts: ChartProps[] = []
  const monthNetworks = [...new Set(report.perMonth.map((entry) => entry.network))]
  const series = monthNetworks.map((network, index) => ({ key: network, label: networkLabel(network), color: palette[index % palette.length] }))
  const monthTotals = report.months.map((month) => report.perMonth.filter((e) => e.month === month).reduce((sum, e) => sum + e.count, 0))
  const busiest = monthTotals.indexOf(Math.max(...monthTotals))
  charts.push({
    id: 'per-maand',
    title: 'Casusvragen per maand',
    summary:
      report.total === 0
        ? `In ${report.year} kwamen geen casusvragen binnen.`
        : `In ${report.year} kwamen ${vragen(report.total)} binnen; de meeste in ${monthName(report.months[busiest])} (${monthTotals[busiest]}).`,
    spec: {
      orientation: 'vertical',
      layout: 'stacked',
      categories: report.months.map(monthShort),
      series,
      data: report.perMonth.map((entry) => ({ category: monthShort(entry.month), series: entry.network, value: entry.count })),
      valueLabel: 'Aantal vragen',
    },
    table: {
      head: ['Maand', ...series.map((s) => s.label), ...(series.length > 1 ? ['Totaal'] : [])],
      rows: report.months.map((month, index) => [
        monthName(month),
        ...monthNetworks.map((network) => report.perMonth.find((e) => e.month === month && e.network === network)?.count ?? 0),
        ...(series.length > 1 ? [monthTotals[index]] : []),
      ]),
      foot: ['Totaal', ...monthNetworks.map((network) => report.perNetwork.find((e) => e.network === network)?.count ?? 0), ...(series.length > 1 ? [report.total] : [])],
    },
  })

  if (report.perNetwork.length > 1) {
    charts.push({
      id: 'per-netwerk',
      title: 'Casusvragen per netwerk',
      summary: report.perNetwork.map((entry) => `${networkLabel(entry.network)}: ${vragen(entry.count)} (${percentageText(entry.count, report.total)})`).join('; ') + '.',
      spec: simpleBars(report.perNetwork.map((entry) => [networkLabel(entry.network), entry.count]), 'Aantal vragen'),
      table: { head: ['Netwerk', 'Vragen', 'Aandeel'], rows: report.perNetwork.map((e) => [networkLabel(e.network), e.count, percentageText(e.count, report.total)]) },
    })
  }

  const top = report.perProblem.filter((entry) => entry.problem !== '').slice(0, 3)
  charts.push({
    id: 'per-problematiek',
    title: 'Casusvragen per problematiek',
    summary:
      top.length === 0
        ? 'Bij geen enkele vraag is de problematiek ingevuld.'
        : `Een vraag kan meer soorten problematiek hebben. Het vaakst: ${top.map((e) => `${lowerFirst(problemLabel(e.problem))} (${e.count})`).join(', ')}.`,
    spec: simpleBars(report.perProblem.map((entry) => [problemLabel(entry.problem), entry.count]), 'Aantal vragen'),
    table: { head: ['Problematiek', 'Vragen', 'Aandeel van alle vragen'], rows: report.perProblem.map((e) => [problemLabel(e.problem), e.count, percentageText(e.count, report.total)]) },
  })

  const normSeries = (['binnen-norm', 'buiten-norm', 'over-termijn', 'open'] as const).map((key, index) => ({
    key,
    label: normStateLabels[key],
    color: [palette[2], palette[4], palette[1], palette[5]][index],
  }))
  const triageLabel = `Triage (norm ${report.norms.triageWorkingDays} werkdagen)`
  const adviceLabel = `Advies (norm ${report.norms.adviceDays} ${report.norms.adviceUnit})`
  const normValues = (n: CaseMonitoringReport['triage']) => ({ 'binnen-norm': n.withinNorm, 'buiten-norm': n.late, 'over-termijn': n.overdue, open: n.open })
  const triage = normValues(report.triage)
  const advice = normValues(report.advice)
  charts.push({
    id: 'doorlooptijden',
    title: 'Doorlooptijden tegen de normen',
    summary:
      `Triage: ${percentageText(report.triage.withinNorm, report.triage.measured)} van ${report.triage.measured} afgeronde triages binnen de norm, mediaan ${numberText(report.triage.median)} werkdagen; ${report.triage.overdue} open over de termijn. ` +
      `Advies: ${percentageText(report.advice.withinNorm, report.advice.measured)} van ${report.advice.measured} adviezen binnen de norm, mediaan ${numberText(report.advice.median)} ${report.advice.unit}; ${report.advice.overdue} open over de termijn.`,
    spec: {
      orientation: 'horizontal',
      layout: 'stacked',
      categories: [triageLabel, adviceLabel],
      series: normSeries,
      data: normSeries.flatMap((s) => [
        { category: triageLabel, series: s.key, value: triage[s.key] },
        { category: adviceLabel, series: s.key, value: advice[s.key] },
      ]),
      valueLabel: 'Aantal vragen',
    },
    table: {
      head: ['Stap', ...normSeries.map((s) => s.label), 'Binnen de norm (van afgerond)', 'Mediaan doorlooptijd'],
      rows: [
        [triageLabel, ...normSeries.map((s) => triage[s.key]), percentageText(report.triage.withinNorm, report.triage.measured), `${numberText(report.triage.median)} werkdagen`],
        [adviceLabel, ...normSeries.map((s) => advice[s.key]), percentageText(report.advice.withinNorm, report.advice.measured), `${numberText(report.advice.median)} ${report.advice.unit}`],
      ],
    },
  })

  charts.push({
    id: 'advies-opgepakt',
    title: 'Advies opgepakt',
    summary:
      report.followUp.advised === 0
        ? 'Er is in deze periode nog geen advies gegeven.'
        : `Van ${report.followUp.advised} gegeven adviezen is bij ${report.followUp.pickedUp} vastgelegd dat ze zijn opgepakt (${percentageText(report.followUp.pickedUp, report.followUp.advised)}).`,
    spec: simpleBars(
      [
        ['Opgepakt', report.followUp.pickedUp],
        ['Nog niet vastgelegd', report.followUp.notYet],
      ],
      'Aantal adviezen',
    ),
    table: {
      head: ['Opvolging', 'Adviezen', 'Aandeel'],
      rows: [
        ['Opgepakt', report.followUp.pickedUp, percentageText(report.followUp.pickedUp, report.followUp.advised)],
        ['Nog niet vastgelegd', report.followUp.notYet, percentageText(report.followUp.notYet, report.followUp.advised)],
      ],
    },
  })

  charts.push({
    id: 'terugkerend',
    title: 'Nieuwe en terugkerende casussen',
    summary: `${report.returning} van de ${vragen(report.total)} ging over een jongere die eerder bij het netwerk kwam (${percentageText(report.returning, report.total)}).`,
    spec: simpleBars(
      [
        ['Nieuwe casus', report.total - report.returning],
        ['Terugkerende casus', report.returning],
      ],
      'Aantal vragen',
    ),
    table: {
      head: ['Casus', 'Vragen', 'Aandeel'],
      rows: [
        ['Nieuwe casus', report.total - report.returning, percentageText(report.total - report.returning, report.total)],
        ['Terugkerende casus', report.returning, percentageText(report.returning, report.total)],
      ],
    },
  })

  const themes = [...new Set(report.signals.perTheme.map((e) => e.theme))]
  const themeLabel = (theme: string) => theme || 'Zonder thema'
  const signalSeries = signalStatuses.map((status, index) => ({ key: status.value, label: status.label, color: [palette[4], palette[1], palette[0], palette[5]][index] }))
  charts.push({
    id: 'signalen',
    title: 'Signalen aan het platform',
    summary:
      report.signals.total === 0
        ? 'In deze periode zijn geen signalen vastgelegd.'
        : `${countText(report.signals.total, 'signaal', 'signalen')} over ${countText(themes.length, 'thema', 'thema’s')}; ${report.signals.open} nog open of geagendeerd.`,
    spec: {
      orientation: 'horizontal',
      layout: 'stacked',
      categories: themes.map(themeLabel),
      series: signalSeries,
      data: report.signals.perTheme.map((e) => ({ category: themeLabel(e.theme), series: e.status, value: e.count })),
      valueLabel: 'Aantal signalen',
    },
    table: {
      head: ['Thema', ...signalSeries.map((s) => s.label), 'Totaal'],
      rows: themes.map((theme) => {
        const counts = signalSeries.map((s) => report.signals.perTheme.find((e) => e.theme === theme && e.status === s.key)?.count ?? 0)
        return [themeLabel(theme), ...counts, counts.reduce((a, b) => a + b, 0)]
      }),
    },
  })

  charts.push({
    id: 'per-status',
    title: 'Casusvragen per status (nu)',
    summary: report.perStatus.length ? report.perStatus.map((e) => `${caseStatusLabelOf(e.status)}: ${e.count}`).join('; ') + '.' : 'Geen vragen in deze periode.',
    spec: simpleBars(report.perStatus.map((e) => [caseStatusLabelOf(e.status), e.count]), 'Aantal vragen'),
    table: { head: ['Status', 'Vragen'], rows: report.perStatus.map((e) => [caseStatusLabelOf(e.status), e.count]) },
  })
  return charts
}

/** One bar per category, one colour. */
export function simpleBars(entries: [string, number][], valueLabel: string): ChartProps['spec'] {
  return {
    orientation: 'horizontal',
    layout: 'stacked',
    categories: entries.map(([label]) => label),
    series: [{ key: 'aantal', label: valueLabel, color: palette[0] }],
    data: entries.map(([label, value]) => ({ category: label, series: 'aantal', value })),
    valueLabel,
  }
}

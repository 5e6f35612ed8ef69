import { KpiReportModel } from './dto/kpi-report.model';

/** The columns of `GET /v1/reports/kpis.csv`, one row per bucket. */
const COLUMNS: [string, (b: KpiReportModel['buckets'][number]) => unknown][] = [
  ['key', (b) => b.key],
  ['label', (b) => b.label],
  ['start', (b) => b.start?.toISOString()],
  ['tickets', (b) => b.tickets],
  ['ticketsCreated', (b) => b.ticketsCreated],
  ['ticketsSolved', (b) => b.ticketsSolved],
  ['complaints', (b) => b.complaints],
  ['resolutionRate', (b) => b.resolutionRate],
  ['firstResponseMedianSeconds', (b) => b.firstResponseSeconds.median],
  ['firstResponseP90Seconds', (b) => b.firstResponseSeconds.p90],
  ['firstResponseCount', (b) => b.firstResponseSeconds.count],
  ['firstResponseClock', (b) => b.firstResponseSeconds.clock],
  ['resolutionMedianSeconds', (b) => b.resolutionSeconds.median],
  ['resolutionP90Seconds', (b) => b.resolutionSeconds.p90],
  ['resolutionCount', (b) => b.resolutionSeconds.count],
  ['resolutionClock', (b) => b.resolutionSeconds.clock],
  ['slaTargetsDue', (b) => b.slaTargetsDue],
  ['slaTargetsMet', (b) => b.slaTargetsMet],
  ['slaCompliancePercent', (b) => b.slaCompliancePercent],
  ['reopened', (b) => b.reopened],
  ['backlog', (b) => b.backlog],
  ['oneTouchResolutions', (b) => b.oneTouchResolutions],
  ['oneTouchResolutionRate', (b) => b.oneTouchResolutionRate],
  ['csatPercent', (b) => b.csat.percent],
  ['csatResponses', (b) => b.csat.responses],
  ['npsScore', (b) => b.nps.score],
  ['npsResponses', (b) => b.nps.responses],
];

/**
 * RFC 4180 cell: quoted when it holds a comma, quote or line break. Text a spreadsheet would
 * run as a formula (=, +, -, @ first; names come from users) gets a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function kpisCsv(report: KpiReportModel): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const b of report.buckets) lines.push(COLUMNS.map(([, get]) => csvCell(get(b))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

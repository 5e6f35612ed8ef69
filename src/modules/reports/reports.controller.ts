import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { AgentReportArgs } from './dto/agent-report.args';
import { AgentReportModel } from './dto/agent-report.model';
import { KpiReportArgs } from './dto/kpi-report.args';
import { KpiReportModel } from './dto/kpi-report.model';
import { kpisCsv } from './kpis-csv';
import { ReportsService } from './reports.service';

const KPIS_DESCRIPTION =
  'Speed and satisfaction side by side, per bucket, for the period [from, to). Figures that can be gamed alone come in pairs: first-response and resolution times with CSAT/NPS, resolution rate with reopens and backlog. Each figure counts the tickets whose event falls in the bucket: creation (`ticketsCreated`, `complaints`, `resolutionRate`, SLA targets), first public agent reply (`firstResponseSeconds`), resolution (`ticketsSolved`, `resolutionSeconds`, one-touch), reopen (`reopened`), feedback given (`csat`, `nps`). Durations are the SLA clock’s readings: opening hours when the ticket’s SLA policy has business hours, wall-clock time otherwise, pauses excluded; `clock` says which. Deleted tickets are left out. Filters (`channel`, `type`, `groupId`, `tag`) select tickets, and feedback through the channel and group it recorded or its ticket.';

@ApiTags('Reports')
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('kpis')
  @RequireScopes('reports:read')
  @ApiOperation({
    operationId: 'getKpiReport',
    summary: 'KPIs per bucket',
    description: `${KPIS_DESCRIPTION} With \`Accept: text/csv\` the answer is the CSV of \`/v1/reports/kpis.csv\`.`,
  })
  @ApiExtraModels(KpiReportModel)
  @ApiOkResponse({
    description: 'The report as JSON, or as CSV when asked for with `Accept: text/csv`.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(KpiReportModel) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  async kpis(
    @CurrentTenant() tenantId: string,
    @Query() args: KpiReportArgs,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.reports.kpis(tenantId, args);
    if (accept && /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept)) {
      res.type('text/csv; charset=utf-8');
      return kpisCsv(report);
    }
    return report;
  }

  @Get('kpis.csv')
  @RequireScopes('reports:read')
  @ApiOperation({
    operationId: 'getKpiReportCsv',
    summary: 'KPIs per bucket, as CSV',
    description:
      'The KPI report for spreadsheets: one row per bucket, one column per figure (durations as median, p90, count and clock; CSAT as percent and responses; NPS as score and responses). Same parameters and rules as `/v1/reports/kpis`.',
  })
  @ApiOkResponse({
    description: 'A header row, then one row per bucket.',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      'Content-Disposition': {
        description: 'Saves as `kpis.csv`.',
        schema: { type: 'string', enum: ['attachment; filename="kpis.csv"'] },
      },
    },
  })
  @ApiProblems(400)
  async kpisCsv(
    @CurrentTenant() tenantId: string,
    @Query() args: KpiReportArgs,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.reports.kpis(tenantId, args);
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="kpis.csv"');
    return kpisCsv(report);
  }

  @Get('agents')
  @RequireScopes('reports:read')
  @ApiOperation({
    operationId: 'getAgentReport',
    summary: 'Speed and satisfaction per agent',
    description:
      'A page of agents (by name) with their open tickets now and, for [from, to): tickets resolved, median first response and resolution time (SLA clock), CSAT and its response count, and reopens. Ticket figures follow the current assignee.',
  })
  @ApiOkResponse({ type: AgentReportModel })
  @ApiProblems(400)
  agents(@CurrentTenant() tenantId: string, @Query() args: AgentReportArgs) {
    return this.reports.agents(tenantId, args);
  }
}

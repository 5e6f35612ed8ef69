import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { AgentReportArgs } from './dto/agent-report.args';
import { AgentReportModel } from './dto/agent-report.model';
import { KpiReportArgs } from './dto/kpi-report.args';
import { KpiReportModel } from './dto/kpi-report.model';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => KpiReportModel, {
    description:
      'KPIs per bucket: speed (first response, resolution) beside satisfaction (CSAT, NPS), resolution rate beside reopens and backlog. Same rules as GET /v1/reports/kpis.',
  })
  @RequireScopes('reports:read')
  kpis(@CurrentTenant() tenantId: string, @Args() args: KpiReportArgs) {
    return this.reports.kpis(tenantId, args);
  }

  @Query(() => AgentReportModel, {
    description: 'Speed and satisfaction per agent, a page at a time (GET /v1/reports/agents).',
  })
  @RequireScopes('reports:read')
  agentReport(@CurrentTenant() tenantId: string, @Args() args: AgentReportArgs) {
    return this.reports.agents(tenantId, args);
  }
}

import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsService } from '../../common/jobs/jobs.service';
import { jobsConfig } from '../../config/configuration';
import { AgentsModule } from '../agents/agents.module';
import { CustomersModule } from '../customers/customers.module';
import { GroupsModule } from '../groups/groups.module';
import { TicketHooks } from '../tickets/ticket-hooks';
import { TicketsModule } from '../tickets/tickets.module';
import { ChecklistTemplateEntity } from './checklists/checklist-template.entity';
import { ChecklistTemplatesController } from './checklists/checklist-templates.controller';
import {
  ChecklistTemplatesRepository,
  TicketChecklistsRepository,
} from './checklists/checklists.repository';
import {
  ChecklistTemplatesResolver,
  TicketChecklistsResolver,
} from './checklists/checklists.resolver';
import { ChecklistsService } from './checklists/checklists.service';
import { TicketChecklistEntity } from './checklists/ticket-checklist.entity';
import { TicketChecklistsController } from './checklists/ticket-checklists.controller';
import { MacroEntity } from './macros/macro.entity';
import { MacrosController } from './macros/macros.controller';
import { MacrosRepository } from './macros/macros.repository';
import { MacrosResolver } from './macros/macros.resolver';
import { MacrosService } from './macros/macros.service';
import { TicketMacrosController } from './macros/ticket-macros.controller';
import { ActionsService } from './rules/actions.service';
import { RulesRepository } from './rules/rules.repository';
import { RulesService } from './rules/rules.service';
import { SurveyRequests } from './rules/survey-requests';
import { WorkflowRuleEntity } from './rules/workflow-rule.entity';
import { WorkflowsController } from './rules/workflows.controller';
import { WorkflowsResolver } from './rules/workflows.resolver';
import { SlaPoliciesController } from './sla/sla-policies.controller';
import { SlaPoliciesResolver } from './sla/sla-policies.resolver';
import { SlaPolicyEntity } from './sla/sla-policy.entity';
import { SlaPoliciesRepository } from './sla/sla.repository';
import { SlaService } from './sla/sla.service';

/**
 * Workflows: checklists, rules, SLA clocks and macros. Plugs into tickets through
 * `TicketHooks` (tickets never imports this module): rules first, then checklists attaching
 * themselves, then the SLA clock, then the checklist gate on solving.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChecklistTemplateEntity,
      TicketChecklistEntity,
      WorkflowRuleEntity,
      SlaPolicyEntity,
      MacroEntity,
    ]),
    TicketsModule,
    CustomersModule,
    AgentsModule,
    GroupsModule,
  ],
  controllers: [
    ChecklistTemplatesController,
    TicketChecklistsController,
    WorkflowsController,
    SlaPoliciesController,
    MacrosController,
    TicketMacrosController,
  ],
  providers: [
    ChecklistTemplatesRepository,
    TicketChecklistsRepository,
    RulesRepository,
    SlaPoliciesRepository,
    MacrosRepository,
    ChecklistsService,
    ActionsService,
    SurveyRequests,
    RulesService,
    SlaService,
    MacrosService,
    ChecklistTemplatesResolver,
    TicketChecklistsResolver,
    WorkflowsResolver,
    SlaPoliciesResolver,
    MacrosResolver,
  ],
  exports: [SurveyRequests, ChecklistsService, SlaService],
})
export class WorkflowsModule implements OnModuleInit {
  constructor(
    private readonly hooks: TicketHooks,
    private readonly rules: RulesService,
    private readonly checklists: ChecklistsService,
    private readonly sla: SlaService,
    private readonly jobs: JobsService,
    @Inject(jobsConfig.KEY) private readonly config: ConfigType<typeof jobsConfig>,
  ) {}

  onModuleInit(): void {
    this.hooks.register({ name: 'rules', order: 100, beforeWrite: (c) => this.rules.runOn(c) });
    this.hooks.register({
      name: 'checklists',
      order: 150,
      beforeWrite: (c) => this.checklists.attachMatching(c),
    });
    this.hooks.register({ name: 'sla', order: 200, beforeWrite: (c) => this.sla.applyTo(c) });
    this.hooks.register({
      name: 'checklist-gate',
      order: 900,
      beforeWrite: (c) => this.checklists.assertSolvable(c),
    });
    this.jobs.every('sla.breaches', this.config.slaCheckIntervalSeconds, async () => {
      await this.sla.recordDueBreaches();
    });
  }
}

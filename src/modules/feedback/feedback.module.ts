import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { CustomersModule } from '../customers/customers.module';
import { CustomerTimeline } from '../customers/timeline';
import { TenantsModule } from '../tenants/tenants.module';
import { TicketHooks } from '../tickets/ticket-hooks';
import { TicketsModule } from '../tickets/tickets.module';
import { SurveyRequests } from '../workflows/rules/survey-requests';
import { WorkflowsModule } from '../workflows/workflows.module';
import { FeedbackController } from './feedback.controller';
import { SurveySettingsController } from './survey-settings.controller';
import { SurveysController } from './surveys.controller';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { SurveyEntity } from './survey.entity';
import { SurveyLinks } from './survey-links';
import { SurveyPageController } from './survey-page.controller';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FeedbackEntity, SurveyEntity]),
    TicketsModule,
    CustomersModule,
    AgentsModule,
    TenantsModule,
    WorkflowsModule,
  ],
  controllers: [
    FeedbackController,
    SurveysController,
    SurveySettingsController,
    SurveyPageController,
  ],
  providers: [
    FeedbackService,
    FeedbackRepository,
    SurveysService,
    SurveysRepository,
    SurveyLinks,
    FeedbackResolver,
  ],
  exports: [FeedbackService, SurveysService],
})
export class FeedbackModule implements OnModuleInit {
  constructor(
    private readonly ticketHooks: TicketHooks,
    private readonly timeline: CustomerTimeline,
    private readonly surveys: SurveysService,
    private readonly surveyRequests: SurveyRequests,
  ) {}

  onModuleInit(): void {
    // Solving a ticket requests a survey for a sample (tenant settings `surveys`), in the
    // ticket's transaction, once the ticket row is written.
    this.ticketHooks.register({
      name: 'surveys',
      order: 500,
      beforeWrite: async (change) => {
        if (change.changed('status') && change.after.status === 'solved')
          await this.surveys.sampleSolved(change.tenantId, (work) => change.afterWrite(work));
      },
    });
    // The workflow action `request_survey` asks for a survey through this module.
    this.surveyRequests.register((tenantId, ticketId, kind, actor) =>
      this.surveys.requestSurvey(tenantId, ticketId, kind, actor),
    );
    // The customer's timeline shows their feedback.
    this.timeline.register({
      sql: `SELECT id, 'feedback' AS type, created_at AS occurred_at,
                   jsonb_build_object('feedback', jsonb_build_object('id', id, 'kind', kind, 'score', score,
                     'comment', comment, 'ticketId', ticket_id, 'source', source, 'createdAt', created_at)) AS data
              FROM feedback WHERE tenant_id = $1 AND customer_id = $2`,
    });
  }
}

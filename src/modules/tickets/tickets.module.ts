import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { CustomersModule } from '../customers/customers.module';
import { CustomerTimeline } from '../customers/timeline';
import { GroupsModule } from '../groups/groups.module';
import { TicketAuditEntity } from './ticket-audit.entity';
import { TicketCommentEntity } from './ticket-comment.entity';
import { TicketEntity } from './ticket.entity';
import { TicketsController } from './tickets.controller';
import { TicketExportController } from './ticket-export.controller';
import { TicketsRepository } from './tickets.repository';
import { TicketsResolver } from './tickets.resolver';
import { CustomerTicketsResolver } from './customer-tickets.resolver';
import { TicketsService } from './tickets.service';
import { TicketHooks } from './ticket-hooks';
import { TicketSettings } from './ticket-settings';
import { TicketSettingsController } from './ticket-settings.controller';
import { TenantsModule } from '../tenants/tenants.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([TicketEntity, TicketCommentEntity, TicketAuditEntity]),
    CustomersModule,
    AgentsModule,
    GroupsModule,
    TenantsModule,
  ],
  controllers: [TicketsController, TicketExportController, TicketSettingsController],
  providers: [
    TicketsService,
    TicketSettings,
    TicketsRepository,
    TicketHooks,
    TicketsResolver,
    CustomerTicketsResolver,
  ],
  exports: [TicketsService, TicketHooks],
})
export class TicketsModule implements OnModuleInit {
  constructor(private readonly timeline: CustomerTimeline) {}

  /** The customer's timeline shows their tickets and the public replies on them. */
  onModuleInit(): void {
    this.timeline.register({
      sql: `SELECT id, 'ticket' AS type, created_at AS occurred_at,
                   jsonb_build_object('ticket', jsonb_build_object('id', id, 'number', number, 'subject', subject,
                     'status', status, 'priority', priority, 'channel', channel, 'createdAt', created_at)) AS data
              FROM tickets WHERE tenant_id = $1 AND customer_id = $2 AND deleted_at IS NULL`,
    });
    this.timeline.register({
      sql: `SELECT c.id, 'comment' AS type, c.created_at AS occurred_at,
                   jsonb_build_object('comment', jsonb_build_object('id', c.id, 'ticketId', c.ticket_id, 'ticketNumber', t.number,
                     'body', c.body, 'authorType', c.author_type, 'authorId', c.author_id, 'createdAt', c.created_at)) AS data
              FROM ticket_comments c
              JOIN tickets t ON t.tenant_id = c.tenant_id AND t.id = c.ticket_id AND t.deleted_at IS NULL
             WHERE c.tenant_id = $1 AND t.customer_id = $2 AND c.public`,
    });
  }
}

import type { TicketModel } from './dto/ticket.model';
import type { TicketCommentModel } from './dto/ticket-comment.model';
import type { TicketCommentEntity } from './ticket-comment.entity';
import type { TicketEntity } from './ticket.entity';

export function toModel(t: TicketEntity): TicketModel {
  return {
    id: t.id,
    number: Number(t.number),
    subject: t.subject,
    description: t.description,
    status: t.status,
    priority: t.priority,
    type: t.type,
    channel: t.channel,
    category: t.category,
    tags: t.tags,
    customerId: t.customerId,
    assigneeId: t.assigneeId,
    groupId: t.groupId,
    customFields: t.customFields,
    externalId: t.externalId,
    resolution: t.resolution,
    firstResponseAt: t.firstResponseAt,
    solvedAt: t.solvedAt,
    reopenCount: t.reopenCount,
    sla: {
      policyId: t.slaPolicyId,
      firstResponseDueAt: t.firstResponseDueAt,
      resolutionDueAt: t.resolutionDueAt,
      breached: t.slaBreached,
    },
    negativeFeedback: t.negativeFeedback,
    language: t.language,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export function commentModel(c: TicketCommentEntity): TicketCommentModel {
  return {
    id: c.id,
    ticketId: c.ticketId,
    body: c.body,
    public: c.public,
    authorType: c.authorType,
    authorId: c.authorId,
    createdAt: c.createdAt,
  };
}

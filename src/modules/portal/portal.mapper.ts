import type { TicketCommentModel } from '../tickets/dto/ticket-comment.model';
import type { TicketModel } from '../tickets/dto/ticket.model';
import type { PortalCommentModel, PortalTicketModel } from './dto/portal.dto';

/** What a customer may see of a ticket (the portal and the live stream of a portal token). */
export function portalTicket(t: TicketModel): PortalTicketModel {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    description: t.description,
    status: t.status,
    type: t.type,
    channel: t.channel,
    solvedAt: t.solvedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export function portalComment(c: TicketCommentModel): PortalCommentModel {
  return {
    id: c.id,
    body: c.body,
    authorType: c.authorType === 'customer' ? 'customer' : 'agent',
    createdAt: c.createdAt,
  };
}

import type { Principal } from '../../common/auth/principal';
import { hasScope, PORTAL_SCOPE } from '../../common/auth/scopes';
import type { OutboxEvent } from '../../common/events/outbox.service';
import type { TicketCommentModel } from '../tickets/dto/ticket-comment.model';
import type { TicketModel } from '../tickets/dto/ticket.model';
import { portalComment, portalTicket } from '../portal/portal.mapper';

/** The scope that may read events of each family (the part of the type before the dot). */
const READ_SCOPE: Record<string, string> = {
  ticket: 'tickets:read',
  checklist: 'tickets:read',
  customer: 'customers:read',
  feedback: 'feedback:read',
  survey: 'feedback:read',
  kb: 'kb:read',
};

/** What a portal token is told about its own tickets: no assignment, SLA or internal notes. */
const PORTAL_TYPES = new Set([
  'ticket.created',
  'ticket.updated',
  'ticket.status_changed',
  'ticket.comment_added',
]);

/** One event as a stream shows it: the webhook body without the tenant. */
export interface VisibleEvent {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/**
 * The event as `p` may see it, or null when it may not see it at all. Staff credentials see
 * the families their read scopes cover, as webhooks carry them; a portal token sees only its
 * own customer's ticket events, public comments only, through the portal's models.
 */
export function visibleEvent(p: Principal, e: OutboxEvent): VisibleEvent | null {
  const base = { id: e.id, type: e.type, createdAt: new Date(e.createdAt).toISOString() };
  if (p.kind === 'portal') {
    if (!p.scopes.has(PORTAL_SCOPE) || !PORTAL_TYPES.has(e.type)) return null;
    const ticket = e.data.ticket as TicketModel | undefined;
    if (!ticket || !p.customerId || ticket.customerId !== p.customerId) return null;
    const data: Record<string, unknown> = { ticket: portalTicket(ticket) };
    if (e.type === 'ticket.comment_added') {
      const comment = e.data.comment as TicketCommentModel | undefined;
      if (!comment?.public) return null;
      data.comment = portalComment(comment);
    }
    if (e.type === 'ticket.status_changed')
      Object.assign(data, { from: e.data.from, to: e.data.to });
    return { ...base, data };
  }
  const scope = READ_SCOPE[e.type.split('.')[0]];
  if (!scope || !hasScope(p.scopes, scope)) return null;
  return { ...base, data: e.data };
}

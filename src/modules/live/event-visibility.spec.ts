import type { Principal } from '../../common/auth/principal';
import type { OutboxEvent } from '../../common/events/outbox.service';
import { visibleEvent } from './event-visibility';

const principal = (p: Partial<Principal>): Principal => ({
  kind: 'api_key',
  id: 'k',
  tenantId: 't',
  scopes: new Set(),
  expiresAt: null,
  ...p,
});

const ticket = { id: 'tk', customerId: 'c1', subject: 'S', assigneeId: 'a1', tags: ['vip'] };
const event = (type: string, data: Record<string, unknown>): OutboxEvent => ({
  id: 'e',
  tenantId: 't',
  type,
  resourceType: 'ticket',
  resourceId: 'tk',
  data,
  actor: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  cursor: 'c',
});

describe('visibleEvent', () => {
  it('shows staff the families their read scopes cover', () => {
    const reader = principal({ scopes: new Set(['tickets:read']) });
    expect(visibleEvent(reader, event('ticket.created', { ticket }))?.data).toEqual({ ticket });
    expect(visibleEvent(reader, event('checklist.completed', {}))).not.toBeNull();
    expect(visibleEvent(reader, event('customer.created', {}))).toBeNull();
    expect(visibleEvent(reader, event('feedback.negative', {}))).toBeNull();
    const admin = principal({ scopes: new Set(['admin']) });
    expect(visibleEvent(admin, event('kb.article_published', {}))).not.toBeNull();
    expect(visibleEvent(admin, event('survey.requested', {}))).not.toBeNull();
  });

  it("shows a portal token its own tickets through the portal's model, public comments only", () => {
    const mine = principal({ kind: 'portal', customerId: 'c1', scopes: new Set(['portal']) });
    const other = principal({ kind: 'portal', customerId: 'c2', scopes: new Set(['portal']) });
    const created = visibleEvent(mine, event('ticket.created', { ticket }));
    expect(created?.data.ticket).toMatchObject({ id: 'tk', subject: 'S' });
    expect(created?.data.ticket).not.toHaveProperty('assigneeId');
    expect(created?.data.ticket).not.toHaveProperty('tags');
    expect(visibleEvent(other, event('ticket.created', { ticket }))).toBeNull();
    const note = { id: 'n', body: 'internal', public: false, authorType: 'agent' };
    const reply = { id: 'r', body: 'hello', public: true, authorType: 'agent', authorId: 'a1' };
    expect(visibleEvent(mine, event('ticket.comment_added', { ticket, comment: note }))).toBeNull();
    expect(
      visibleEvent(mine, event('ticket.comment_added', { ticket, comment: reply }))?.data.comment,
    ).toEqual({ id: 'r', body: 'hello', authorType: 'agent', createdAt: undefined });
    expect(visibleEvent(mine, event('ticket.assigned', { ticket }))).toBeNull();
    expect(visibleEvent(mine, event('ticket.sla_breached', { ticket }))).toBeNull();
    expect(visibleEvent(mine, event('customer.updated', { customer: { id: 'c1' } }))).toBeNull();
  });
});

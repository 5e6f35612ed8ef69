import { randomBytes } from 'node:crypto';
import type { Operation } from './openapi';
import type { World } from './world';

const unique = () => randomBytes(4).toString('hex');

/**
 * The smallest valid body of each operation that takes one, with the world's ids: what the
 * spec-driven tests change one field of. An operation with required fields and no entry here
 * fails those tests (add it).
 */
const MINIMAL: Record<string, (w: World) => object> = {
  'POST /v1/tenants': () => ({ name: 'Fuzz', slug: `fuzz-${unique()}` }),
  'PATCH /v1/tenant/settings/cors': () => ({ allowedOrigins: [] }),
  'POST /v1/api-keys': () => ({ name: 'k', scopes: ['tickets:read'] }),
  'POST /v1/groups': () => ({ name: 'G' }),
  'POST /v1/agents': () => ({ name: 'A', email: `a.${unique()}@example.com`, role: 'agent' }),
  'POST /v1/auth/token': (w) => ({
    tenant: w.tenant.slug,
    email: 'nobody@example.com',
    password: 'x',
  }),
  'POST /v1/customers': () => ({ name: 'C' }),
  'PUT /v1/customers/external/{externalId}': () => ({ name: 'C' }),
  'POST /v1/organizations': () => ({ name: 'O' }),
  'POST /v1/tickets': (w) => ({ subject: 's', description: 'd', customerId: w.ids.customer }),
  'POST /v1/tickets/bulk': (w) => ({ ids: [w.ids.ticket], patch: { priority: 'high' } }),
  'POST /v1/tickets/{id}/comments': () => ({ body: 'b' }),
  'POST /v1/portal/sessions': (w) => ({ customerId: w.ids.customer }),
  'POST /v1/portal/tickets': () => ({ subject: 's', description: 'd' }),
  'POST /v1/portal/tickets/{id}/comments': () => ({ body: 'b' }),
  'POST /v1/kb/categories': () => ({ name: 'C' }),
  'POST /v1/kb/articles': () => ({ title: 't', body: 'b', locale: 'en', visibility: 'internal' }),
  'POST /v1/kb/articles/{id}/votes': () => ({ helpful: true }),
  'POST /v1/public/{tenantSlug}/kb/articles/{id}/votes': () => ({ helpful: true }),
  'POST /v1/checklist-templates': () => ({ name: 'C', items: [{ title: 'i' }] }),
  'POST /v1/tickets/{ticketId}/checklists': (w) => ({ templateId: w.ids.checklistTemplate }),
  'PATCH /v1/tickets/{ticketId}/checklists/{checklistId}/items/{itemId}': () => ({ done: true }),
  'POST /v1/workflows': () => ({
    name: 'R',
    trigger: 'ticket.created',
    actions: [{ type: 'add_tags', tags: ['x'] }],
  }),
  'POST /v1/sla-policies': () => ({ name: 'S', targets: { urgent: { firstResponseMinutes: 5 } } }),
  'POST /v1/macros': () => ({ title: 'M' }),
  'POST /v1/feedback': () => ({ kind: 'csat', score: 5 }),
  'POST /v1/tickets/{id}/surveys': () => ({ kind: 'csat' }),
  'POST /v1/webhooks': () => ({ url: 'http://127.0.0.1:9/hook', events: ['*'] }),
};

export function minimalBody(op: Operation, w: World): object | undefined {
  if (!op.body) return undefined;
  const make = MINIMAL[`${op.method.toUpperCase()} ${op.path}`];
  if (make) return make(w);
  return (op.body.required ?? []).length === 0 ? {} : undefined;
}

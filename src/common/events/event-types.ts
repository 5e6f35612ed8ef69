/** Every event type the service emits (API.md, "Webhooks"). */
export const EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.status_changed',
  'ticket.assigned',
  'ticket.comment_added',
  'ticket.sla_breached',
  'customer.created',
  'customer.updated',
  'feedback.received',
  'feedback.negative',
  'survey.requested',
  'kb.article_published',
  'checklist.completed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

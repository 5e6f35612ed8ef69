/** Every tag an operation uses, in reading order, with what it groups. */
export const API_TAGS: Array<{ name: string; description: string }> = [
  {
    name: 'Tenants',
    description: 'Companies using the service; created with the platform admin token.',
  },
  {
    name: 'API keys',
    description: 'Scoped keys for scripts and integrations; the secret is shown once.',
  },
  {
    name: 'Auth',
    description: 'Agent sign-in: an access token for an agent’s email and password.',
  },
  {
    name: 'Agents',
    description: 'Staff who work on tickets, with a role (`admin`, `agent`, `viewer`).',
  },
  { name: 'Groups', description: 'Teams of agents that tickets are assigned to.' },
  { name: 'Customers', description: 'The people who ask for help; upsert them by your CRM’s id.' },
  {
    name: 'Organizations',
    description: 'The companies customers belong to, with their email domains.',
  },
  {
    name: 'Tickets',
    description:
      'Requests from any channel: status, replies and notes, audit trail, bulk updates, export.',
  },
  {
    name: 'Checklists',
    description: 'Checklist templates and the checklists attached to tickets.',
  },
  { name: 'Workflows', description: 'Rules that act on tickets when something happens.' },
  {
    name: 'SLA',
    description: 'First-response and resolution targets per priority, in business hours.',
  },
  {
    name: 'Macros',
    description: 'Canned replies with placeholders and actions, applied to a ticket.',
  },
  {
    name: 'Knowledge base',
    description: 'Categories and Markdown articles with versions, translations, search and votes.',
  },
  {
    name: 'Knowledge base (public)',
    description: 'The help center: published public articles, no credential.',
  },
  { name: 'Feedback', description: 'CSAT and NPS responses, surveys and their summary.' },
  {
    name: 'Surveys (public)',
    description: 'The one-click survey links customers open (HTML pages).',
  },
  { name: 'Customer portal', description: 'A customer’s own tickets, with a portal token.' },
  {
    name: 'Webhooks',
    description: 'Signed event deliveries (Standard Webhooks) with retries and a log.',
  },
  {
    name: 'Live events',
    description: 'Server-Sent Events of the tenant’s events, for live consoles.',
  },
  { name: 'Reports', description: 'KPIs pairing speed with satisfaction, as JSON or CSV.' },
  {
    name: 'Browser access',
    description: 'The origins allowed to call the API from a browser (CORS).',
  },
  { name: 'Operations', description: 'Health probes for load balancers and orchestrators.' },
];

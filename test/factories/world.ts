import { randomBytes } from 'node:crypto';
import { createKey, createTenant, TestApp, TestTenant } from './app.factory';

type Headers = Record<string, string>;

/** One resource of every kind the API has, in one tenant, with credentials of every type. */
export interface World {
  tenant: TestTenant;
  /** The word in every name of this world (`<label>-<hex>`). */
  mark: string;
  /** Ids by fixture name (see FIXTURE_OF_COLLECTION), all owned by this tenant. */
  ids: Record<string, string>;
  externalId: string;
  surveyToken: string;
  creds: {
    /** The tenant's admin API key. */
    admin: Headers;
    /** An access token of an admin agent. */
    agent: Headers;
    /** A portal token of `ids.portalCustomer`, who owns `ids.portalTicket`. */
    portal: Headers;
    /** A portal token of another customer of the tenant (`ids.otherCustomer`). */
    portalOther: Headers;
  };
  /** Strings only this tenant's data contains: ids, names, emails, external ids. */
  marks: string[];
}

/**
 * The fixture that `{id}` names after a collection segment (`/v1/tickets/{id}` → `ticket`).
 * A path whose collection is missing here has no fixture: the spec-driven tests then fail and
 * name it, so a new route cannot go untested.
 */
export const FIXTURE_OF_COLLECTION: Record<string, string> = {
  'api-keys': 'apiKey',
  groups: 'group',
  agents: 'agent',
  customers: 'customer',
  organizations: 'organization',
  tickets: 'ticket',
  'portal/tickets': 'portalTicket',
  'kb/categories': 'category',
  'kb/articles': 'article',
  'public/kb/articles': 'publicArticle',
  'checklist-templates': 'checklistTemplate',
  workflows: 'workflow',
  'sla-policies': 'slaPolicy',
  macros: 'macro',
  feedback: 'feedback',
  surveys: 'survey',
  webhooks: 'webhook',
  deliveries: 'delivery',
  checklists: 'checklist',
  items: 'checklistItem',
  comments: 'comment',
};

/** Named path parameters (`{ticketId}`, `{macroId}`…) and what they name. */
const FIXTURE_OF_PARAM: Record<string, string> = {
  ticketId: 'ticket',
  templateId: 'checklistTemplate',
  customerId: 'customer',
  organizationId: 'organization',
  groupId: 'group',
  agentId: 'agent',
  articleId: 'article',
  categoryId: 'category',
  webhookId: 'webhook',
  surveyId: 'survey',
  checklistId: 'checklist',
  itemId: 'checklistItem',
  macroId: 'macro',
  deliveryId: 'delivery',
};

/** `{param}` of an OpenAPI path, as the world's value, or undefined when it has none. */
export function fixtureValue(world: World, path: string, param: string): string | undefined {
  if (param === 'tenantSlug') return world.tenant.slug;
  if (param === 'externalId') return world.externalId;
  if (param === 'token') return world.surveyToken;
  const kind = fixtureKind(path, param);
  return kind ? world.ids[kind] : undefined;
}

export function fixtureKind(path: string, param: string): string | undefined {
  if (FIXTURE_OF_PARAM[param]) return FIXTURE_OF_PARAM[param];
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  if (at < 1) return undefined;
  const before = segments.slice(1, at).filter((s) => s !== 'v1' && !s.startsWith('{'));
  // The longest known collection wins: public/kb/articles, then kb/articles, then articles.
  for (let n = Math.min(3, before.length); n > 0; n--) {
    const kind = FIXTURE_OF_COLLECTION[before.slice(-n).join('/')];
    if (kind) return kind;
  }
  return undefined;
}

/** Creates the world in a new tenant. WEBHOOK_ALLOW_PRIVATE must be on (a local webhook URL). */
export async function createWorld(t: TestApp, label: string): Promise<World> {
  const tenant = await createTenant(t);
  const mark = `${label}-${randomBytes(4).toString('hex')}`;
  const auth = tenant.auth;
  const ids: Record<string, string> = {};
  const post = async (path: string, body: object, headers: Headers = auth) => {
    const res = await t.http().post(path).set(headers).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  ids.organization = (await post('/v1/organizations', { name: `${mark} org` })).id;
  ids.group = (await post('/v1/groups', { name: `${mark} group` })).id;
  const password = `pw-${mark}-correct-horse`;
  ids.tokenAgent = (
    await post('/v1/agents', {
      name: `${mark} admin agent`,
      email: `admin.${mark}@example.com`,
      role: 'admin',
      password,
    })
  ).id;
  ids.agent = (
    await post('/v1/agents', {
      name: `${mark} agent`,
      email: `agent.${mark}@example.com`,
      role: 'agent',
      groupIds: [ids.group],
    })
  ).id;
  const token = await post('/v1/auth/token', {
    tenant: tenant.slug,
    email: `admin.${mark}@example.com`,
    password,
  });
  ids.apiKey = (await createKey(t, tenant, ['tickets:read'])).id;
  const externalId = `ext-${mark}`;
  ids.customer = (
    await post('/v1/customers', {
      name: `${mark} customer`,
      email: `customer.${mark}@example.com`,
      externalId,
      organizationId: ids.organization,
      attributes: { plan: mark },
    })
  ).id;
  ids.portalCustomer = (
    await post('/v1/customers', {
      name: `${mark} portal customer`,
      email: `portal.${mark}@example.com`,
    })
  ).id;
  ids.otherCustomer = (
    await post('/v1/customers', { name: `${mark} other`, email: `other.${mark}@example.com` })
  ).id;
  ids.ticket = (
    await post('/v1/tickets', {
      subject: `${mark} ticket`,
      description: `${mark} description`,
      customerId: ids.customer,
      groupId: ids.group,
      assigneeId: ids.agent,
      tags: [mark.toLowerCase()],
    })
  ).id;
  ids.comment = (await post(`/v1/tickets/${ids.ticket}/comments`, { body: `${mark} comment` })).id;
  ids.portalTicket = (
    await post('/v1/tickets', {
      subject: `${mark} portal ticket`,
      description: `${mark} portal description`,
      customerId: ids.portalCustomer,
    })
  ).id;
  await post(`/v1/tickets/${ids.portalTicket}/comments`, { body: `${mark} public reply` });
  const session = async (customerId: string) => ({
    Authorization: `Bearer ${(await post('/v1/portal/sessions', { customerId })).token as string}`,
  });
  ids.category = (await post('/v1/kb/categories', { name: `${mark} category` })).id;
  ids.article = (
    await post('/v1/kb/articles', {
      title: `${mark} internal article`,
      body: `${mark} body`,
      locale: 'en',
      visibility: 'internal',
      categoryId: ids.category,
    })
  ).id;
  ids.publicArticle = (
    await post('/v1/kb/articles', {
      title: `${mark} public article`,
      body: `${mark} public body`,
      locale: 'en',
      visibility: 'public',
      categoryId: ids.category,
    })
  ).id;
  await post(`/v1/kb/articles/${ids.publicArticle}/publish`, {});
  const template = await post('/v1/checklist-templates', {
    name: `${mark} checklist`,
    items: [{ title: `${mark} step`, required: true }, { title: 'second' }],
  });
  ids.checklistTemplate = template.id;
  const checklist = await post(`/v1/tickets/${ids.ticket}/checklists`, {
    templateId: template.id,
  });
  ids.checklist = checklist.id;
  ids.checklistItem = checklist.items[0].id;
  ids.workflow = (
    await post('/v1/workflows', {
      name: `${mark} rule`,
      trigger: 'ticket.created',
      conditions: [{ field: 'priority', op: 'eq', value: 'urgent' }],
      actions: [{ type: 'add_tags', tags: ['escalated'] }],
      enabled: false,
    })
  ).id;
  ids.slaPolicy = (
    await post('/v1/sla-policies', {
      name: `${mark} sla`,
      targets: { urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 } },
      conditions: [{ field: 'priority', op: 'eq', value: 'urgent' }],
      enabled: false,
    })
  ).id;
  ids.macro = (
    await post('/v1/macros', { title: `${mark} macro`, body: `Hi {{customer.name}}` })
  ).id;
  ids.feedback = (
    await post('/v1/feedback', {
      kind: 'csat',
      score: 4,
      comment: `${mark} feedback`,
      ticketId: ids.ticket,
    })
  ).id;
  const survey = await post(`/v1/tickets/${ids.ticket}/surveys`, { kind: 'csat' });
  ids.survey = survey.id;
  const surveyToken = new URL(survey.links['5'] as string).pathname.split('/').pop()!;
  ids.webhook = (
    await post('/v1/webhooks', {
      url: 'http://127.0.0.1:9/hook',
      events: ['*'],
      description: `${mark} webhook`,
      enabled: true,
    })
  ).id;
  await post(`/v1/webhooks/${ids.webhook}/test`, {});
  const deliveries = await t
    .http()
    .get(`/v1/webhooks/${ids.webhook}/deliveries`)
    .set(auth)
    .expect(200);
  ids.delivery = deliveries.body.data[0].id;

  const world: World = {
    tenant,
    mark,
    ids,
    externalId,
    surveyToken,
    creds: {
      admin: auth,
      agent: { Authorization: `Bearer ${token.accessToken as string}` },
      portal: await session(ids.portalCustomer),
      portalOther: await session(ids.otherCustomer),
    },
    marks: [...Object.values(ids), mark, mark.toLowerCase(), externalId, tenant.id],
  };
  return world;
}

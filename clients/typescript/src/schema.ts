/**
 * Generated from openapi.yaml by openapi-typescript (npm run generate). Do not edit.
 */

export interface paths {
    "/v1/events/stream-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a stream token
         * @description A short-lived token (5 minutes, never beyond the credential) for `GET /v1/events/stream?token=…`: browsers’ EventSource cannot send an Authorization header, and an API key must never be put in a URL.
         */
        post: operations["createStreamToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events (Server-Sent Events)
         * @description The tenant’s events as they happen, as `text/event-stream`: each event has an `id:` line (its cursor), an `event:` line (its type) and a `data:` line (`{id, type, createdAt, data}`, the webhook body).
         *
         *     Only what the credential may read: staff credentials get the event families of their read scopes; a portal token gets its own customer’s ticket events, public comments only.
         *
         *     Reconnect with `Last-Event-ID` (EventSource does it by itself) or `lastEventId` to resume without a gap or a repeat. Comment lines (`: heartbeat`) keep the connection alive.
         *
         *     Events appear once every transaction that started before them has ended: a long transaction elsewhere in the database delays the stream (it never loses or reorders events).
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenant/settings/cors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allowed browser origins
         * @description Stored in the tenant settings under `cors`.
         */
        get: operations["getCorsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the allowed browser origins
         * @description Replaces the list. Pages served from these origins may call the API, GraphQL and the event stream with this tenant’s credentials. Other instances apply a change within 30 s.
         */
        patch: operations["updateCorsSettings"];
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a tenant
         * @description Platform admin token only (`PLATFORM_ADMIN_TOKEN`). Returns the tenant's first admin API key once.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (no secrets)
         * @description Every key of the tenant with its `prefix`, scopes, expiry and `lastUsedAt`; the secret itself is never shown again.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The `key` is shown once; only its SHA-256 hash is stored. A key can never have scopes its creator lacks.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key (no secret)
         * @description The key without its secret (`prefix` identifies it).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Requests with the key get 401 from now on.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description 200 while the process runs; for a container liveness probe. No credential, no rate limit.
         */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description 200 when the database answers within 2 s, 503 otherwise; for a load balancer or readiness probe. No credential, no rate limit.
         */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description Keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group (team of agents)
         * @description A team of agents that tickets can be assigned to (`groupId`); members are set on the agent (`groupIds`).
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Removes the group and its memberships.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Update a group
         * @description Only the fields sent change; `null` clears `description`. Send `If-Match` with the ETag you read to refuse a lost update (412).
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Filters `role`, `active`, `email`; keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent (staff member)
         * @description `role` is `admin`, `agent` or `viewer`. With a `password` the agent can sign in (`POST /v1/auth/token`); `groupIds` sets their groups. `email` is unique per tenant (409).
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Soft delete: the agent can no longer sign in; history keeps the id.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Only the fields sent change. A new `password` ends the agent's existing access tokens; `groupIds` replaces the groups.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as an agent
         * @description Returns a short-lived access token that acts with the agent's role.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Newest first by default; `sort=updatedAt` with `updatedSince` walks changes for a sync.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Without `organizationId`, a customer whose email domain belongs to an organization joins it. Emits `customer.created`.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/external/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a customer by your CRM's id
         * @description 201 when created, 200 when updated. Only the fields you send change; an unchanged contact keeps its version and emits no event. Safe when several syncs send the same contact at once.
         */
        put: operations["upsertCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Includes the satisfaction profile (CSAT %, NPS, responses, last score).
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description Soft delete: tickets and feedback keep their history; the externalId can be reused.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description `null` clears an optional field. Emits `customer.updated`.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's timeline
         * @description Tickets, public comments, feedback and profile changes, newest first.
         */
        get: operations["listCustomerTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Filters `externalId`, `domain`, `name` (prefix); keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description A company your customers belong to. Customers created with an email at one of its `domains` join it. `externalId` is unique per tenant (409).
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Its customers are kept, without an organization.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        /**
         * Update an organization
         * @description `domains`, when given, replaces the list.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Every filter combines with AND; `status` takes a comma list.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Create a ticket
         * @description Send `customerId`, or `requester` ({name, email, externalId}) to find or create the customer. Starts as `new` with the next per-tenant `number`. Emits `ticket.created`.
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update up to 100 tickets
         * @description Each ticket is updated in its own transaction (with an `Idempotency-Key`: its own savepoint, the whole request committing with the key); `results` says what a PATCH of each would have answered.
         */
        post: operations["bulkUpdateTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket
         * @description With its `sla`, `firstResponseAt`, `solvedAt` and `reopenCount`. Returns `ETag: "<version>"` for `If-Match`; send `If-None-Match` with it to get a 304 when nothing changed.
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        /**
         * Delete a ticket
         * @description Soft delete: it leaves every list; its history is kept.
         */
        delete: operations["deleteTicket"];
        options?: never;
        head?: never;
        /**
         * Update a ticket
         * @description `closed` is final (422 on any change). Solving sets `solvedAt`; leaving `solved` counts a reopen. Every change is audited.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/v1/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List comments, oldest first
         * @description Public replies and internal notes, oldest first; keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listTicketComments"];
        put?: never;
        /**
         * Add a reply or an internal note
         * @description The first public agent reply sets `firstResponseAt`; a customer reply reopens a solved ticket. Emits `ticket.comment_added`.
         */
        post: operations["addTicketComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail
         * @description Every change: field, before, after, actor, time; oldest first.
         */
        get: operations["listTicketEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incremental export of ticket changes
         * @description Every ticket change after `cursor`, in commit order, each exactly once, with the ticket as it was after the change. Always returns `nextCursor`: store it and resume from it; a change is never skipped or repeated across pages.
         */
        get: operations["exportTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenant/settings/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket settings
         * @description Stored in the tenant settings under `tickets`.
         */
        get: operations["getTicketSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the ticket settings
         * @description Only the fields sent change.
         */
        patch: operations["updateTicketSettings"];
        trace?: never;
    };
    "/v1/portal/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a portal session for one customer
         * @description Returns a short-lived token that shows that customer their own tickets and public replies, and nothing else.
         */
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tickets (portal token)
         * @description The portal customer's own tickets, newest first; keyset-paginated.
         */
        get: operations["listPortalTickets"];
        put?: never;
        /**
         * Open a ticket (portal token)
         * @description Channel `web`, for the session's customer.
         */
        post: operations["createPortalTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my tickets (portal token)
         * @description One of the portal customer's tickets; another customer's ticket is a 404.
         */
        get: operations["getPortalTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public replies on my ticket (portal token)
         * @description Internal notes are never shown.
         */
        get: operations["listPortalTicketComments"];
        put?: never;
        /**
         * Reply on my ticket (portal token)
         * @description Reopens the ticket if it was solved.
         */
        post: operations["addPortalTicketComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories, by position
         * @description Every category, or only the children of `parentId`, by `position`; keyset-paginated.
         */
        get: operations["listKbCategories"];
        put?: never;
        /**
         * Create a category
         * @description Categories nest (`parentId`) and are ordered by `position`.
         */
        post: operations["createKbCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a category
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getKbCategory"];
        put?: never;
        post?: never;
        /**
         * Delete a category
         * @description Refused while it has subcategories; its articles stay, without a category.
         */
        delete: operations["deleteKbCategory"];
        options?: never;
        head?: never;
        /**
         * Update (rename, move, reorder) a category
         * @description Only the fields sent change; a category cannot become its own descendant (422).
         */
        patch: operations["updateKbCategory"];
        trace?: never;
    };
    "/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles (drafts and internal ones included)
         * @description Every article of the tenant, drafts and internal ones included, with the filters below; keyset-paginated.
         */
        get: operations["listKbArticles"];
        put?: never;
        /**
         * Create an article (a draft)
         * @description Markdown `body`; starts as a draft (publish it with …/publish). `visibility` `public` articles appear in the help center once published.
         */
        post: operations["createKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published articles (public and internal)
         * @description Ranked, with a highlighted snippet. Stemming for every language PostgreSQL ships a dictionary for, accents optional (Vietnamese `khach hang` finds `khách hàng`), substring matching for scripts without spaces (Thai, Chinese, Japanese). Title matches rank above body matches; `locale` narrows.
         */
        get: operations["searchKbArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getKbArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article (soft)
         * @description Soft delete: it leaves lists, search and the help center; versions are kept.
         */
        delete: operations["deleteKbArticle"];
        options?: never;
        head?: never;
        /**
         * Edit an article
         * @description The previous state is kept: see …/versions.
         */
        patch: operations["updateKbArticle"];
        trace?: never;
    };
    "/v1/kb/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an article
         * @description Emits `kb.article_published`.
         */
        post: operations["publishKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish an article (back to draft)
         * @description Back to draft: it leaves search and the help center.
         */
        post: operations["unpublishKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of an article, newest first
         * @description Every saved state of the article (title, body, who, when), newest first; keyset-paginated.
         */
        get: operations["listKbArticleVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Was this helpful?"
         * @description Counts a helpful / not helpful vote from an agent; returns the totals.
         */
        post: operations["voteKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/suggested-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published articles relevant to the ticket's subject and description
         * @description Articles in the ticket's language come first.
         */
        get: operations["listSuggestedArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/{tenantSlug}/kb/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the public help center
         * @description Published `public` articles only.
         */
        get: operations["searchPublicKbArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/{tenantSlug}/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a public article
         * @description Counts a view.
         */
        get: operations["getPublicKbArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/{tenantSlug}/kb/articles/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Was this helpful?" from the help center
         * @description Counts a helpful / not helpful vote from a help-center reader on a published public article; returns the totals. One vote per client (address and user agent) and article: voting again replaces the earlier vote, it never adds one. Rate limited per client address.
         */
        post: operations["votePublicKbArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List checklist templates
         * @description Keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listChecklistTemplates"];
        put?: never;
        /**
         * Create a checklist template
         * @description Ordered items, some `required`. With `appliesTo`, the template attaches itself to new tickets of that type and/or category.
         */
        post: operations["createChecklistTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a checklist template
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getChecklistTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a checklist template
         * @description Checklists already attached to tickets stay.
         */
        delete: operations["deleteChecklistTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a checklist template
         * @description Checklists already attached to tickets keep their items.
         */
        patch: operations["updateChecklistTemplate"];
        trace?: never;
    };
    "/v1/tickets/{ticketId}/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket's checklists, with their items
         * @description The checklists attached to the ticket, with each item's `done`, `doneBy` and `doneAt`.
         */
        get: operations["listTicketChecklists"];
        put?: never;
        /**
         * Attach a checklist to a ticket
         * @description A copy of the template's items; 409 when this template is already attached.
         */
        post: operations["attachTicketChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}/checklists/{checklistId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Tick or untick a checklist item
         * @description Records `doneBy` and `doneAt` (audited on the ticket). Ticking the last open item completes the checklist (event `checklist.completed`).
         */
        patch: operations["updateTicketChecklistItem"];
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow rules in run order
         * @description Rules in `position` order (the order they run in); keyset-paginated.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow rule
         * @description When `trigger` fires and every condition holds, the actions run inside the same transaction, in `position` order, audited with the rule as actor. A rule never reacts to its own change; chains stop after 5 rounds.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workflow rule
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow rule
         * @description The rule stops running; audit entries it made keep its id.
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        /**
         * Update a workflow rule
         * @description Only the fields sent change; `conditions` and `actions`, when given, replace the lists. Applies at once on this instance, within 5 s on others.
         */
        patch: operations["updateWorkflow"];
        trace?: never;
    };
    "/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SLA policies in match order
         * @description Policies in `position` order (the first enabled match with targets for the priority applies); keyset-paginated.
         */
        get: operations["listSlaPolicies"];
        put?: never;
        /**
         * Create an SLA policy
         * @description The first enabled policy (by `position`) whose conditions match a ticket sets its first-response and resolution targets for its priority. With `businessHours` the clock runs only during opening hours; it always pauses while the ticket is `pending` or `on_hold`.
         */
        post: operations["createSlaPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an SLA policy
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getSlaPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete an SLA policy
         * @description New and changed tickets are matched against the remaining policies.
         */
        delete: operations["deleteSlaPolicy"];
        options?: never;
        head?: never;
        /**
         * Update an SLA policy
         * @description Tickets take the new targets at their next change.
         */
        patch: operations["updateSlaPolicy"];
        trace?: never;
    };
    "/v1/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List macros
         * @description Keyset-paginated with `limit` and `cursor`.
         */
        get: operations["listMacros"];
        put?: never;
        /**
         * Create a macro (a canned response with actions)
         * @description `body` may use placeholders (`{{customer.name}}`, `{{ticket.number}}`, …); `actions` run on the ticket when the macro is applied.
         */
        post: operations["createMacro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a macro
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getMacro"];
        put?: never;
        post?: never;
        /**
         * Delete a macro
         * @description Tickets it was applied to keep what it did.
         */
        delete: operations["deleteMacro"];
        options?: never;
        head?: never;
        /**
         * Update a macro
         * @description Only the fields sent change; `actions`, when given, replaces the list.
         */
        patch: operations["updateMacro"];
        trace?: never;
    };
    "/v1/tickets/{ticketId}/macros/{macroId}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a macro to a ticket
         * @description Adds the rendered body as a reply (or an internal note) by the calling agent and runs the actions, audited with the macro as actor. Answers the ticket after the change.
         */
        post: operations["applyMacro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List feedback
         * @description Newest first.
         */
        get: operations["listFeedback"];
        put?: never;
        /**
         * Record a CSAT or NPS response
         * @description With `ticketId`, the ticket's customer, assignee (the default agent), group and channel are recorded. A low score (CSAT ≤ 2, NPS ≤ 6) sets the ticket's `negativeFeedback`. Emits `feedback.received`, and `feedback.negative` for a low score. Responses cannot be edited or deleted.
         */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSAT and NPS, overall or per bucket
         * @description CSAT % = responses scoring 4-5 / CSAT responses × 100; NPS = %promoters (9-10) − %detractors (0-6). One decimal, rounded once. `day`, `week` (from Monday) and `month` buckets follow the calendar of `tz`.
         */
        get: operations["getFeedbackSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one response
         * @description One CSAT or NPS response with its ticket, customer, agent, group and channel.
         */
        get: operations["getFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a one-click survey for a ticket
         * @description One signed link per score; deliver them yourself (this service sends no email). Emits `survey.requested` with the links. While the ticket has an open survey of this kind, that survey is returned (200) instead of a new one (201).
         */
        post: operations["createTicketSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a survey's links
         * @description The links answer an HTML 410 from then on; a response already given stays. The ticket may get a new survey.
         */
        post: operations["revokeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenant/settings/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Survey settings
         * @description Stored in the tenant settings under `surveys`.
         */
        get: operations["getSurveySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the survey settings
         * @description With `sendOnSolved`, solving a ticket requests a survey of `kind` for a random `sampleRate` share of tickets (0..1) and emits `survey.requested` with the links.
         */
        patch: operations["updateSurveySettings"];
        trace?: never;
    };
    "/s/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answer a survey with one click
         * @description Public, no credential. Records the link's score (or changes the previous answer: one response per survey) and answers a small HTML page in the customer's language: thanks, the score with buttons to change it, an optional comment box. A prefetch (`Sec-Purpose: prefetch`, `Purpose: prefetch`) or `HEAD` records nothing; the page then asks for one click. Forged links get an HTML 404, expired or revoked links an HTML 410.
         */
        get: operations["openSurveyLink"];
        put?: never;
        /**
         * The survey page's forms: change the score, add a comment
         * @description Posted by the HTML page (`application/x-www-form-urlencoded`); answers the page again.
         */
        post: operations["answerSurvey"];
        delete?: never;
        options?: never;
        /**
         * Check a survey link without answering
         * @description What link scanners do: never records a score.
         */
        head: operations["checkSurveyLink"];
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions (no secrets)
         * @description Keyset-paginated with `limit` and `cursor`; `disabledReason` says why a subscription stopped.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description Deliveries follow Standard Webhooks: `webhook-id` (the event id), `webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256>`), body `{id, type, createdAt, tenantId, data}`. The `secret` is shown once.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription (no secret)
         * @description Returns `ETag: "<version>"` for a later `If-Match`.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription and its delivery log
         * @description Pending deliveries are dropped.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook subscription
         * @description Disabled subscriptions receive nothing new; their pending deliveries wait and resume when enabled again.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns the new `secret` (shown once). For `graceSeconds` (default 24 h) every delivery carries two signatures, one per secret, space-separated in `webhook-signature`.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` event for this subscription only.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries of a subscription, newest first
         * @description Filter by `status` and `eventType`; keyset-paginated.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivery with its attempts
         * @description Every attempt with its time, duration, response status, body excerpt and error.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description A pending delivery is attempted now; a succeeded or failed one is sent again with a fresh retry schedule.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs per bucket
         * @description Speed and satisfaction side by side, per bucket, for the period [from, to). Figures that can be gamed alone come in pairs: first-response and resolution times with CSAT/NPS, resolution rate with reopens and backlog. Each figure counts the tickets whose event falls in the bucket: creation (`ticketsCreated`, `complaints`, `resolutionRate`, SLA targets), first public agent reply (`firstResponseSeconds`), resolution (`ticketsSolved`, `resolutionSeconds`, one-touch), reopen (`reopened`), feedback given (`csat`, `nps`). Durations are the SLA clock’s readings: opening hours when the ticket’s SLA policy has business hours, wall-clock time otherwise, pauses excluded; `clock` says which. Deleted tickets are left out. Filters (`channel`, `type`, `groupId`, `tag`) select tickets, and feedback through the channel and group it recorded or its ticket. With `Accept: text/csv` the answer is the CSV of `/v1/reports/kpis.csv`.
         */
        get: operations["getKpiReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/kpis.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs per bucket, as CSV
         * @description The KPI report for spreadsheets: one row per bucket, one column per figure (durations as median, p90, count and clock; CSAT as percent and responses; NPS as score and responses). Same parameters and rules as `/v1/reports/kpis`.
         */
        get: operations["getKpiReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Speed and satisfaction per agent
         * @description A page of agents (by name) with their open tickets now and, for [from, to): tickets resolved, median first response and resolution time (SLA clock), CSAT and its response count, and reopens. Ticket figures follow the current assignee.
         */
        get: operations["getAgentReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        StreamTokenModel: {
            /** @description Opens `GET /v1/events/stream?token=…` (and GraphQL subscriptions) as the credential that asked for it; nothing else. Reusable until it expires, so an EventSource can reconnect by itself. */
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        CorsSettingsModel: {
            /**
             * @description Origins whose pages may call the API, GraphQL and the event stream from a browser with this tenant’s credentials (besides the CORS_ORIGINS of the deployment).
             * @example [
             *       "https://support.example.com",
             *       "http://localhost:5173"
             *     ]
             */
            allowedOrigins: string[];
        };
        UpdateCorsSettingsInput: {
            /**
             * @example [
             *       "https://support.example.com"
             *     ]
             */
            allowedOrigins: string[];
        };
        CreateTenantInput: {
            /** @example Acme Inc. */
            name: string;
            /**
             * @description Lowercase letters, digits and hyphens; used in public URLs and agent login.
             * @example acme
             */
            slug: string;
        };
        TenantApiKeyModel: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            scopes: ("admin" | "tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "kb:read" | "kb:write" | "feedback:read" | "feedback:write" | "workflows:read" | "workflows:write" | "webhooks:manage" | "reports:read")[];
            /**
             * @description The secret. Shown once: store it now.
             * @example hdk_…
             */
            key: string;
        };
        CreatedTenantModel: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The tenant's first admin key; `key` is shown once. */
            apiKey: components["schemas"]["TenantApiKeyModel"];
        };
        CreateApiKeyInput: {
            /** @example CRM sync */
            name: string;
            /**
             * @example [
             *       "customers:read",
             *       "customers:write"
             *     ]
             */
            scopes: ("admin" | "tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "kb:read" | "kb:write" | "feedback:read" | "feedback:write" | "workflows:read" | "workflows:write" | "webhooks:manage" | "reports:read")[];
            /**
             * Format: date-time
             * @description When the key stops working; never when omitted.
             */
            expiresAt?: string;
        };
        CreatedApiKeyModel: {
            /** Format: uuid */
            id: string;
            /** @example CRM sync */
            name: string;
            /**
             * @description First characters of the key, to recognise it.
             * @example hdk_Xk3v9QaB
             */
            prefix: string;
            scopes: ("admin" | "tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "kb:read" | "kb:write" | "feedback:read" | "feedback:write" | "workflows:read" | "workflows:write" | "webhooks:manage" | "reports:read")[];
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Updated at most once a minute.
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Optimistic concurrency (ETag / If-Match): 1, then 2 once revoked. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The secret. Shown once: store it now.
             * @example hdk_…
             */
            key: string;
        };
        ApiKeyModel: {
            /** Format: uuid */
            id: string;
            /** @example CRM sync */
            name: string;
            /**
             * @description First characters of the key, to recognise it.
             * @example hdk_Xk3v9QaB
             */
            prefix: string;
            scopes: ("admin" | "tickets:read" | "tickets:write" | "customers:read" | "customers:write" | "kb:read" | "kb:write" | "feedback:read" | "feedback:write" | "workflows:read" | "workflows:write" | "webhooks:manage" | "reports:read")[];
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Updated at most once a minute.
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Optimistic concurrency (ETag / If-Match): 1, then 2 once revoked. */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKeyModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CreateGroupInput: {
            /** @example Billing */
            name: string;
            description?: string | null;
        };
        GroupModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example Billing */
            name: string;
            description: string | null;
        };
        GroupPage: {
            data: components["schemas"]["GroupModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateGroupInput: {
            /** @example Billing */
            name?: string;
            description?: string | null;
        };
        CreateAgentInput: {
            /** @example Ada Lovelace */
            name: string;
            /**
             * Format: email
             * @description Unique among the tenant's agents (case-insensitive).
             * @example ada@example.com
             */
            email: string;
            /**
             * @description `admin`: everything; `agent`: read and write tickets, customers, KB, feedback; `viewer`: read only.
             * @enum {string}
             */
            role: "admin" | "agent" | "viewer";
            /** @description Lets the agent sign in at POST /v1/auth/token. Stored as an argon2id hash. */
            password?: string;
            groupIds?: string[];
        };
        AgentModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example Ada Lovelace */
            name: string;
            /** @example ada@example.com */
            email: string;
            /** @enum {string} */
            role: "admin" | "agent" | "viewer";
            /** @description False once deactivated or deleted: the agent can no longer sign in. */
            active: boolean;
            groupIds: string[];
        };
        AgentPage: {
            data: components["schemas"]["AgentModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateAgentInput: {
            /** @example Ada Lovelace */
            name?: string;
            /**
             * Format: email
             * @description Unique among the tenant's agents (case-insensitive).
             * @example ada@example.com
             */
            email?: string;
            /**
             * @description `admin`: everything; `agent`: read and write tickets, customers, KB, feedback; `viewer`: read only.
             * @enum {string}
             */
            role?: "admin" | "agent" | "viewer";
            /** @description Lets the agent sign in at POST /v1/auth/token. Stored as an argon2id hash. */
            password?: string;
            groupIds?: string[];
            /** @description False stops the agent from signing in; existing tokens stop working. */
            active?: boolean;
        };
        TokenInput: {
            /**
             * @description The tenant slug.
             * @example acme
             */
            tenant: string;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        TokenModel: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Seconds until the token expires.
             * @example 3600
             */
            expiresIn: number;
        };
        CreateCustomerInput: {
            /** @example Grace Hopper */
            name: string;
            /**
             * Format: email
             * @example grace@example.com
             */
            email?: string | null;
            /** @example +1 555 0100 */
            phone?: string | null;
            /**
             * Format: uuid
             * @description Omitted on create: the organization owning the email's domain, if any.
             */
            organizationId?: string | null;
            /**
             * @description BCP 47 language tag.
             * @example it-IT
             */
            locale?: string | null;
            /**
             * @description IANA time zone.
             * @example Europe/Rome
             */
            timezone?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /** @description Free-form JSON object, at most 16384 bytes. */
            attributes?: {
                [key: string]: unknown;
            };
            /** @description Your CRM's id; unique per tenant (409 on a duplicate). */
            externalId?: string | null;
        };
        SatisfactionModel: {
            /**
             * @description CSAT %: positive (4-5) / responses × 100.
             * @example 92.5
             */
            csat: number | null;
            /**
             * @description NPS: %promoters − %detractors (−100..100).
             * @example 40
             */
            nps: number | null;
            /**
             * @description CSAT and NPS responses.
             * @example 12
             */
            responses: number;
            /** @example 5 */
            lastScore: number | null;
        };
        CustomerModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example Grace Hopper */
            name: string;
            /** @example grace@example.com */
            email: string | null;
            /** @example +1 555 0100 */
            phone: string | null;
            /** @description Your CRM's id; unique per tenant. */
            externalId: string | null;
            /** Format: uuid */
            organizationId: string | null;
            /** @example it-IT */
            locale: string | null;
            /** @example Europe/Rome */
            timezone: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags: string[];
            /**
             * @example {
             *       "plan": "pro"
             *     }
             */
            attributes: {
                [key: string]: unknown;
            };
            satisfaction: components["schemas"]["SatisfactionModel"];
        };
        UpsertCustomerInput: {
            /** @example Grace Hopper */
            name: string;
            /**
             * Format: email
             * @example grace@example.com
             */
            email?: string | null;
            /** @example +1 555 0100 */
            phone?: string | null;
            /**
             * Format: uuid
             * @description Omitted on create: the organization owning the email's domain, if any.
             */
            organizationId?: string | null;
            /**
             * @description BCP 47 language tag.
             * @example it-IT
             */
            locale?: string | null;
            /**
             * @description IANA time zone.
             * @example Europe/Rome
             */
            timezone?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /** @description Free-form JSON object, at most 16384 bytes. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        CustomerPage: {
            data: components["schemas"]["CustomerModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        TimelineItemModel: {
            /**
             * Format: uuid
             * @description Id of the ticket, comment, feedback response or event.
             */
            id: string;
            /**
             * @description What happened; more types appear as features land.
             * @enum {string}
             */
            type: "customer.created" | "customer.updated" | "ticket" | "comment" | "feedback";
            /** Format: date-time */
            occurredAt: string;
            /** @description The item: `{customer}` after a profile change, `{ticket}`, `{comment}` or `{feedback}` as the API returns them elsewhere. */
            data: {
                [key: string]: unknown;
            };
        };
        TimelinePage: {
            data: components["schemas"]["TimelineItemModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateCustomerInput: {
            /** @example Grace Hopper */
            name?: string;
            /**
             * Format: email
             * @example grace@example.com
             */
            email?: string | null;
            /** @example +1 555 0100 */
            phone?: string | null;
            /**
             * Format: uuid
             * @description Omitted on create: the organization owning the email's domain, if any.
             */
            organizationId?: string | null;
            /**
             * @description BCP 47 language tag.
             * @example it-IT
             */
            locale?: string | null;
            /**
             * @description IANA time zone.
             * @example Europe/Rome
             */
            timezone?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /** @description Free-form JSON object, at most 16384 bytes. */
            attributes?: {
                [key: string]: unknown;
            };
            /** @description Your CRM's id; unique per tenant (409 on a duplicate). */
            externalId?: string | null;
        };
        CreateOrganizationInput: {
            /** @example Acme Inc. */
            name: string;
            /** @description Your CRM's id; unique per tenant (409 on a duplicate). */
            externalId?: string | null;
            /**
             * @description Email domains; each belongs to at most one organization.
             * @example [
             *       "acme.com"
             *     ]
             */
            domains?: string[];
        };
        OrganizationModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example Acme Inc. */
            name: string;
            /** @description Your CRM's id; unique per tenant. */
            externalId: string | null;
            /**
             * @description Customers created with an email at one of these domains join this organization.
             * @example [
             *       "acme.com"
             *     ]
             */
            domains: string[];
        };
        OrganizationPage: {
            data: components["schemas"]["OrganizationModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateOrganizationInput: {
            /** @example Acme Inc. */
            name?: string;
            /** @description Your CRM's id; unique per tenant (409 on a duplicate). */
            externalId?: string | null;
            /**
             * @description Email domains; each belongs to at most one organization.
             * @example [
             *       "acme.com"
             *     ]
             */
            domains?: string[];
        };
        RequesterInput: {
            name?: string;
            /**
             * Format: email
             * @example someone@example.com
             */
            email?: string;
            /** @description The customer's id in your CRM. */
            externalId?: string;
        };
        CreateTicketInput: {
            /** @example Cannot log in */
            subject: string;
            /** @example The login page says my password is wrong. */
            description: string;
            /**
             * Format: uuid
             * @description The customer; or send `requester`.
             */
            customerId?: string;
            /** @description Finds the customer by externalId, then email, or creates one. */
            requester?: components["schemas"]["RequesterInput"];
            /**
             * @description Left out: `normal`.
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /** @enum {string|null} */
            type?: "question" | "incident" | "problem" | "complaint" | "task" | null;
            /**
             * @description Left out: `api`.
             * @enum {string}
             */
            channel?: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
            /** @example billing */
            category?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /**
             * Format: uuid
             * @description An active agent.
             */
            assigneeId?: string | null;
            /** Format: uuid */
            groupId?: string | null;
            /** @description Your own fields, a JSON object of at most 16 KiB. */
            customFields?: {
                [key: string]: unknown;
            };
            /** @description Your system's id; unique per tenant. */
            externalId?: string | null;
            /**
             * @description ISO 639-1 code (a locale like `it-IT` is accepted). Leave it out to take the customer's locale or detect it from the text.
             * @example it
             */
            language?: string | null;
        };
        TicketSlaModel: {
            /** Format: uuid */
            policyId: string | null;
            /** Format: date-time */
            firstResponseDueAt: string | null;
            /** Format: date-time */
            resolutionDueAt: string | null;
            /**
             * @description Targets missed: `firstResponse`, `resolution`.
             * @example []
             */
            breached: string[];
        };
        TicketModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Per-tenant sequential number, without gaps.
             * @example 1042
             */
            number: number;
            /** @example Cannot log in */
            subject: string;
            description: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @enum {string|null} */
            type: "question" | "incident" | "problem" | "complaint" | "task" | null;
            /** @enum {string} */
            channel: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
            category: string | null;
            tags: string[];
            /** Format: uuid */
            customerId: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            groupId: string | null;
            customFields: {
                [key: string]: unknown;
            };
            externalId: string | null;
            /** @description How it was solved. */
            resolution: string | null;
            /**
             * Format: date-time
             * @description First public agent reply.
             */
            firstResponseAt: string | null;
            /** Format: date-time */
            solvedAt: string | null;
            /** @example 0 */
            reopenCount: number;
            sla: components["schemas"]["TicketSlaModel"];
            /**
             * @description ISO 639-1 language of the ticket: given, else the customer's locale, else detected from the text, else the tenant's `defaultLanguage`. Search stems words in this language.
             * @example it
             */
            language: string | null;
            /**
             * @description The customer rated this ticket low (CSAT ≤ 2 or NPS ≤ 6).
             * @example false
             */
            negativeFeedback: boolean;
        };
        TicketPage: {
            data: components["schemas"]["TicketModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateTicketInput: {
            subject?: string;
            description?: string;
            /**
             * Format: uuid
             * @description The customer; or send `requester`.
             */
            customerId?: string;
            /**
             * @description Left out: unchanged.
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /** @enum {string|null} */
            type?: "question" | "incident" | "problem" | "complaint" | "task" | null;
            /**
             * @description Left out: unchanged.
             * @enum {string}
             */
            channel?: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
            /** @example billing */
            category?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /**
             * Format: uuid
             * @description An active agent.
             */
            assigneeId?: string | null;
            /** Format: uuid */
            groupId?: string | null;
            /** @description Your own fields, a JSON object of at most 16 KiB. */
            customFields?: {
                [key: string]: unknown;
            };
            /** @description Your system's id; unique per tenant. */
            externalId?: string | null;
            /**
             * @description ISO 639-1 code (a locale like `it-IT` is accepted). Leave it out to take the customer's locale or detect it from the text.
             * @example it
             */
            language?: string | null;
            /**
             * @description `closed` is final.
             * @enum {string}
             */
            status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** @description How it was solved. */
            resolution?: string | null;
        };
        BulkUpdateTicketsInput: {
            ids: string[];
            /** @description Applied to every ticket, each in its own transaction. */
            patch: components["schemas"]["UpdateTicketInput"];
        };
        FieldErrorModel: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        ProblemModel: {
            /** @example /problems/validation-failed */
            type: string;
            /** @example Invalid request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example email: email must be an email */
            detail: string;
            /** @example /v1/agents */
            instance?: string;
            /** @description Echoes x-request-id; quote it when reporting a problem. */
            requestId?: string;
            errors?: components["schemas"]["FieldErrorModel"][];
        };
        BulkResultModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description What a PATCH of this ticket alone would have answered.
             * @example 200
             */
            status: number;
            ticket?: components["schemas"]["TicketModel"];
            error?: components["schemas"]["ProblemModel"];
        };
        BulkResultsModel: {
            results: components["schemas"]["BulkResultModel"][];
        };
        AddCommentInput: {
            body: string;
            /**
             * @description False makes an internal note, never shown to the customer.
             * @default true
             */
            public?: boolean;
            /**
             * @description Defaults to the caller: an agent token writes as that agent; an API key as `agent` unless told.
             * @enum {string}
             */
            authorType?: "agent" | "customer";
            /**
             * Format: uuid
             * @description The agent or customer writing; customer comments default to the ticket's customer.
             */
            authorId?: string;
        };
        TicketCommentModel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ticketId: string;
            body: string;
            /** @description False for internal notes (never shown to customers). */
            public: boolean;
            /** @enum {string} */
            authorType: "agent" | "customer" | "api_key" | "workflow" | "system";
            /** Format: uuid */
            authorId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        TicketCommentPage: {
            data: components["schemas"]["TicketCommentModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ActorModel: {
            /**
             * @description An API key, an agent, a customer (portal), the platform admin, a workflow rule, a macro, or the system (SLA clock, survey sampling, rule chains).
             * @enum {string}
             */
            type: "api_key" | "agent" | "customer" | "platform" | "workflow" | "macro" | "system";
            /**
             * Format: uuid
             * @description The id of the key, agent, customer, rule or macro; null for the platform and the system.
             */
            id: string | null;
        };
        TicketAuditModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description The field that changed; `ticket` for the creation, `comment` for a comment.
             * @example status
             */
            field: string;
            /** @description The value before, as JSON of the field’s type (a string for `status`, a list for `tags`…); null when it was empty. */
            before: (string | null) | (number | null) | (boolean | null) | ({
                [key: string]: unknown;
            } | null) | (unknown[] | null);
            /** @description The value after, like `before`. */
            after: (string | null) | (number | null) | (boolean | null) | ({
                [key: string]: unknown;
            } | null) | (unknown[] | null);
            /** @description Who made the change. */
            actor: components["schemas"]["ActorModel"];
            /** Format: date-time */
            createdAt: string;
        };
        TicketAuditPage: {
            data: components["schemas"]["TicketAuditModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ExportItemModel: {
            /** @enum {string} */
            change: "created" | "updated";
            /** Format: date-time */
            changedAt: string;
            /** @description The ticket as it was right after this change. */
            ticket: components["schemas"]["TicketModel"];
        };
        ExportPageModel: {
            data: components["schemas"]["ExportItemModel"][];
            /** @description Always set: pass it back to resume after the last change returned (also after an empty page). */
            nextCursor: string;
            /** @description More changes are ready now; when false, poll again later with nextCursor. */
            hasMore: boolean;
        };
        TicketSettingsModel: {
            /**
             * @description The language of tickets whose customer has no locale and whose text is too short to tell (ISO 639-1); null: unknown (no stemming).
             * @example it
             */
            defaultLanguage: string | null;
        };
        UpdateTicketSettingsInput: {
            /** @example it */
            defaultLanguage?: string | null;
        };
        CreatePortalSessionInput: {
            /** Format: uuid */
            customerId: string;
        };
        PortalSessionModel: {
            /** @description Send as `Authorization: Bearer <token>` to /v1/portal/*; opens nothing else. */
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PortalTicketModel: {
            /** Format: uuid */
            id: string;
            number: number;
            subject: string;
            description: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** @enum {string|null} */
            type: "question" | "incident" | "problem" | "complaint" | "task" | null;
            channel: string;
            /** Format: date-time */
            solvedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PortalTicketPage: {
            data: components["schemas"]["PortalTicketModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PortalCreateTicketInput: {
            subject: string;
            description: string;
            /** @enum {string} */
            type?: "question" | "incident" | "problem" | "complaint" | "task";
        };
        PortalCommentModel: {
            /** Format: uuid */
            id: string;
            body: string;
            /**
             * @description Who wrote it: the support team or you.
             * @enum {string}
             */
            authorType: "agent" | "customer";
            /** Format: date-time */
            createdAt: string;
        };
        PortalCommentPage: {
            data: components["schemas"]["PortalCommentModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PortalCommentInput: {
            body: string;
        };
        CreateCategoryInput: {
            /** @example Billing */
            name: string;
            /**
             * Format: uuid
             * @description The parent category; omit for a top-level one.
             */
            parentId?: string | null;
            /**
             * Format: int32
             * @description Order among its siblings (ascending). Left out on creation: 0.
             */
            position?: number;
        };
        KbCategoryModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example Billing */
            name: string;
            /** Format: uuid */
            parentId: string | null;
            /**
             * @description Order among siblings (ascending).
             * @example 0
             */
            position: number;
        };
        KbCategoryPage: {
            data: components["schemas"]["KbCategoryModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateCategoryInput: {
            /** @example Billing */
            name?: string;
            /**
             * Format: uuid
             * @description The parent category; omit for a top-level one.
             */
            parentId?: string | null;
            /**
             * Format: int32
             * @description Order among its siblings (ascending). Left out on creation: 0.
             */
            position?: number;
        };
        CreateArticleInput: {
            /** @example How to reset your password */
            title: string;
            /** @description Markdown. */
            body: string;
            /**
             * @description BCP 47 language tag; picks the stemming used for search.
             * @example en
             */
            locale: string;
            /** Format: uuid */
            categoryId?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /**
             * @description `internal` articles are for agents only.
             * @enum {string}
             */
            visibility: "public" | "internal";
            /**
             * Format: uuid
             * @description The article this one translates; on PATCH, null makes it an original.
             */
            translationOf?: string | null;
        };
        KbVotesModel: {
            /** @example 12 */
            helpful: number;
            /** @example 2 */
            notHelpful: number;
        };
        KbArticleModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example How to reset your password */
            title: string;
            /** @description Markdown. */
            body: string;
            /** @example en */
            locale: string;
            /** Format: uuid */
            categoryId: string | null;
            tags: string[];
            /** @enum {string} */
            visibility: "public" | "internal";
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /**
             * Format: uuid
             * @description The article this one translates (the group's original).
             */
            translationOf: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description Reads on the public endpoints.
             * @example 420
             */
            views: number;
            votes: components["schemas"]["KbVotesModel"];
        };
        KbArticlePage: {
            data: components["schemas"]["KbArticleModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        KbSearchHitModel: {
            /** Format: uuid */
            id: string;
            title: string;
            locale: string;
            /** Format: uuid */
            categoryId: string | null;
            /** @enum {string} */
            visibility: "public" | "internal";
            /**
             * @description Body excerpt with matches wrapped in <mark>…</mark>.
             * @example … click <mark>Forgot password</mark> on the sign-in page …
             */
            snippet: string;
            /**
             * @description Relevance; title matches rank above body matches.
             * @example 0.83
             */
            score: number;
        };
        SearchResultsModel: {
            /** @description Best first. */
            data: components["schemas"]["KbSearchHitModel"][];
            /** @description Always null: search returns the best `limit` hits. */
            nextCursor?: string | null;
        };
        UpdateArticleInput: {
            /** @example How to reset your password */
            title?: string;
            /** @description Markdown. */
            body?: string;
            /**
             * @description BCP 47 language tag; picks the stemming used for search.
             * @example en
             */
            locale?: string;
            /** Format: uuid */
            categoryId?: string | null;
            /**
             * @example [
             *       "vip"
             *     ]
             */
            tags?: string[];
            /**
             * @description `internal` articles are for agents only.
             * @enum {string}
             */
            visibility?: "public" | "internal";
            /**
             * Format: uuid
             * @description The article this one translates; on PATCH, null makes it an original.
             */
            translationOf?: string | null;
            /**
             * @description Prefer POST …/publish and …/unpublish; `archived` retires an article.
             * @enum {string}
             */
            status?: "draft" | "published" | "archived";
        };
        KbArticleVersionModel: {
            /** @example 3 */
            version: number;
            title: string;
            body: string;
            locale: string;
            /** Format: uuid */
            categoryId: string | null;
            tags: string[];
            /** @enum {string} */
            visibility: "public" | "internal";
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** @description Who saved this version. */
            actor: components["schemas"]["ActorModel"];
            /** Format: date-time */
            createdAt: string;
        };
        KbArticleVersionPage: {
            data: components["schemas"]["KbArticleVersionModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        VoteInput: {
            /** @description Was this article helpful? */
            helpful: boolean;
        };
        ChecklistItemInput: {
            /** @example Check the payment provider logs */
            title: string;
            /**
             * @description Required items must be done to solve.
             * @default false
             */
            required?: boolean;
        };
        AppliesToInput: {
            /** @enum {string|null} */
            type?: "question" | "incident" | "problem" | "complaint" | "task" | null;
            category?: string | null;
        };
        CreateChecklistTemplateInput: {
            /** @example Refund request */
            name: string;
            items: components["schemas"]["ChecklistItemInput"][];
            /** @description Attach automatically to tickets created with this type and/or category (all given must match). */
            appliesTo?: components["schemas"]["AppliesToInput"];
        };
        TemplateItemModel: {
            /** Format: uuid */
            id: string;
            title: string;
            required: boolean;
        };
        AppliesToModel: {
            type: string | null;
            category: string | null;
        };
        ChecklistTemplateModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            items: components["schemas"]["TemplateItemModel"][];
            appliesTo: components["schemas"]["AppliesToModel"] | null;
        };
        ChecklistTemplatePage: {
            data: components["schemas"]["ChecklistTemplateModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateChecklistTemplateInput: {
            name?: string;
            /** @description Replaces the items (checklists already attached keep theirs). */
            items?: components["schemas"]["ChecklistItemInput"][];
            appliesTo?: components["schemas"]["AppliesToInput"] | null;
        };
        AttachChecklistInput: {
            /** Format: uuid */
            templateId: string;
        };
        ChecklistActorModel: {
            /** @example agent */
            type: string;
            /** Format: uuid */
            id: string | null;
        };
        ChecklistItemModel: {
            /** Format: uuid */
            id: string;
            title: string;
            required: boolean;
            done: boolean;
            doneBy: components["schemas"]["ChecklistActorModel"] | null;
            /** Format: date-time */
            doneAt: string | null;
        };
        TicketChecklistModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            ticketId: string;
            /** Format: uuid */
            templateId: string | null;
            name: string;
            items: components["schemas"]["ChecklistItemModel"][];
            /** Format: date-time */
            completedAt: string | null;
        };
        TicketChecklistPage: {
            data: components["schemas"]["TicketChecklistModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateChecklistItemInput: {
            /** @description Tick (true) or untick (false) the item. */
            done: boolean;
        };
        ConditionInput: {
            /**
             * @example priority
             * @enum {string}
             */
            field: "status" | "priority" | "type" | "channel" | "category" | "tags" | "groupId" | "assigneeId" | "customer.tags" | "negativeFeedback";
            /**
             * @example eq
             * @enum {string}
             */
            op: "eq" | "neq" | "in" | "not_in" | "contains" | "changed" | "changed_to" | "changed_from";
            /**
             * @description A value (eq, neq, contains, changed_to, changed_from) or a list of 1..50 (in, not_in): one of the field’s values, a UUID or null for `assigneeId`/`groupId`, true or false for `negativeFeedback`, text up to 200 characters otherwise.
             * @example urgent
             */
            value?: (string | null) | boolean | ((string | null) | boolean)[];
        };
        ActionInput: {
            /**
             * @example set_priority
             * @enum {string}
             */
            type: "set_priority" | "set_status" | "assign_agent" | "assign_group" | "add_tags" | "remove_tags" | "attach_checklist" | "add_internal_note" | "request_survey";
            /**
             * @description set_priority
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /**
             * @description set_status
             * @enum {string}
             */
            status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /**
             * Format: uuid
             * @description assign_agent
             */
            agentId?: string | null;
            /**
             * Format: uuid
             * @description assign_group
             */
            groupId?: string | null;
            /** @description add_tags, remove_tags: 1..50 tags. */
            tags?: string[];
            /**
             * Format: uuid
             * @description attach_checklist
             */
            templateId?: string;
            /** @description add_internal_note */
            body?: string;
            /**
             * @description request_survey
             * @enum {string}
             */
            kind?: "csat" | "nps";
            /** @description The action's parameter under a generic name (instead of `priority`, `tags`…). */
            value?: (string | null) | string[];
        };
        CreateRuleInput: {
            /** @example Urgent complaints to the escalation team */
            name: string;
            /**
             * @example ticket.created
             * @enum {string}
             */
            trigger: "ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.comment_added" | "feedback.received" | "ticket.sla_breached";
            /** @description All must hold (AND). */
            conditions?: components["schemas"]["ConditionInput"][];
            /** @description Run in order. */
            actions: components["schemas"]["ActionInput"][];
            /** @default true */
            enabled?: boolean;
            /**
             * Format: int32
             * @description Rules run in ascending position.
             * @default 0
             */
            position?: number;
        };
        ConditionModel: {
            /** @enum {string} */
            field: "status" | "priority" | "type" | "channel" | "category" | "tags" | "groupId" | "assigneeId" | "customer.tags" | "negativeFeedback";
            /** @enum {string} */
            op: "eq" | "neq" | "in" | "not_in" | "contains" | "changed" | "changed_to" | "changed_from";
            /** @description The value compared with: a string, a boolean, null or a list of them. */
            value?: (string | null) | (number | null) | (boolean | null) | ({
                [key: string]: unknown;
            } | null) | (unknown[] | null);
        };
        ActionModel: {
            /** @enum {string} */
            type: "set_priority" | "set_status" | "assign_agent" | "assign_group" | "add_tags" | "remove_tags" | "attach_checklist" | "add_internal_note" | "request_survey";
            priority?: string;
            status?: string;
            /** Format: uuid */
            agentId?: string | null;
            /** Format: uuid */
            groupId?: string | null;
            tags?: string[];
            /** Format: uuid */
            templateId?: string;
            body?: string;
            /** @enum {string} */
            kind?: "csat" | "nps";
        };
        RuleModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            /** @enum {string} */
            trigger: "ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.comment_added" | "feedback.received" | "ticket.sla_breached";
            conditions: components["schemas"]["ConditionModel"][];
            actions: components["schemas"]["ActionModel"][];
            enabled: boolean;
            position: number;
        };
        WorkflowPage: {
            data: components["schemas"]["RuleModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateRuleInput: {
            name?: string;
            /** @enum {string} */
            trigger?: "ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.comment_added" | "feedback.received" | "ticket.sla_breached";
            /** @description All must hold (AND). Replaces the list. */
            conditions?: components["schemas"]["ConditionInput"][];
            /** @description Run in order. */
            actions?: components["schemas"]["ActionInput"][];
            enabled?: boolean;
            /**
             * Format: int32
             * @description Rules run in ascending position.
             */
            position?: number;
        };
        TargetInput: {
            /** @example 60 */
            firstResponseMinutes?: number | null;
            /** @example 480 */
            resolutionMinutes?: number | null;
        };
        TargetsInput: {
            low?: components["schemas"]["TargetInput"];
            normal?: components["schemas"]["TargetInput"];
            high?: components["schemas"]["TargetInput"];
            urgent?: components["schemas"]["TargetInput"];
        };
        BusinessHoursInput: {
            /**
             * @description An IANA time zone.
             * @example Europe/Rome
             */
            timezone: string;
            /**
             * @description Opening hours per weekday (`mon`…`sun`): one range `["09:00","18:00"]` or several `[["09:00","12:00"],["13:00","18:00"]]`. Days left out are closed.
             * @example {
             *       "mon": [
             *         "09:00",
             *         "18:00"
             *       ],
             *       "tue": [
             *         "09:00",
             *         "18:00"
             *       ]
             *     }
             */
            days: {
                [key: string]: unknown;
            };
            /**
             * @description Closed dates.
             * @example [
             *       "2026-12-25"
             *     ]
             */
            holidays?: string[];
        };
        CreateSlaPolicyInput: {
            /** @example Standard support */
            name: string;
            /** @description Which tickets the policy covers (all must hold); the first match by position applies. */
            conditions?: components["schemas"]["ConditionInput"][];
            targets: components["schemas"]["TargetsInput"];
            /** @description Without: 24/7. */
            businessHours?: components["schemas"]["BusinessHoursInput"] | null;
            /** @default true */
            enabled?: boolean;
            /**
             * Format: int32
             * @description Policies are tried in ascending position; the first that matches applies.
             * @default 0
             */
            position?: number;
        };
        SlaPolicyModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            conditions: components["schemas"]["ConditionModel"][];
            targets: components["schemas"]["TargetsInput"];
            businessHours: components["schemas"]["BusinessHoursInput"] | null;
            enabled: boolean;
            position: number;
        };
        SlaPolicyPage: {
            data: components["schemas"]["SlaPolicyModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateSlaPolicyInput: {
            name?: string;
            /** @description Which tickets the policy covers (all must hold); the first match by position applies. */
            conditions?: components["schemas"]["ConditionInput"][];
            targets?: components["schemas"]["TargetsInput"];
            /** @description Without: 24/7. */
            businessHours?: components["schemas"]["BusinessHoursInput"] | null;
            enabled?: boolean;
            /**
             * Format: int32
             * @description Policies are tried in ascending position; the first that matches applies.
             */
            position?: number;
        };
        CreateMacroInput: {
            /** @example Refund approved */
            title: string;
            /**
             * @description The comment added when applied. Placeholders: `{{customer.name}}`, `{{customer.email}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{ticket.status}}`, `{{agent.name}}`; an unknown or empty one renders as nothing.
             * @default
             */
            body?: string;
            /** @description True (default): a public reply; false: an internal note. */
            public?: boolean;
            /** @description Run in order. */
            actions?: components["schemas"]["ActionInput"][];
        };
        MacroModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            title: string;
            body: string;
            public: boolean;
            actions: components["schemas"]["ActionModel"][];
        };
        MacroPage: {
            data: components["schemas"]["MacroModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateMacroInput: {
            title?: string;
            /** @description The comment added when applied. Placeholders: `{{customer.name}}`, `{{customer.email}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{ticket.status}}`, `{{agent.name}}`; an unknown or empty one renders as nothing. */
            body?: string;
            /** @description True (default): a public reply; false: an internal note. */
            public?: boolean;
            /** @description Run in order. */
            actions?: components["schemas"]["ActionInput"][];
        };
        SubmitFeedbackInput: {
            /** @enum {string} */
            kind: "csat" | "nps";
            /**
             * Format: int32
             * @description CSAT 1..5, NPS 0..10.
             * @example 5
             */
            score: number;
            comment?: string | null;
            /**
             * Format: uuid
             * @description Defaults to the ticket's customer; must be that customer when both are sent.
             */
            customerId?: string;
            /**
             * Format: uuid
             * @description The ticket rated: its group and channel are recorded, its assignee is the default agent, a low score flags it `negativeFeedback`.
             */
            ticketId?: string;
            /**
             * Format: uuid
             * @description The agent rated; defaults to the ticket's assignee at the time.
             */
            agentId?: string;
        };
        FeedbackModel: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "csat" | "nps";
            /**
             * @description CSAT 1..5, NPS 0..10.
             * @example 5
             */
            score: number;
            /** @description A low score: CSAT ≤ 2, NPS ≤ 6. */
            negative: boolean;
            comment: string | null;
            /** Format: uuid */
            customerId: string | null;
            /** Format: uuid */
            ticketId: string | null;
            /**
             * Format: uuid
             * @description The agent rated (the ticket assignee when not given).
             */
            agentId: string | null;
            /**
             * Format: uuid
             * @description The ticket's group.
             */
            groupId: string | null;
            /** @description The ticket's channel. */
            channel: string | null;
            /** @enum {string} */
            source: "api" | "survey";
            /** Format: uuid */
            surveyId: string | null;
            /**
             * Format: date-time
             * @description When it was first given.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Changes when the customer changes a survey answer or adds a comment.
             */
            updatedAt: string;
        };
        FeedbackPage: {
            data: components["schemas"]["FeedbackModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CsatFiguresModel: {
            /**
             * @description CSAT responses.
             * @example 40
             */
            responses: number;
            /**
             * @description Scores 4 and 5.
             * @example 36
             */
            positive: number;
            /**
             * @description positive / responses × 100, one decimal; null without responses.
             * @example 90
             */
            percent: number | null;
        };
        NpsFiguresModel: {
            /**
             * @description NPS responses.
             * @example 20
             */
            responses: number;
            /**
             * @description Scores 9 and 10.
             * @example 10
             */
            promoters: number;
            /**
             * @description Scores 7 and 8.
             * @example 6
             */
            passives: number;
            /**
             * @description Scores 0 to 6.
             * @example 4
             */
            detractors: number;
            /**
             * @description %promoters − %detractors (−100..100), one decimal; null without responses.
             * @example 30
             */
            score: number | null;
        };
        FeedbackBucketModel: {
            /**
             * @description The agent, group id or channel; the local date of the day or of the week’s Monday (`YYYY-MM-DD`), or `YYYY-MM` for a month. Null for `none` and for responses with no agent or group.
             * @example 2024-12-02
             */
            key: string | null;
            /**
             * Format: date-time
             * @description Calendar buckets: the first instant of the bucket in `tz`, in UTC.
             */
            start: string | null;
            /**
             * @description Responses in the bucket (both kinds).
             * @example 60
             */
            responses: number;
            csat: components["schemas"]["CsatFiguresModel"];
            nps: components["schemas"]["NpsFiguresModel"];
        };
        FeedbackSummaryModel: {
            /** @enum {string} */
            groupBy: "none" | "agent" | "group" | "channel" | "day" | "week" | "month";
            /** @example UTC */
            tz: string;
            /** @description Buckets with at least one response, in order of time or key; `none` always has one. */
            buckets: components["schemas"]["FeedbackBucketModel"][];
        };
        RequestSurveyInput: {
            /** @enum {string} */
            kind: "csat" | "nps";
        };
        SurveyModel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ticketId: string;
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            kind: "csat" | "nps";
            /** @enum {string} */
            status: "open" | "expired" | "revoked";
            /**
             * @description One link per score ("1".."5" for CSAT, "0".."10" for NPS). Opening one records that score; opening another changes it.
             * @example {
             *       "1": "https://help.example.com/s/AQAAAAGT2Yb5",
             *       "5": "https://help.example.com/s/AQAAAAGT2Yb9"
             *     }
             */
            links: {
                [key: string]: string;
            };
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        SurveySettingsModel: {
            /** @description Solving a ticket requests a survey (for a random sample). */
            sendOnSolved: boolean;
            /**
             * @description Share of solved tickets that get a survey: 0 none, 1 all.
             * @example 0.25
             */
            sampleRate: number;
            /**
             * @description Kind of survey sent on solve.
             * @enum {string}
             */
            kind: "csat" | "nps";
        };
        UpdateSurveySettingsInput: {
            sendOnSolved?: boolean;
            sampleRate?: number;
            /** @enum {string} */
            kind?: "csat" | "nps";
        };
        SurveyFormInput: {
            /**
             * Format: int32
             * @description Changes the answer to this score (of the survey's kind).
             */
            score?: number;
            comment?: string;
        };
        CreateWebhookInput: {
            /**
             * @description http or https. Hosts resolving to loopback, private, link-local, CGNAT, multicast or cloud-metadata addresses are refused (422), here and before every delivery, unless WEBHOOK_ALLOW_PRIVATE=true. Redirects are not followed.
             * @example https://example.com/hooks/helpdesk
             */
            url: string;
            /**
             * @description Event types to receive, or ["*"] for all: ticket.created, ticket.updated, ticket.status_changed, ticket.assigned, ticket.comment_added, ticket.sla_breached, customer.created, customer.updated, feedback.received, feedback.negative, survey.requested, kb.article_published, checklist.completed. Unknown types are a 400 naming them.
             * @example [
             *       "ticket.created",
             *       "ticket.status_changed"
             *     ]
             */
            events: ("*" | "ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.assigned" | "ticket.comment_added" | "ticket.sla_breached" | "customer.created" | "customer.updated" | "feedback.received" | "feedback.negative" | "survey.requested" | "kb.article_published" | "checklist.completed")[];
            description?: string | null;
            /** @default true */
            enabled?: boolean;
        };
        CreatedWebhookModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://example.com/hooks/helpdesk */
            url: string;
            /**
             * @example [
             *       "ticket.created"
             *     ]
             */
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why the service disabled the subscription (the endpoint answered 410 Gone, or every attempt failed for 5 days). */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description Every attempt has failed since this time; null while deliveries succeed.
             */
            failingSince: string | null;
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation also signs every delivery.
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description The signing secret (Standard Webhooks). Shown once, at creation and rotation: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookModel: {
            /** Format: uuid */
            id: string;
            /**
             * @description Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://example.com/hooks/helpdesk */
            url: string;
            /**
             * @example [
             *       "ticket.created"
             *     ]
             */
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why the service disabled the subscription (the endpoint answered 410 Gone, or every attempt failed for 5 days). */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description Every attempt has failed since this time; null while deliveries succeed.
             */
            failingSince: string | null;
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation also signs every delivery.
             */
            previousSecretExpiresAt: string | null;
        };
        WebhookPage: {
            data: components["schemas"]["WebhookModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        UpdateWebhookInput: {
            /**
             * @description http or https. Hosts resolving to loopback, private, link-local, CGNAT, multicast or cloud-metadata addresses are refused (422), here and before every delivery, unless WEBHOOK_ALLOW_PRIVATE=true. Redirects are not followed.
             * @example https://example.com/hooks/helpdesk
             */
            url?: string;
            /**
             * @description Event types to receive, or ["*"] for all: ticket.created, ticket.updated, ticket.status_changed, ticket.assigned, ticket.comment_added, ticket.sla_breached, customer.created, customer.updated, feedback.received, feedback.negative, survey.requested, kb.article_published, checklist.completed. Unknown types are a 400 naming them.
             * @example [
             *       "ticket.created",
             *       "ticket.status_changed"
             *     ]
             */
            events?: ("*" | "ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.assigned" | "ticket.comment_added" | "ticket.sla_breached" | "customer.created" | "customer.updated" | "feedback.received" | "feedback.negative" | "survey.requested" | "kb.article_published" | "checklist.completed")[];
            description?: string | null;
            /** @description Enabling a subscription the service disabled clears its `disabledReason`. */
            enabled?: boolean;
        };
        RotateSecretInput: {
            /**
             * Format: int32
             * @description How long the previous secret keeps signing (both signatures are sent, space-separated), so receivers can switch without losing deliveries. 0 stops it at once.
             * @default 86400
             */
            graceSeconds?: number;
        };
        WebhookDeliveryModel: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The event: also the `webhook-id` header.
             */
            eventId: string;
            /** @example ticket.created */
            eventType: string;
            /**
             * @description `pending` until a 2xx (`succeeded`) or until the retries run out, the endpoint answers 410 (`failed`).
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * @description Attempts made so far.
             * @example 1
             */
            attempts: number;
            /**
             * @description Of the last attempt.
             * @example 200
             */
            responseStatus: number | null;
            /**
             * Format: date-time
             * @description While pending.
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /**
             * @description What went wrong in the last attempt.
             * @example HTTP 503
             */
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDeliveryModel"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        WebhookAttemptModel: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            attemptedAt: string;
            /** @example 42 */
            durationMs: number;
            /** @example 503 */
            responseStatus: number | null;
            /** @description The first 1,024 bytes of the response body. */
            responseBody: string | null;
            /**
             * @description A failure below HTTP (no response).
             * @enum {string|null}
             */
            error: "timeout" | "dns" | "tls" | "connection_refused" | "connection_reset" | "unreachable" | "blocked_address" | "network" | null;
            errorMessage: string | null;
        };
        WebhookDeliveryDetailModel: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The event: also the `webhook-id` header.
             */
            eventId: string;
            /** @example ticket.created */
            eventType: string;
            /**
             * @description `pending` until a 2xx (`succeeded`) or until the retries run out, the endpoint answers 410 (`failed`).
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * @description Attempts made so far.
             * @example 1
             */
            attempts: number;
            /**
             * @description Of the last attempt.
             * @example 200
             */
            responseStatus: number | null;
            /**
             * Format: date-time
             * @description While pending.
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /**
             * @description What went wrong in the last attempt.
             * @example HTTP 503
             */
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Every attempt (the latest 100), oldest first. */
            attemptLog: components["schemas"]["WebhookAttemptModel"][];
        };
        DurationFiguresModel: {
            /**
             * @description Seconds, rounded; null without readings.
             * @example 1800
             */
            median: number | null;
            /**
             * @description 90th percentile (interpolated), seconds.
             * @example 14400
             */
            p90: number | null;
            /**
             * @description Tickets measured.
             * @example 42
             */
            count: number;
            /**
             * @description Of `count`, readings in opening hours (the ticket's SLA policy has business hours); the others are wall-clock time. Pauses (pending, on hold) never count.
             * @example 30
             */
            businessHoursCount: number;
            /**
             * @description Which clock the readings use; null without readings.
             * @enum {string|null}
             */
            clock: "business_hours" | "calendar" | "mixed" | null;
        };
        KpiBucketModel: {
            /**
             * @description The agent or group id, channel, category or type (null: tickets without one; always null for `none`); the local date of the day or of the week’s Monday (`YYYY-MM-DD`), or `YYYY-MM` for a month.
             * @example 2024-12-02
             */
            key: string | null;
            /**
             * @description The agent’s or group’s name.
             * @example Ada Lovelace
             */
            label: string | null;
            /**
             * Format: date-time
             * @description Calendar buckets: the bucket’s first instant in `tz` (the first bucket may start before `from`; only [from, to) is counted).
             */
            start: string | null;
            /**
             * @description Distinct tickets created, first answered or resolved in the bucket: what the ticket figures rest on. Each ratio also gives its own denominator.
             * @example 120
             */
            tickets: number;
            /**
             * @description Tickets created in the bucket.
             * @example 100
             */
            ticketsCreated: number;
            /**
             * @description Tickets resolved in the bucket: their latest solve (or their closing, when closed without a solve) falls in it. A reopened ticket counts again when it is solved again, in that bucket.
             * @example 90
             */
            ticketsSolved: number;
            /**
             * @description Tickets of type `complaint` created in the bucket.
             * @example 4
             */
            complaints: number;
            /**
             * @description Of the tickets created in the bucket, the share solved or closed before `to` and not reopened since (0..1, four decimals); null when none were created.
             * @example 0.85
             */
            resolutionRate: number | null;
            /** @description Time to the first public agent reply, for tickets first answered in the bucket (SLA clock reading: opening hours under a business-hours policy, wall-clock otherwise; pauses excluded). */
            firstResponseSeconds: components["schemas"]["DurationFiguresModel"];
            /** @description Time to resolution (the latest solve), for tickets resolved in the bucket; same clock as first response. */
            resolutionSeconds: components["schemas"]["DurationFiguresModel"];
            /**
             * @description SLA targets (first response, resolution) of tickets created in the bucket whose outcome is known: the ticket has the due time, and the target was met or breached (recorded as breached, met late, or due and still not met). Tickets without an SLA policy have no targets.
             * @example 50
             */
            slaTargetsDue: number;
            /**
             * @description Of `slaTargetsDue`: the stop (first reply, resolution) came at or before the due time and no breach was recorded.
             * @example 45
             */
            slaTargetsMet: number;
            /**
             * @description slaTargetsMet / slaTargetsDue × 100, one decimal; null without targets due.
             * @example 90
             */
            slaCompliancePercent: number | null;
            /**
             * @description Tickets reopened (solved → new/open/pending/on hold) in the bucket; one ticket reopened twice in a bucket counts once.
             * @example 3
             */
            reopened: number;
            /**
             * @description Tickets unresolved (neither solved nor closed) at the end of the bucket (at `to` for the last one and for non-calendar groupings), from the status history: created before then and not solved or closed at that moment.
             * @example 250
             */
            backlog: number;
            /**
             * @description Of `ticketsSolved`: tickets with exactly one public agent reply.
             * @example 30
             */
            oneTouchResolutions: number;
            /**
             * @description oneTouchResolutions / ticketsSolved (0..1, four decimals); null when none were solved.
             * @example 0.3333
             */
            oneTouchResolutionRate: number | null;
            /** @description CSAT responses given in the bucket (the feedback summary's figures: by the rated agent, the ticket's group and channel when given, or the ticket's category and type). */
            csat: components["schemas"]["CsatFiguresModel"];
            /** @description NPS responses given in the bucket, bucketed like CSAT. */
            nps: components["schemas"]["NpsFiguresModel"];
        };
        KpiReportModel: {
            /** Format: date-time */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string;
            /** @example UTC */
            tz: string;
            /** @enum {string} */
            groupBy: "none" | "agent" | "group" | "channel" | "category" | "type" | "day" | "week" | "month";
            /** @description Calendar groupings: every bucket of the period, in order, empty ones included. Others: every key with a figure, by key (null last); `none`: exactly one. */
            buckets: components["schemas"]["KpiBucketModel"][];
        };
        AgentKpisModel: {
            /** Format: uuid */
            agentId: string;
            /** @example Ada Lovelace */
            name: string;
            active: boolean;
            /**
             * @description Tickets assigned now and neither solved nor closed.
             * @example 12
             */
            openTickets: number;
            /**
             * @description Assigned tickets resolved in the period (latest solve, or closing without a solve).
             * @example 40
             */
            solved: number;
            /**
             * @description Median first response (seconds, SLA clock) of assigned tickets first answered in the period.
             * @example 900
             */
            firstResponseMedianSeconds: number | null;
            /**
             * @description Tickets behind `firstResponseMedianSeconds`.
             * @example 38
             */
            firstResponses: number;
            /**
             * @description Median resolution time (seconds, SLA clock) of the tickets in `solved`.
             * @example 86400
             */
            resolutionMedianSeconds: number | null;
            /**
             * @description CSAT % of responses rating this agent in the period; null without responses.
             * @example 92.5
             */
            csat: number | null;
            /**
             * @description CSAT responses behind `csat`.
             * @example 20
             */
            csatResponses: number;
            /**
             * @description Assigned tickets reopened in the period.
             * @example 2
             */
            reopened: number;
        };
        AgentReportModel: {
            /** Format: date-time */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string;
            /** @description Agents (active or not) by name. */
            data: components["schemas"]["AgentKpisModel"][];
            /** @description Pass as `cursor` for the next agents. */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: {
        /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
        RequestId: string;
        /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
        IdempotencyKey: string;
        /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
        IfMatch: string;
        /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: the `x-request-id` you sent, or a generated one. Logged with the request and quoted as `requestId` in problems. */
        RequestId: string;
        /** @description Requests allowed per window (a minute unless configured) for this credential (for the client IP when anonymous). Sent once the request is authenticated: not on a 401, 403, 413 or 415. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description The resource version, `"<version>"`: send it back as `If-Match` to update only that version, or as `If-None-Match` to get a 304 while it is unchanged. */
        ETag: string;
        /** @description Present (`true`) when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description The authentication scheme: `Bearer`. */
        WWWAuthenticate: "Bearer";
    };
    pathItems: never;
}
export type StreamTokenModel = components['schemas']['StreamTokenModel'];
export type CorsSettingsModel = components['schemas']['CorsSettingsModel'];
export type UpdateCorsSettingsInput = components['schemas']['UpdateCorsSettingsInput'];
export type CreateTenantInput = components['schemas']['CreateTenantInput'];
export type TenantApiKeyModel = components['schemas']['TenantApiKeyModel'];
export type CreatedTenantModel = components['schemas']['CreatedTenantModel'];
export type CreateApiKeyInput = components['schemas']['CreateApiKeyInput'];
export type CreatedApiKeyModel = components['schemas']['CreatedApiKeyModel'];
export type ApiKeyModel = components['schemas']['ApiKeyModel'];
export type ApiKeyPage = components['schemas']['ApiKeyPage'];
export type CreateGroupInput = components['schemas']['CreateGroupInput'];
export type GroupModel = components['schemas']['GroupModel'];
export type GroupPage = components['schemas']['GroupPage'];
export type UpdateGroupInput = components['schemas']['UpdateGroupInput'];
export type CreateAgentInput = components['schemas']['CreateAgentInput'];
export type AgentModel = components['schemas']['AgentModel'];
export type AgentPage = components['schemas']['AgentPage'];
export type UpdateAgentInput = components['schemas']['UpdateAgentInput'];
export type TokenInput = components['schemas']['TokenInput'];
export type TokenModel = components['schemas']['TokenModel'];
export type CreateCustomerInput = components['schemas']['CreateCustomerInput'];
export type SatisfactionModel = components['schemas']['SatisfactionModel'];
export type CustomerModel = components['schemas']['CustomerModel'];
export type UpsertCustomerInput = components['schemas']['UpsertCustomerInput'];
export type CustomerPage = components['schemas']['CustomerPage'];
export type TimelineItemModel = components['schemas']['TimelineItemModel'];
export type TimelinePage = components['schemas']['TimelinePage'];
export type UpdateCustomerInput = components['schemas']['UpdateCustomerInput'];
export type CreateOrganizationInput = components['schemas']['CreateOrganizationInput'];
export type OrganizationModel = components['schemas']['OrganizationModel'];
export type OrganizationPage = components['schemas']['OrganizationPage'];
export type UpdateOrganizationInput = components['schemas']['UpdateOrganizationInput'];
export type RequesterInput = components['schemas']['RequesterInput'];
export type CreateTicketInput = components['schemas']['CreateTicketInput'];
export type TicketSlaModel = components['schemas']['TicketSlaModel'];
export type TicketModel = components['schemas']['TicketModel'];
export type TicketPage = components['schemas']['TicketPage'];
export type UpdateTicketInput = components['schemas']['UpdateTicketInput'];
export type BulkUpdateTicketsInput = components['schemas']['BulkUpdateTicketsInput'];
export type FieldErrorModel = components['schemas']['FieldErrorModel'];
export type ProblemModel = components['schemas']['ProblemModel'];
export type BulkResultModel = components['schemas']['BulkResultModel'];
export type BulkResultsModel = components['schemas']['BulkResultsModel'];
export type AddCommentInput = components['schemas']['AddCommentInput'];
export type TicketCommentModel = components['schemas']['TicketCommentModel'];
export type TicketCommentPage = components['schemas']['TicketCommentPage'];
export type ActorModel = components['schemas']['ActorModel'];
export type TicketAuditModel = components['schemas']['TicketAuditModel'];
export type TicketAuditPage = components['schemas']['TicketAuditPage'];
export type ExportItemModel = components['schemas']['ExportItemModel'];
export type ExportPageModel = components['schemas']['ExportPageModel'];
export type TicketSettingsModel = components['schemas']['TicketSettingsModel'];
export type UpdateTicketSettingsInput = components['schemas']['UpdateTicketSettingsInput'];
export type CreatePortalSessionInput = components['schemas']['CreatePortalSessionInput'];
export type PortalSessionModel = components['schemas']['PortalSessionModel'];
export type PortalTicketModel = components['schemas']['PortalTicketModel'];
export type PortalTicketPage = components['schemas']['PortalTicketPage'];
export type PortalCreateTicketInput = components['schemas']['PortalCreateTicketInput'];
export type PortalCommentModel = components['schemas']['PortalCommentModel'];
export type PortalCommentPage = components['schemas']['PortalCommentPage'];
export type PortalCommentInput = components['schemas']['PortalCommentInput'];
export type CreateCategoryInput = components['schemas']['CreateCategoryInput'];
export type KbCategoryModel = components['schemas']['KbCategoryModel'];
export type KbCategoryPage = components['schemas']['KbCategoryPage'];
export type UpdateCategoryInput = components['schemas']['UpdateCategoryInput'];
export type CreateArticleInput = components['schemas']['CreateArticleInput'];
export type KbVotesModel = components['schemas']['KbVotesModel'];
export type KbArticleModel = components['schemas']['KbArticleModel'];
export type KbArticlePage = components['schemas']['KbArticlePage'];
export type KbSearchHitModel = components['schemas']['KbSearchHitModel'];
export type SearchResultsModel = components['schemas']['SearchResultsModel'];
export type UpdateArticleInput = components['schemas']['UpdateArticleInput'];
export type KbArticleVersionModel = components['schemas']['KbArticleVersionModel'];
export type KbArticleVersionPage = components['schemas']['KbArticleVersionPage'];
export type VoteInput = components['schemas']['VoteInput'];
export type ChecklistItemInput = components['schemas']['ChecklistItemInput'];
export type AppliesToInput = components['schemas']['AppliesToInput'];
export type CreateChecklistTemplateInput = components['schemas']['CreateChecklistTemplateInput'];
export type TemplateItemModel = components['schemas']['TemplateItemModel'];
export type AppliesToModel = components['schemas']['AppliesToModel'];
export type ChecklistTemplateModel = components['schemas']['ChecklistTemplateModel'];
export type ChecklistTemplatePage = components['schemas']['ChecklistTemplatePage'];
export type UpdateChecklistTemplateInput = components['schemas']['UpdateChecklistTemplateInput'];
export type AttachChecklistInput = components['schemas']['AttachChecklistInput'];
export type ChecklistActorModel = components['schemas']['ChecklistActorModel'];
export type ChecklistItemModel = components['schemas']['ChecklistItemModel'];
export type TicketChecklistModel = components['schemas']['TicketChecklistModel'];
export type TicketChecklistPage = components['schemas']['TicketChecklistPage'];
export type UpdateChecklistItemInput = components['schemas']['UpdateChecklistItemInput'];
export type ConditionInput = components['schemas']['ConditionInput'];
export type ActionInput = components['schemas']['ActionInput'];
export type CreateRuleInput = components['schemas']['CreateRuleInput'];
export type ConditionModel = components['schemas']['ConditionModel'];
export type ActionModel = components['schemas']['ActionModel'];
export type RuleModel = components['schemas']['RuleModel'];
export type WorkflowPage = components['schemas']['WorkflowPage'];
export type UpdateRuleInput = components['schemas']['UpdateRuleInput'];
export type TargetInput = components['schemas']['TargetInput'];
export type TargetsInput = components['schemas']['TargetsInput'];
export type BusinessHoursInput = components['schemas']['BusinessHoursInput'];
export type CreateSlaPolicyInput = components['schemas']['CreateSlaPolicyInput'];
export type SlaPolicyModel = components['schemas']['SlaPolicyModel'];
export type SlaPolicyPage = components['schemas']['SlaPolicyPage'];
export type UpdateSlaPolicyInput = components['schemas']['UpdateSlaPolicyInput'];
export type CreateMacroInput = components['schemas']['CreateMacroInput'];
export type MacroModel = components['schemas']['MacroModel'];
export type MacroPage = components['schemas']['MacroPage'];
export type UpdateMacroInput = components['schemas']['UpdateMacroInput'];
export type SubmitFeedbackInput = components['schemas']['SubmitFeedbackInput'];
export type FeedbackModel = components['schemas']['FeedbackModel'];
export type FeedbackPage = components['schemas']['FeedbackPage'];
export type CsatFiguresModel = components['schemas']['CsatFiguresModel'];
export type NpsFiguresModel = components['schemas']['NpsFiguresModel'];
export type FeedbackBucketModel = components['schemas']['FeedbackBucketModel'];
export type FeedbackSummaryModel = components['schemas']['FeedbackSummaryModel'];
export type RequestSurveyInput = components['schemas']['RequestSurveyInput'];
export type SurveyModel = components['schemas']['SurveyModel'];
export type SurveySettingsModel = components['schemas']['SurveySettingsModel'];
export type UpdateSurveySettingsInput = components['schemas']['UpdateSurveySettingsInput'];
export type SurveyFormInput = components['schemas']['SurveyFormInput'];
export type CreateWebhookInput = components['schemas']['CreateWebhookInput'];
export type CreatedWebhookModel = components['schemas']['CreatedWebhookModel'];
export type WebhookModel = components['schemas']['WebhookModel'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type UpdateWebhookInput = components['schemas']['UpdateWebhookInput'];
export type RotateSecretInput = components['schemas']['RotateSecretInput'];
export type WebhookDeliveryModel = components['schemas']['WebhookDeliveryModel'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type WebhookAttemptModel = components['schemas']['WebhookAttemptModel'];
export type WebhookDeliveryDetailModel = components['schemas']['WebhookDeliveryDetailModel'];
export type DurationFiguresModel = components['schemas']['DurationFiguresModel'];
export type KpiBucketModel = components['schemas']['KpiBucketModel'];
export type KpiReportModel = components['schemas']['KpiReportModel'];
export type AgentKpisModel = components['schemas']['AgentKpisModel'];
export type AgentReportModel = components['schemas']['AgentReportModel'];
export type ParameterRequestId = components['parameters']['RequestId'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterIfMatch = components['parameters']['IfMatch'];
export type ParameterIfNoneMatch = components['parameters']['IfNoneMatch'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderRateLimitLimit = components['headers']['RateLimitLimit'];
export type HeaderRateLimitRemaining = components['headers']['RateLimitRemaining'];
export type HeaderRateLimitReset = components['headers']['RateLimitReset'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderETag = components['headers']['ETag'];
export type HeaderIdempotentReplayed = components['headers']['IdempotentReplayed'];
export type HeaderWwwAuthenticate = components['headers']['WWWAuthenticate'];
export type $defs = Record<string, never>;
export interface operations {
    createStreamToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTokenModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, customers:read, kb:read, feedback:read, workflows:read, reports:read, portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Event types, as a comma list or a repeated parameter (default: every type the credential may read). */
                types?: ("ticket.created" | "ticket.updated" | "ticket.status_changed" | "ticket.assigned" | "ticket.comment_added" | "ticket.sla_breached" | "customer.created" | "customer.updated" | "feedback.received" | "feedback.negative" | "survey.requested" | "kb.article_published" | "checklist.completed")[];
                /** @description Resume after this event id (the `id:` of the last event received), for a new EventSource, which cannot send the `Last-Event-ID` header itself. The header wins when both are sent. */
                lastEventId?: string;
                /** @description A stream token from `POST /v1/events/stream-tokens`, for clients that cannot send an Authorization header. Never an API key. */
                token?: unknown;
            };
            header?: {
                /** @description Resume after this event id. */
                "Last-Event-ID"?: string;
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream, until the credential expires or the instance shuts down. */
            200: {
                headers: {
                    /** @description Tells a proxy (nginx) not to buffer the stream. */
                    "X-Accel-Buffering"?: "no";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, customers:read, kb:read, feedback:read, workflows:read, reports:read, portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getCorsSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorsSettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateCorsSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCorsSettingsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorsSettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenantModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of platform:admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin, tickets:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin, tickets:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                role?: "admin" | "agent" | "viewer";
                active?: boolean;
                email?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin, tickets:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin, tickets:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createAccessToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unknown tenant, email or password, or inactive agent. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Search name, email and phone (case- and accent-insensitive, substring; at least 3 characters). */
                q?: string;
                /** @description Exact email (case-insensitive). */
                email?: string;
                externalId?: string;
                organizationId?: string;
                /** @description Customers carrying this tag. */
                tag?: string;
                /** @description Changed at or after this time (for syncs; combine with sort=updatedAt). */
                updatedSince?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:read, customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    upsertCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The customer's id in your CRM. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertCustomerInput"];
            };
        };
        responses: {
            /** @description Updated (or unchanged). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerModel"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:read, customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listCustomerTimeline: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:read, customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Exact external id. */
                externalId?: string;
                /** @description Organizations owning this email domain. */
                domain?: string;
                /** @description Name starts with (case-insensitive). */
                name?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:read, customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:read, customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Any of these statuses, as a comma list (`new,open`) or a repeated parameter. */
                status?: ("new" | "open" | "pending" | "on_hold" | "solved" | "closed")[];
                priority?: "low" | "normal" | "high" | "urgent";
                type?: "question" | "incident" | "problem" | "complaint" | "task";
                channel?: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
                category?: string;
                assigneeId?: string;
                groupId?: string;
                customerId?: string;
                tag?: string;
                /** @description Full text over subject, description and comments, any language; accents ignored. Supports "quoted phrases", OR and -exclusions. Text in scripts written without spaces (Thai, Chinese, Japanese, …) matches as a substring. */
                q?: string;
                createdFrom?: string;
                /** @description Exclusive. */
                createdTo?: string;
                updatedSince?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "priority" | "-priority";
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    bulkUpdateTickets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateTicketsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listTicketComments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCommentPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    addTicketComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCommentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCommentModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listTicketEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketAuditPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    exportTickets: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit to start from the beginning. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportPageModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getTicketSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateTicketSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketSettingsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePortalSessionInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSessionModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of customers:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listPortalTickets: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createPortalTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalCreateTicketInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getPortalTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalTicketModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listPortalTicketComments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalCommentPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    addPortalTicketComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalCommentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalCommentModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of portal. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listKbCategories: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only the children of this category. */
                parentId?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategoryPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createKbCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategoryModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getKbCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategoryModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteKbCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateKbCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbCategoryModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listKbArticles: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "draft" | "published" | "archived";
                categoryId?: string;
                locale?: string;
                /** @description The original and its translations. */
                translationOf?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticlePage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    searchKbArticles: {
        parameters: {
            query: {
                q: string;
                /** @description Only articles in this language (`pt` also matches `pt-BR`). */
                locale?: string;
                limit?: number;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticleInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    publishKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    unpublishKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listKbArticleVersions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleVersionPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    voteKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbVotesModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of kb:read, kb:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listSuggestedArticles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    searchPublicKbArticles: {
        parameters: {
            query: {
                q: string;
                /** @description Only articles in this language (`pt` also matches `pt-BR`). */
                locale?: string;
                limit?: number;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The tenant’s slug (its help center). */
                tenantSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getPublicKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The tenant’s slug (its help center). */
                tenantSlug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbArticleModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    votePublicKbArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The tenant’s slug (its help center). */
                tenantSlug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbVotesModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listChecklistTemplates: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplatePage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createChecklistTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChecklistTemplateInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getChecklistTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteChecklistTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateChecklistTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChecklistTemplateInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplateModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listTicketChecklists: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketChecklistPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:read, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    attachTicketChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachChecklistInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketChecklistModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Conflict with the current state (see `detail`). Or: A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateTicketChecklistItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                ticketId: string;
                checklistId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChecklistItemInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketChecklistModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRuleInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRuleInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listSlaPolicies: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaPolicyInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSlaPolicyInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listMacros: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMacroInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:read, workflows:write, tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMacroInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of workflows:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    applyMacro: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                ticketId: string;
                macroId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of tickets:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                kind?: "csat" | "nps";
                customerId?: string;
                ticketId?: string;
                agentId?: string;
                /** @description Given at or after. */
                from?: string;
                /** @description Given before. */
                to?: string;
                minScore?: number;
                maxScore?: number;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:read, feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    submitFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitFeedbackInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getFeedbackSummary: {
        parameters: {
            query?: {
                /** @description Only this kind; both when absent. */
                kind?: "csat" | "nps";
                /** @description Given at or after. */
                from?: string;
                /** @description Given before (exclusive). */
                to?: string;
                groupBy?: "none" | "agent" | "group" | "channel" | "day" | "week" | "month";
                /** @description IANA time zone in which `day`, `week` (from Monday) and `month` buckets start. */
                tz?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummaryModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:read, feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:read, feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createTicketSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSurveyInput"];
            };
        };
        responses: {
            /** @description The open survey of this ticket and kind. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyModel"];
                };
            };
            /** @description A new survey. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    revokeSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of feedback:write. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getSurveySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateSurveySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurveySettingsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveySettingsModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of admin. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    openSurveyLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The signed token of a survey link (72 base64url characters). */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thank-you page. */
            200: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Forged link. */
            404: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Expired or revoked link. */
            410: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    answerSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The signed token of a survey link (72 base64url characters). */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyFormInput"];
            };
        };
        responses: {
            /** @description The thank-you page. */
            200: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Forged link. */
            404: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Expired or revoked link. */
            410: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    checkSurveyLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The signed token of a survey link (72 base64url characters). */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link works (no body). */
            200: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Forged link (no body). */
            404: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Expired or revoked link (no body). */
            410: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    /** @description Survey pages are never indexed. */
                    "X-Robots-Tag"?: "noindex, nofollow";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookModel"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still the current version. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current. */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description `If-Match` does not match the current version: read it again, then retry. */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSecretInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "pending" | "succeeded" | "failed";
                eventType?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of webhooks:manage. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No such resource in your tenant (another tenant’s resource gets the same answer). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds. */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body larger than `BODY_LIMIT` (1 MB by default). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Body is not `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Refused: the request is valid but cannot be applied (see `detail`). Or: This `Idempotency-Key` was used with another request (method, path or body): use a new key. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getKpiReport: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). A date alone is midnight in `tz`; a date-time without offset is read in `tz`. Default: 30 calendar days (in `tz`) before `to`. The period spans at most 366 days. */
                from?: string;
                /** @description End of the period (exclusive), read like `from`. Default: now. Must be after `from`. */
                to?: string;
                /** @description IANA time zone: reads dates without offset; in the KPI report it also cuts the `day`, `week` (from Monday) and `month` buckets. */
                tz?: string;
                groupBy?: "none" | "agent" | "group" | "channel" | "category" | "type" | "day" | "week" | "month";
                /** @description Only tickets of this channel. */
                channel?: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
                /** @description Only tickets of this type. */
                type?: "question" | "incident" | "problem" | "complaint" | "task";
                /** @description Only tickets of this group. */
                groupId?: string;
                /** @description Only tickets carrying this tag. */
                tag?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV when asked for with `Accept: text/csv`. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiReportModel"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of reports:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getKpiReportCsv: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). A date alone is midnight in `tz`; a date-time without offset is read in `tz`. Default: 30 calendar days (in `tz`) before `to`. The period spans at most 366 days. */
                from?: string;
                /** @description End of the period (exclusive), read like `from`. Default: now. Must be after `from`. */
                to?: string;
                /** @description IANA time zone: reads dates without offset; in the KPI report it also cuts the `day`, `week` (from Monday) and `month` buckets. */
                tz?: string;
                groupBy?: "none" | "agent" | "group" | "channel" | "category" | "type" | "day" | "week" | "month";
                /** @description Only tickets of this channel. */
                channel?: "email" | "phone" | "chat" | "web" | "social" | "sms" | "api" | "in_person";
                /** @description Only tickets of this type. */
                type?: "question" | "incident" | "problem" | "complaint" | "task";
                /** @description Only tickets of this group. */
                groupId?: string;
                /** @description Only tickets carrying this tag. */
                tag?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header row, then one row per bucket. */
            200: {
                headers: {
                    /** @description Saves as `kpis.csv`. */
                    "Content-Disposition"?: "attachment; filename=\"kpis.csv\"";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of reports:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
    getAgentReport: {
        parameters: {
            query?: {
                /** @description Start of the period (inclusive). A date alone is midnight in `tz`; a date-time without offset is read in `tz`. Default: 30 calendar days (in `tz`) before `to`. The period spans at most 366 days. */
                from?: string;
                /** @description End of the period (exclusive), read like `from`. Default: now. Must be after `from`. */
                to?: string;
                /** @description IANA time zone: reads dates without offset; in the KPI report it also cuts the `day`, `week` (from Monday) and `month` buckets. */
                tz?: string;
                /** @description Agents per page. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentReportModel"];
                };
            };
            /** @description Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`). */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description The credential lacks the scope: it needs one of reports:read. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers). */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
            /** @description Unexpected error; no internals are returned. Quote the `requestId`. */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemModel"];
                };
            };
        };
    };
}

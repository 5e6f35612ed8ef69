#!/usr/bin/env bash
# The README's quickstart, runnable: every command the README shows, in order, with the ids each
# answer holds captured for the next one. Start the service (`npm start`), then:
#
#   KEY=hdk_… ./examples/quickstart.sh          # the admin key printed on first start
#
# API (default http://localhost:3000) points elsewhere; PLATFORM_ADMIN_TOKEN (the value the
# service was started with) adds the second-tenant step. It stops at the first error answer and
# prints it. The test suite runs it against a fresh service (test/e2e/quickstart.e2e-spec.ts).
set -euo pipefail

# --- setup
API=${API:-http://localhost:3000}
KEY=${KEY:?Set KEY to the admin API key printed on first start (hdk_…)}
RUN=$(date +%s) # makes the names that must be unique (tenant slug, agent email) fresh per run
# json PATH: one field of the JSON answer on stdin (`id`, `apiKey.key`, `data.0.id`), with Node
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=process.argv[1].split(".").reduce((o,k)=>o==null?o:o[k],JSON.parse(s));console.log(v==null?"":typeof v=="object"?JSON.stringify(v):v)})' "$1"; }
# -sS: quiet but show errors; --fail-with-body: stop on an error answer and print its problem
# --- end setup

# --- who am I
# The admin key of tenant "default" can do everything in it, starting with listing its keys.
curl -sS --fail-with-body $API/v1/api-keys -H "Authorization: Bearer $KEY" | json data.0.scopes

# --- a second tenant
# Only the platform admin token creates tenants, and only when the service was started with
# PLATFORM_ADMIN_TOKEN set. The answer holds the new tenant's admin key, shown once: apiKey.key.
if [ -n "${PLATFORM_ADMIN_TOKEN:-}" ]; then
  ACME_KEY=$(curl -sS --fail-with-body -X POST $API/v1/tenants \
    -H "Authorization: Bearer $PLATFORM_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Acme","slug":"acme-'$RUN'"}' | json apiKey.key)
  echo "second tenant acme-$RUN, its admin key ${ACME_KEY:0:12}…"
fi

# --- API keys
# A read-only key for a CRM sync, expiring at the end of 2030; `key` is shown once.
CRM_KEY=$(curl -sS --fail-with-body -X POST $API/v1/api-keys -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: crm-key-$RUN" \
  -d '{"name":"CRM sync","scopes":["customers:read"],"expiresAt":"2030-12-31T23:59:59Z"}' | json key)
curl -sS --fail-with-body "$API/v1/customers?limit=1" -H "Authorization: Bearer $CRM_KEY" > /dev/null
echo "CRM key ${CRM_KEY:0:12}… reads customers"

# --- agents
# An agent who can sign in (answer: `id`), then an access token for her (`accessToken`).
AGENT_ID=$(curl -sS --fail-with-body -X POST $API/v1/agents -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"name":"Ada","email":"ada+'$RUN'@example.com","role":"agent","password":"correct horse battery"}' | json id)
AGENT_TOKEN=$(curl -sS --fail-with-body -X POST $API/v1/auth/token -H 'Content-Type: application/json' \
  -d '{"tenant":"default","email":"ada+'$RUN'@example.com","password":"correct horse battery"}' | json accessToken)
echo "agent $AGENT_ID signed in"

# --- optimistic concurrency
# GET answers ETag: "<version>"; a PATCH with that If-Match applies, a stale one gets 412.
ETAG=$(curl -sS --fail-with-body -o /dev/null -w '%header{etag}' $API/v1/agents/$AGENT_ID \
  -H "Authorization: Bearer $KEY")
curl -sS --fail-with-body -X PATCH $API/v1/agents/$AGENT_ID -H "Authorization: Bearer $KEY" \
  -H "If-Match: $ETAG" -H 'Content-Type: application/json' -d '{"name":"Ada Lovelace"}' | json version
curl -sS -o /dev/null -w '%{http_code}\n' -X PATCH $API/v1/agents/$AGENT_ID -H "Authorization: Bearer $KEY" \
  -H "If-Match: $ETAG" -H 'Content-Type: application/json' -d '{"name":"Ada"}'

# --- customers
# The CRM sync's upsert by its own id: 201 created, 200 updated. The answer's `id` is ours.
CUSTOMER_ID=$(curl -sS --fail-with-body -X PUT $API/v1/customers/external/crm-4711 \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"José Álvarez","email":"jose@example.es","tags":["vip"]}' | json id)
curl -sS --fail-with-body "$API/v1/customers?q=jose%20alvarez" -H "Authorization: Bearer $KEY" | json data.0.name

# --- tickets
# From a channel that only knows an email (the requester is found or created by email), with an
# Idempotency-Key so a retry cannot create it twice. `id` is the ticket, `number` its #.
TICKET_ID=$(curl -sS --fail-with-body -X POST $API/v1/tickets -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: mail-$RUN@example.es" \
  -d '{"subject":"Cannot log in","description":"Password rejected","channel":"email","requester":{"email":"jose@example.es"}}' \
  | json id)
# Ada replies with her own token (the first public reply sets firstResponseAt), then solves it.
curl -sS --fail-with-body -X POST $API/v1/tickets/$TICKET_ID/comments -H "Authorization: Bearer $AGENT_TOKEN" \
  -H 'Content-Type: application/json' -d '{"body":"Reset link sent."}' | json authorId
curl -sS --fail-with-body -X PATCH $API/v1/tickets/$TICKET_ID -H "Authorization: Bearer $AGENT_TOKEN" \
  -H 'Content-Type: application/json' -d '{"status":"solved","resolution":"Password reset"}' | json status
curl -sS --fail-with-body "$API/v1/tickets?status=new,solved&sort=-priority&q=%22log%20in%22" \
  -H "Authorization: Bearer $KEY" | json data.0.subject
curl -sS --fail-with-body "$API/v1/tickets/$TICKET_ID/events" -H "Authorization: Bearer $KEY" | json data.0.field

# --- pagination
# Lists answer {data, nextCursor}; pass nextCursor back as `cursor`, URL-encoded, until it is null.
curl -sS --fail-with-body -X POST $API/v1/tickets -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"subject":"Refund for order 1042","description":"Charged twice","category":"refund","customerId":"'$CUSTOMER_ID'"}' \
  | json number
CURSOR=$(curl -sS --fail-with-body "$API/v1/tickets?limit=1" -H "Authorization: Bearer $KEY" | json nextCursor)
curl -sS --fail-with-body -G $API/v1/tickets --data-urlencode "cursor=$CURSOR" -d limit=1 \
  -H "Authorization: Bearer $KEY" | json data.0.subject

# --- export
# The incremental export for syncs takes up to 1000 per page (other lists: 1..100). Store
# nextCursor and call again later with it: every change comes once, in order.
EXPORT_CURSOR=$(curl -sS --fail-with-body "$API/v1/export/tickets?limit=1000" -H "Authorization: Bearer $KEY" \
  | json nextCursor)
curl -sS --fail-with-body -G $API/v1/export/tickets --data-urlencode "cursor=$EXPORT_CURSOR" \
  -H "Authorization: Bearer $KEY" | json data

# --- GraphQL
curl -sS --fail-with-body $API/graphql -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"query":"{ agents(first: 10) { nodes { id name groups { name } } pageInfo { hasNextPage endCursor } } }"}' \
  | json data.agents.nodes.0.name

# --- knowledge base
# Write (a draft: `id`), publish, search as an agent, then the public help center (no credential).
ARTICLE_ID=$(curl -sS --fail-with-body -X POST $API/v1/kb/articles -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"title":"Come reimpostare la password","body":"Clicca su *Password dimenticata*.","locale":"it","visibility":"public"}' \
  | json id)
curl -sS --fail-with-body -X POST $API/v1/kb/articles/$ARTICLE_ID/publish -H "Authorization: Bearer $KEY" | json status
curl -sS --fail-with-body "$API/v1/kb/search?q=password%20dimenticata&locale=it" -H "Authorization: Bearer $KEY" \
  | json data.0.title
curl -sS --fail-with-body "$API/v1/public/default/kb/search?q=password" | json data.0.title
curl -sS --fail-with-body "$API/v1/tickets/$TICKET_ID/suggested-articles" -H "Authorization: Bearer $KEY" | json data

# --- workflows
# A group (`id`), a checklist for refunds, a rule for urgent complaints, an SLA, a macro (`id`).
GROUP_ID=$(curl -sS --fail-with-body -X POST $API/v1/groups -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d '{"name":"Escalations '$RUN'"}' | json id)
TEMPLATE_ID=$(curl -sS --fail-with-body -X POST $API/v1/checklist-templates -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"name":"Refund","items":[{"title":"Check the payment","required":true},{"title":"Apologise"}],"appliesTo":{"category":"refund"}}' \
  | json id)
curl -sS --fail-with-body -X POST $API/v1/workflows -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Urgent complaints","trigger":"ticket.created",
       "conditions":[{"field":"type","op":"eq","value":"complaint"},{"field":"priority","op":"eq","value":"urgent"}],
       "actions":[{"type":"assign_group","groupId":"'$GROUP_ID'"},{"type":"add_tags","tags":["escalated"]},
                  {"type":"add_internal_note","body":"Call back within the hour."}]}' | json id
curl -sS --fail-with-body -X POST $API/v1/sla-policies -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Office hours","targets":{"urgent":{"firstResponseMinutes":30,"resolutionMinutes":480},
       "normal":{"firstResponseMinutes":240,"resolutionMinutes":2880}},
       "businessHours":{"timezone":"Europe/Rome","days":{"mon":["09:00","18:00"],"tue":["09:00","18:00"],
       "wed":["09:00","18:00"],"thu":["09:00","18:00"],"fri":["09:00","17:00"]},"holidays":["2026-12-25"]}}' | json id
MACRO_ID=$(curl -sS --fail-with-body -X POST $API/v1/macros -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"title":"Need a screenshot","body":"Hi {{customer.name}}, could you send a screenshot for #{{ticket.number}}?",
       "actions":[{"type":"set_status","status":"pending"}]}' | json id)

# A refund ticket gets the checklist by itself; the macro replies and sets it pending; its
# required item must be done before it can be solved. The checklist's `data.0.id` and its items'
# `items.N.id` name them.
REFUND_ID=$(curl -sS --fail-with-body -X POST $API/v1/tickets -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"subject":"Refund, please","description":"Charged twice for order 1043","category":"refund","customerId":"'$CUSTOMER_ID'"}' \
  | json id)
curl -sS --fail-with-body -X POST $API/v1/tickets/$REFUND_ID/macros/$MACRO_ID/apply -H "Authorization: Bearer $KEY" \
  | json status
CHECKLIST_ID=$(curl -sS --fail-with-body $API/v1/tickets/$REFUND_ID/checklists -H "Authorization: Bearer $KEY" | json data.0.id)
ITEM_ID=$(curl -sS --fail-with-body $API/v1/tickets/$REFUND_ID/checklists -H "Authorization: Bearer $KEY" \
  | json data.0.items.0.id)
curl -sS --fail-with-body -X PATCH $API/v1/tickets/$REFUND_ID/checklists/$CHECKLIST_ID/items/$ITEM_ID \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"done":true}' | json items.0.done
curl -sS --fail-with-body -X PATCH $API/v1/tickets/$REFUND_ID -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d '{"status":"solved"}' | json status
# Deleting the template stops it attaching to new tickets (attached checklists stay), so that
# running the tour again attaches one checklist, not two.
curl -sS --fail-with-body -o /dev/null -w '%{http_code}\n' -X DELETE $API/v1/checklist-templates/$TEMPLATE_ID \
  -H "Authorization: Bearer $KEY"

# --- customer portal
# A short-lived token for one customer (`token`), for your own frontend: it sees their tickets only.
PORTAL_TOKEN=$(curl -sS --fail-with-body -X POST $API/v1/portal/sessions -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d '{"customerId":"'$CUSTOMER_ID'"}' | json token)
curl -sS --fail-with-body $API/v1/portal/tickets -H "Authorization: Bearer $PORTAL_TOKEN" | json data.0.subject

# --- errors
# Every error is an RFC 9457 problem; invalid input lists each field in errors[].
curl -sS -X POST $API/v1/agents -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Bob","email":"not-an-email","role":"agent"}'
echo
echo "quickstart done"

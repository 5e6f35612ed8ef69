/**
 * Typed GraphQL calls with the types GraphQL Code Generator writes from schema.gql and
 * operations.graphql (`npm run codegen`). Run it against your service:
 *
 *   HELPDESK_URL=http://localhost:3000 HELPDESK_API_KEY=hdk_… npm run example
 */
import { readFileSync } from 'node:fs';
import type {
  CreateTicketMutation,
  CreateTicketMutationVariables,
  OpenTicketsQuery,
  OpenTicketsQueryVariables,
  SolveTicketMutation,
  SolveTicketMutationVariables,
} from './generated/operations.js';

const baseUrl = process.env.HELPDESK_URL ?? 'http://localhost:3000';
const token = process.env.HELPDESK_API_KEY ?? '';
const document = readFileSync(new URL('../operations.graphql', import.meta.url), 'utf8');

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation of operations.graphql; its result type comes from the codegen. */
async function send<T, V>(operationName: string, variables: V): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: document, operationName, variables }),
  });
  const body: GraphQLResponse<T> = await res.json();
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new Error(
      `${operationName}: ${first?.extensions?.code ?? res.status} ${first?.message ?? ''}`,
    );
  }
  return body.data;
}

async function main(): Promise<void> {
  const { createTicket: ticket } = await send<CreateTicketMutation, CreateTicketMutationVariables>(
    'CreateTicket',
    {
      input: {
        subject: 'Invoice missing',
        description: 'I did not get the invoice for March.',
        requester: { email: 'grace@example.com', name: 'Grace' },
        priority: 'high',
        customFields: { invoice: 'INV-2026-03' },
      },
    },
  );
  console.log(
    `created #${ticket.number} (${ticket.status}, ${ticket.priority}) at ${ticket.updatedAt}`,
  );

  const open = await send<OpenTicketsQuery, OpenTicketsQueryVariables>('OpenTickets', {
    first: 10,
  });
  for (const t of open.tickets.nodes) {
    console.log(`open: #${t.number} ${t.subject} from ${t.customer?.email ?? 'unknown'}`);
  }

  const { updateTicket: solved } = await send<SolveTicketMutation, SolveTicketMutationVariables>(
    'SolveTicket',
    { id: ticket.id, expectedVersion: ticket.version },
  );
  console.log(`#${solved.number} is ${solved.status} since ${solved.solvedAt ?? 'never'}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

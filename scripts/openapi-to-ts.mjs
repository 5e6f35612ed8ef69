// Reads an OpenAPI document (JSON) on stdin, writes the openapi-typescript types on stdout.
// Used by `npm run generate` (test/e2e/artifacts.e2e-spec.ts) for clients/typescript/src/schema.ts;
// a separate process because openapi-typescript's dependencies are ES modules.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const ast = await openapiTS(JSON.parse(Buffer.concat(chunks).toString('utf8')), {
  // A default is what the server assumes, not something a request must send.
  defaultNonNullable: false,
  // `TicketModel`, `CreateTicketInput`…: the schemas as named types too.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  silent: true,
});
process.stdout.write(
  `/**\n * Generated from openapi.yaml by openapi-typescript (npm run generate). Do not edit.\n */\n\n${astToString(ast)}`,
);

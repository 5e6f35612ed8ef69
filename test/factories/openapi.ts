import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The subset of JSON Schema (OpenAPI 3.0) the generated document uses. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  id: string;
  method: 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  parameters: Parameter[];
  /** The JSON request body schema, dereferenced at the top (nested $refs stay). */
  body?: Schema;
  /** Media types of the request body other than JSON (the survey form). */
  otherBodyTypes: string[];
  /** No credential needed (`security: []`). */
  public: boolean;
  /** Scopes named in the 403 description ("… it needs one of tickets:read, tickets:write."). */
  scopes: string[];
  /** Response statuses and their media types. */
  responses: Record<string, string[]>;
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> };
}
interface RawOperation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const;

export class OpenApi {
  readonly doc: Document;
  readonly operations: Operation[];

  constructor(file = resolve(__dirname, '../../openapi.yaml')) {
    this.doc = parse(readFileSync(file, 'utf8')) as Document;
    this.operations = [];
    for (const [path, item] of Object.entries(this.doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const content = op.requestBody?.content ?? {};
        const forbidden = op.responses['403']?.description ?? '';
        this.operations.push({
          id: op.operationId,
          method,
          path,
          parameters: (op.parameters ?? []).map((p) =>
            '$ref' in p ? this.doc.components.parameters[p.$ref.split('/').pop()!] : p,
          ),
          body: content['application/json']
            ? this.deref(content['application/json'].schema)
            : undefined,
          otherBodyTypes: Object.keys(content).filter((c) => c !== 'application/json'),
          public: (op.security ?? []).length === 0,
          scopes:
            /needs one of (?:the scopes: )?(.*)\.$/i.exec(forbidden)?.[1]?.split(/,\s*/) ?? [],
          responses: Object.fromEntries(
            Object.entries(op.responses).map(([s, r]) => [s, Object.keys(r.content ?? {})]),
          ),
        });
      }
    }
  }

  /** The schema behind a $ref (and the single-entry allOf wrappers the generator writes). */
  deref(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; i < 10; i++) {
      if (s.$ref) s = { ...this.doc.components.schemas[s.$ref.split('/').pop()!], ...omitRef(s) };
      else if (s.allOf?.length === 1) {
        const { allOf, ...rest } = s;
        s = { ...this.deref(allOf[0]), ...rest };
      } else return s;
    }
    return s;
  }
}

function omitRef(s: Schema): Schema {
  const { $ref: _ref, ...rest } = s;
  return rest;
}

/** `/v1/tickets/{id}` with its path parameters replaced. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

export const pathParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

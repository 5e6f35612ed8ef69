import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostileJson, hostileNumber, hostileString, nested } from './hostile';

/** The committed schema.gql, the GraphQL contract the fuzz and the isolation matrix walk. */
export function loadSchema(file = resolve(__dirname, '../../schema.gql')): GraphQLSchema {
  return buildSchema(readFileSync(file, 'utf8'));
}

export interface RootField {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every Query and Mutation field (subscriptions run over WebSocket, tested elsewhere). */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {}))
      out.push({ operation, name: field.name, field });
  }
  return out;
}

/**
 * A selection set reading the scalar fields of `type` and of its object fields one level down
 * (fields with required arguments left out), or '' for a scalar.
 */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isObjectType(inner) || isUnionType(inner) || isInterfaceType(inner)) {
      if (depth < 1) {
        const sub = selectionFor(f.type, depth + 1);
        if (sub) parts.push(`${f.name} ${sub}`);
      }
    } else parts.push(f.name);
  }
  return `{ ${parts.join(' ')} }`;
}

export interface GqlContext {
  ids: string[];
}

/** A value of `type`: well-typed with hostile content, mostly; sometimes of the wrong type. */
export function argValue(
  type: GraphQLInputType,
  ctx: GqlContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 20, arbitrary: argValue(type.ofType, ctx, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const wellTyped = ((): fc.Arbitrary<unknown> => {
    if (isListType(type))
      return fc.array(argValue(type.ofType as GraphQLInputType, ctx, depth + 1), {
        maxLength: depth > 2 ? 1 : 4,
      });
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc
        .tuple(
          ...fields.map((f) =>
            isNonNullType(f.type)
              ? argValue(f.type, ctx, depth + 1)
              : fc.option(argValue(f.type, ctx, depth + 1), { nil: undefined, freq: 2 }),
          ),
        )
        .map((values) =>
          Object.fromEntries(
            fields.map((f, i) => [f.name, values[i]]).filter(([, v]) => v !== undefined),
          ),
        );
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    switch (type.name) {
      case 'ID':
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...ctx.ids) },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 2, arbitrary: hostileString },
        );
      case 'Int':
        return fc.oneof(
          fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          fc.constantFrom(0, -1, 1, 25, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)),
        );
      case 'Float':
        return hostileNumber;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return fc.oneof(
          fc
            .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          hostileString,
        );
      case 'JSON':
      case 'JSONObject':
        return fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          hostileJson,
          fc.integer({ min: 20, max: 40 }).map((d) => nested(d)),
        );
      default:
        return hostileString;
    }
  })();
  return fc.oneof({ weight: 12, arbitrary: wellTyped }, { weight: 1, arbitrary: hostileJson });
}

/** `{query, variables}` for one root field with generated arguments. */
export function requestFor(
  root: RootField,
  ctx: GqlContext,
): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  const args: readonly GraphQLArgument[] = root.field.args;
  const selection = selectionFor(root.field.type);
  return fc
    .tuple(
      ...args.map((a) =>
        isNonNullType(a.type)
          ? argValue(a.type, ctx)
          : fc.option(argValue(a.type, ctx), { nil: undefined, freq: 2 }),
      ),
    )
    .map((values) => {
      const used = args.map((a, i) => ({ a, v: values[i], name: `v${i}` }));
      const declared = used.map(({ a, name }) => `$${name}: ${String(a.type)}`);
      const passed = used.map(({ a, name }) => `${a.name}: $${name}`);
      const variables = Object.fromEntries(
        used.filter(({ v }) => v !== undefined).map(({ name, v }) => [name, v]),
      );
      const head = declared.length ? `(${declared.join(', ')})` : '';
      const call = passed.length ? `(${passed.join(', ')})` : '';
      return {
        query: `${root.operation} Fuzz${head} { ${root.name}${call} ${selection} }`,
        variables,
      };
    });
}

/** Whole documents and envelopes that have broken GraphQL servers, as JSON body text. */
export function hostileDocuments(ctx: GqlContext): fc.Arbitrary<string> {
  const id = ctx.ids[0];
  const fragments = (n: number) => {
    const defs = [`fragment F0 on Query { viewer { __typename } }`];
    for (let i = 1; i <= n; i++) defs.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    return `query { ...F${n} } ${defs.join(' ')}`;
  };
  return fc
    .oneof(
      fc.constantFrom<unknown>(
        {
          query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`,
        },
        {
          query: `mutation { ${Array.from({ length: 50 }, (_, i) => `m${i}: deleteMacro(id: "${id}")`).join(' ')} }`,
        },
        { query: fragments(12) },
        { query: 'fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }' },
        { query: `{ ${'tickets { nodes { customer { '.repeat(10)} id ${'} } }'.repeat(10)} }` },
        { query: `{ ticket(id: "${'x'.repeat(100_000)}") { id } }` },
        {
          query:
            '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
        },
        { query: '{ __typename @skip(if: true) @skip(if: false) @include(if: $x) }' },
        { query: 'query A { viewer { __typename } } query B { viewer { __typename } }' },
        { query: 'query A { viewer { __typename } }', operationName: 'Nope' },
        { query: '{ viewer { __typename } }', variables: 'not an object' },
        { query: '{ viewer { __typename } }', variables: [1, 2] },
        {
          query: '{ viewer { __typename } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
        },
        { query: 42 },
        { query: null },
        { query: '' },
        { query: '{' },
        { query: '{ nope }' },
        { query: 'subscription { ticketChanged { id } }' },
        { query: '{ tickets(first: 2147483647) { nodes { id } } }' },
        { query: '{ tickets(first: -1) { nodes { id } } }' },
        { query: '{ tickets(first: 1e3) { nodes { id } } }' },
        { query: `{ kbSearch(q: "${'a'.repeat(10_000)}") { id } }` },
        { query: '{ kbSearch(q: "\\u0000") { __typename } }' },
        { query: '{ kbSearch(q: "\\ud800") { __typename } }' },
        [{ query: '{ viewer { __typename } }' }, { query: '{ viewer { __typename } }' }],
        [],
        {},
        'query',
        null,
      ),
      hostileString.map((query) => ({ query })),
      fc.record({ query: hostileString, variables: hostileJson, operationName: hostileJson }),
    )
    .map((body) => JSON.stringify(body) ?? 'null')
    .chain((text) =>
      fc.constantFrom(
        text,
        text,
        '{"query":"{ viewer { __typename } }","variables":{"__proto__":{"x":1}}}',
        '{"query":"{ viewer { __typename } }","query":"{ nope }"}',
      ),
    );
}

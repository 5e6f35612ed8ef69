import fc from 'fast-check';
import { OpenApi, Schema } from './openapi';

/**
 * Hostile input for the fuzz tests: strings, numbers, JSON values, bodies, query strings,
 * path segments and headers, built with fast-check so every run is reproducible from a seed.
 */

/** Strings that have broken (or could break) a parser, a validator, PostgreSQL or a page. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\\u0000',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\ude00x',
  '\ud83d\ude00',
  '\u202e\u2066evil\u2069\u202c',
  'שלום עולם',
  'مرحبا بالعالم',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\ufeffBOM',
  '\u200b\u200c\u200d\u2060',
  'e\u0301\u0301\u0301',
  'Z̷̢̛̭a̴̰̓l̵̠͝g̶͎̈o̷̧͐',
  'İıŞğ',
  'ß',
  'ﬀ',
  'ＡＢＣ１２３',
  '\u2028\u2029',
  '\u0007\u001b[31m\u007f',
  '%00',
  '%',
  '%zz',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  "' OR '1'='1' --",
  '"; DROP TABLE tickets; --',
  '1); SELECT pg_sleep(5); --',
  '$1',
  ':name',
  '?',
  '\\',
  '{{customer.name}}',
  '{{#each}}{{/each}}',
  '{{constructor.constructor}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}',
  '%s%s%s%n',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x1F',
  '9999999999999999999999',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0193a6f2-7e3c-7000-8000-00000000000Z',
  '2024-02-30',
  '2024-13-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '1970-01-01T00:00:00+25:00',
  '2024-01-01T24:00:00',
  'Europe/Nowhere',
  'UTC+99',
  'Etc/GMT+15',
  'http://169.254.169.254/latest/meta-data',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://[::1]:22/',
  'http://0x7f.1/',
  'a@b',
  '@',
  'a@@b',
  `x@${'y'.repeat(300)}.com`,
  '*',
  'a'.repeat(256),
  'a'.repeat(1001),
  'b'.repeat(70000),
  '😀'.repeat(20000),
  ' '.repeat(5000),
  'ticket.*',
  'ticket.created,*,,',
];

/** Numbers at and past every limit the API or PostgreSQL has. */
const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  1.0000001,
  1e308,
  -1e308,
  2147483647,
  2147483648,
  -2147483649,
  2 ** 53 + 2,
  1e21,
  5e-324,
  100,
  101,
  1000,
  1001,
  65536,
  1e6,
  86400 * 366,
  10,
  11,
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 50)), fc.string())
      .map(([a, b]) => `${b}${a}${b}`),
  },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Arrays or objects nested `depth` levels (the input guard refuses more than 32). */
export const nested = (depth: number, leaf: unknown = 'x', asArray = false): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
};

/** An object with own `__proto__` / `constructor` keys (what JSON.parse makes of them). */
export const prototypeKeys = (base: Record<string, unknown> = {}): Record<string, unknown> => {
  const o = { ...base };
  Object.defineProperty(o, '__proto__', {
    value: { isAdmin: true, tenantId: '00000000-0000-0000-0000-000000000000' },
    enumerable: true,
    configurable: true,
    writable: true,
  });
  o['constructor'] = { prototype: { polluted: true } };
  return o;
};

export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [[]], { '': '' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 20, max: 60 }), fc.boolean())
      .map(([d, a]) => nested(d, 'x', a)),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => prototypeKeys({ a: 1 })) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant(null).map(() => Array.from({ length: 5000 }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Nasty strings a validator should let through (within the length, storable text). */
function storableNasty(min: number, max: number): fc.Arbitrary<string>[] {
  const fit = NASTY_STRINGS.filter(
    (x) => x.length >= min && x.length <= max && !x.includes('\u0000') && !LONE_SURROGATE.test(x),
  );
  return fit.length ? [fc.constantFrom(...fit)] : [];
}

/** What the generators may use for uuid fields: real ids of the world, or none. */
export interface GenContext {
  api: OpenApi;
  ids: string[];
}

const uuid = (ctx: GenContext) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ctx.ids) },
    { weight: 1, arbitrary: fc.uuid() },
  );

/** A value that satisfies `schema` as far as the schema says (formats, enums, bounds). */
export function validFor(schema: Schema, ctx: GenContext, depth = 0): fc.Arbitrary<unknown> {
  const s = ctx.api.deref(schema);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => validFor(a, ctx, depth)));
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return uuid(ctx);
      if (s.format === 'date-time')
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (s.format === 'email' || /email/i.test(String(s.example ?? '')))
        return fc.nat(1e6).map((n) => `fuzz${n}@example.com`);
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
      return fc.oneof(
        ...(s.example !== undefined ? [fc.constant(s.example)] : []),
        fc.string({ minLength: s.minLength ?? 1, maxLength: Math.min(s.maxLength ?? 30, 30) }),
        ...storableNasty(s.minLength ?? 1, s.maxLength ?? 70_000),
      );
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100 });
    case 'number':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(s.items && depth < 4 ? validFor(s.items, ctx, depth + 1) : hostileString, {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object':
    default:
      if (!s.properties || depth >= 4) return fc.jsonValue({ maxDepth: 2 });
      return objectOf(s, ctx, depth, validFor);
  }
}

function objectOf(
  s: Schema,
  ctx: GenContext,
  depth: number,
  field: (s: Schema, ctx: GenContext, depth: number) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const shape = Object.fromEntries(
    Object.entries(props).map(([k, v]) => [
      k,
      required.has(k)
        ? field(v, ctx, depth + 1)
        : fc.option(field(v, ctx, depth + 1), { nil: undefined, freq: 2 }),
    ]),
  );
  return fc
    .record(shape)
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
}

/**
 * A body for `schema`: valid as far as the schema says, or valid but for one field, or hostile
 * in many places, or not even the right shape.
 */
export function bodyFor(schema: Schema, ctx: GenContext): fc.Arbitrary<unknown> {
  const s = ctx.api.deref(schema);
  const names = [...Object.keys(s.properties ?? {}), 'extra', 'id', 'tenantId', '__proto__'];
  const oneBad = fc
    .tuple(validFor(s, ctx), fc.constantFrom(...names), hostileJson)
    .map(([o, key, bad]) => {
      if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
      const out = { ...(o as Record<string, unknown>) };
      Object.defineProperty(out, key, {
        value: bad,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return out;
    });
  return fc.oneof(
    { weight: 3, arbitrary: validFor(s, ctx) },
    { weight: 3, arbitrary: oneBad },
    { weight: 3, arbitrary: fuzzFor(s, ctx) },
  );
}

/** A value for `schema` that is valid most of the time, hostile in some field otherwise. */
export function fuzzFor(schema: Schema, ctx: GenContext, depth = 0): fc.Arbitrary<unknown> {
  const s = ctx.api.deref(schema);
  const wrongType = wrongTypeFor(s);
  let shaped: fc.Arbitrary<unknown>;
  if (s.type === 'array' && s.items && depth < 4) {
    shaped = fc.array(fuzzFor(s.items, ctx, depth + 1), { maxLength: 4 });
  } else if ((s.type === 'object' || !s.type) && s.properties && depth < 4) {
    shaped = fc
      .tuple(
        objectOf(s, ctx, depth, fuzzFor),
        fc.option(
          fc.tuple(
            fc.constantFrom('extra', 'id', 'tenantId', 'version', 'createdAt', '', 'a.b'),
            hostileJson,
          ),
          { freq: 4 },
        ),
        fc.boolean(),
      )
      .map(([o, extra, proto]) => {
        const out = extra ? { ...o, [extra[0]]: extra[1] } : o;
        return proto && extra ? prototypeKeys(out) : out;
      });
  } else {
    shaped = validFor(s, ctx, depth);
  }
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function wrongTypeFor(s: Schema): fc.Arbitrary<unknown> {
  switch (s.type) {
    case 'string':
      return fc.oneof(hostileString, hostileString, hostileJson);
    case 'integer':
    case 'number':
      return fc.oneof(hostileNumber, hostileNumber, hostileJson);
    default:
      return hostileJson;
  }
}

/** Bodies that are not what any route expects, sent as raw bytes. */
export const RAW_BODIES: readonly (string | Buffer)[] = [
  '',
  'null',
  '[]',
  '"x"',
  '123',
  'true',
  '{',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '\ufeff{}',
  '{"name":"\\ud800"}',
  '{"name":1e999}',
  '{"limit":-1e999}',
  '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
  '{"name":"\\u0000"}',
  `{"a":${'['.repeat(20000)}${']'.repeat(20000)}}`,
  `{"name":"a","name":{"x":1}}`,
  `{"score":1${'0'.repeat(400)}}`,
  Buffer.from([
    0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d,
  ]),
  Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]),
];

/** Percent-encodes what encodeURIComponent can (a lone surrogate becomes bytes PostgreSQL refuses). */
export function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** Path segments for an id parameter: the real one, another one, or none at all. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map((s) => encode(s.slice(0, 300))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%00',
      '%C0%AF',
      '%FF%FE',
      '%ED%A0%80',
      '..',
      '.',
      '%2e%2e',
      '..%2F..%2F',
      '%2F',
      ';',
      '\xff',
      'a'.repeat(5000),
      '0193a6f2-7e3c-7000-8000-000000000000%00',
      '0193A6F2-7E3C-7000-8000-000000000000',
      '{0193a6f2-7e3c-7000-8000-000000000000}',
    ),
  },
);

/** Header values Node can send (latin1 without control characters). */
export const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?').slice(0, 8000);

export const ifMatch: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '"1"',
      '"2"',
      '"999999"',
      '"0"',
      '"-1"',
      '"1e3"',
      '"99999999999999999999"',
      'garbage',
      '*',
      'W/"1"',
      '"1", "2"',
      '"1",',
      ',,,',
      '""',
      '"',
      '1',
      '"\xff"',
      `"${'9'.repeat(400)}"`,
    ),
  },
  { weight: 1, arbitrary: hostileString.map(headerSafe) },
);

export const idempotencyKey: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'fixed-key',
      'k'.repeat(256),
      'k'.repeat(5000),
      '\xe9t\xe9',
    ),
  },
  { weight: 1, arbitrary: hostileString.map(headerSafe) },
);

export const accept: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json',
      'text/html',
      'application/xml',
      '*/*',
      'text/event-stream',
      'application/problem+json',
      'application/graphql-response+json',
      ';;;',
      'application/json;q=0, */*;q=0',
    ),
  },
);

export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json; charset=nonsense',
      'application/merge-patch+json',
      'application/json, text/plain',
      'garbage',
      '',
    ),
  },
);

export const requestIdHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: hostileString.map(headerSafe) },
);

/** Text that means an internal error escaped: stack frames, driver or database messages. */
export const LEAK =
  /QueryFailedError|TypeORMError|EntityNotFound|violates (?:not-null|foreign key|unique|check|exclusion) constraint|invalid input syntax for|syntax error at or near|invalid byte sequence|out of range for type|value too long for type|unterminated quoted|\bat [\w.<>$]+ \([^)]*:\d+:\d+\)|node_modules\/|\/src\/[\w/.-]+\.[jt]s\b|TypeError|RangeError|ReferenceError|SyntaxError:|Cannot read propert|is not a function|Maximum call stack|ECONNREFUSED|ERR_[A-Z_]{6,}/;

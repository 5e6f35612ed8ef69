import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimit } from './depth-limit';

const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`);
const errorsOf = (query: string, max = 3) =>
  validate(schema, parse(query), [...specifiedRules, depthLimit(max)]).map((e) => e.message);

describe('depthLimit', () => {
  it('counts nested fields, through fragments, and refuses past the limit', () => {
    expect(errorsOf('{ node { child { child { id } } } }')).toEqual([]);
    expect(errorsOf('query Deep { node { child { child { child { id } } } } }')).toEqual([
      "'Deep' exceeds maximum operation depth of 3",
    ]);
    expect(
      errorsOf(
        'query Q { node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { id } } }',
      ),
    ).toEqual(["'Q' exceeds maximum operation depth of 3"]);
  });

  it('does not count introspection', () => {
    expect(errorsOf('{ __schema { types { fields { type { name } } } } }', 1)).toEqual([]);
  });

  it('leaves cycles and unknown fragments to graphql’s rules instead of overflowing', () => {
    expect(
      errorsOf('fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/Cannot spread fragment "A"/)]));
    expect(errorsOf('{ ...Nope }')).toEqual(['Unknown fragment "Nope".']);
  });

  it('visits each fragment once: a fan-out of 40 levels is instant', () => {
    const defs = ['fragment F0 on Node { id }'];
    for (let i = 1; i <= 40; i++) defs.push(`fragment F${i} on Node { ...F${i - 1} ...F${i - 1} }`);
    const started = Date.now();
    expect(errorsOf(`{ node { ...F40 } } ${defs.join(' ')}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

import { AppError } from '../errors/app-error';
import { parseIfMatch, versionMatches } from './if-match';

describe('parseIfMatch (RFC 9110 §13.1.1)', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['*', undefined],
    [' * ', undefined],
    ['"3"', [3]],
    ['7', [7]],
    ['"1", "2"', [1, 2]],
    ['"1","2" ,  "3"', [1, 2, 3]],
    ['"1",', [1]],
    // Strong comparison: a weak tag never matches; neither does a tag that is not a version.
    ['W/"12"', []],
    ['W/"1", "2"', [2]],
    ['"abc"', []],
    ['"12345678901"', []],
    ['"", "4"', [4]],
  ])('%p → %p', (header, expected) => expect(parseIfMatch(header)).toEqual(expected));

  it.each(['garbage', '"1" "2"', '*, "1"', '"1', 'W/1', '"1";x'])(
    'rejects %p, which is not an entity-tag list',
    (header) => expect(() => parseIfMatch(header)).toThrow(AppError),
  );

  it('a version matches when it is one of the list, and always without a precondition', () => {
    expect(versionMatches(undefined, 3)).toBe(true);
    expect(versionMatches(3, 3)).toBe(true);
    expect(versionMatches([1, 3], 3)).toBe(true);
    expect(versionMatches([], 3)).toBe(false);
    expect(versionMatches([2], 3)).toBe(false);
  });
});

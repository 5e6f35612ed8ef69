import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AppError } from '../errors/app-error';
import { getRequest } from '../auth/get-request';

/**
 * The versions a conditional write accepts: one (GraphQL's `expectedVersion`) or any of a list
 * (`If-Match: "3", "4"`). An empty list accepts none: every write is a 412.
 */
export type ExpectedVersion = number | readonly number[];

/** One element of an If-Match list: `"3"`, `W/"3"`, `"anything"` or (leniently) `3`. */
const ELEMENT = /[ \t]*(?:(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"|(\d+))?[ \t]*(,|$)/y;
const VERSION = /^\d{1,9}$/;

/**
 * `If-Match` per RFC 9110 §13.1.1: absent, empty or `*` → undefined (no precondition: the
 * resource only has to exist); otherwise the list of versions it names. Comparison is strong:
 * a weak tag (`W/"3"`) or a tag that is not one of our versions matches nothing, so a list of
 * only those is a 412. What is not an entity-tag list at all is a 400.
 */
export function parseIfMatch(header: string | undefined): number[] | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const versions: number[] = [];
  ELEMENT.lastIndex = 0;
  while (ELEMENT.lastIndex < header.length) {
    const at = ELEMENT.lastIndex;
    const m = ELEMENT.exec(header);
    if (!m || (ELEMENT.lastIndex === at && m[4] === '')) throw badIfMatch();
    const [, weak, opaque, bare] = m;
    const candidate = opaque ?? bare;
    if (!weak && candidate !== undefined && VERSION.test(candidate))
      versions.push(Number(candidate));
    if (m[4] === '') break;
  }
  return versions;
}

function badIfMatch(): AppError {
  return new AppError(
    'validation_failed',
    'If-Match must be `*` or a list of ETags a GET returned, e.g. "3" or "3", "4".',
    [{ field: 'If-Match', message: 'is not an entity-tag list' }],
  );
}

/** The versions as a list (for `version = ANY(…)`). */
export function expectedVersions(expected: ExpectedVersion): readonly number[] {
  return typeof expected === 'number' ? [expected] : expected;
}

/** Whether `version` satisfies the precondition (always, when there is none). */
export function versionMatches(expected: ExpectedVersion | undefined, version: number): boolean {
  return expected === undefined || expectedVersions(expected).includes(version);
}

/** The versions the client accepts (from If-Match), for optimistic concurrency. */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  parseIfMatch(getRequest(ctx).header('if-match')),
);

export const etagOf = (version: number) => `"${version}"`;

/** Swagger: the optional If-Match header of a conditional write. */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'ETag from a GET (or a list of them); 412 when none is the current version. Weak ETags never match.',
  });

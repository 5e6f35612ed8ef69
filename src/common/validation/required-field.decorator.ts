import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NotNull } from './not-null.decorator';

/**
 * A field the resource must always have, declared once for its create and PATCH inputs:
 * required on create (with its GraphQL `@Field()`, if the input is a GraphQL type); on PATCH
 * (`patch: true`) it may be left out but not cleared (`<field> cannot be null`). `rules` are its
 * class-validator rules, the same on both.
 */
export function RequiredField(
  doc: ApiPropertyOptions,
  rules: PropertyDecorator[],
  opts: { patch?: boolean; graphql?: PropertyDecorator } = {},
): PropertyDecorator {
  const declared = opts.patch
    ? [ApiPropertyOptional(doc), NotNull()]
    : [ApiProperty(doc), ...(opts.graphql ? [opts.graphql] : [])];
  return applyDecorators(...declared, ...rules);
}

export const MAX_NAME_LENGTH = 200;

/** The `name` of a resource (customer, organization, group, agent, category). */
export function NameField(
  example: string,
  opts: { patch?: boolean; graphql?: PropertyDecorator } = {},
): PropertyDecorator {
  return RequiredField(
    { maxLength: MAX_NAME_LENGTH, example },
    [IsString(), IsNotEmpty(), MaxLength(MAX_NAME_LENGTH)],
    opts,
  );
}

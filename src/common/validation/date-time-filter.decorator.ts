import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';

/** An optional ISO 8601 date-time filter (`from`, `updatedSince`, …), REST and GraphQL alike. */
export function DateTimeFilter(description?: string): PropertyDecorator {
  return (target: object, key: string | symbol) =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        format: 'date-time',
        ...(description ? { description } : {}),
      }),
      Field(() => Date, { nullable: true }),
      IsOptional(),
      Type(() => Date),
      IsDate({ message: `${String(key)} must be an ISO 8601 date-time` }),
    )(target, key);
}

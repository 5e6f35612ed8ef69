import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { ActionInput } from './action.input';
import { ConditionInput } from './condition.input';

/**
 * The fields rules, SLA policies and macros share, declared once for REST (Swagger), GraphQL
 * and validation. `patch`: the field may be left out but not set to null.
 */
const presence = (patch: boolean) => (patch ? NotNull() : IsOptional());

export const NameField = (example: string, patch = false) =>
  applyDecorators(
    patch ? ApiPropertyOptional({ maxLength: 200 }) : ApiProperty({ maxLength: 200, example }),
    Field({ nullable: patch }),
    ...(patch ? [NotNull()] : []),
    IsString(),
    IsNotEmpty(),
    MaxLength(200),
  );

export const ConditionsField = (description: string, patch = false) =>
  applyDecorators(
    ApiPropertyOptional({ type: [ConditionInput], description }),
    Field(() => [ConditionInput], { nullable: true }),
    presence(patch),
    IsArray(),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
    Type(() => ConditionInput),
  );

export const ActionsField = (opts: { required: boolean; patch?: boolean }) =>
  applyDecorators(
    opts.required
      ? ApiProperty({ type: [ActionInput], description: 'Run in order.' })
      : ApiPropertyOptional({ type: [ActionInput], description: 'Run in order.' }),
    Field(() => [ActionInput], { nullable: !opts.required }),
    ...(opts.required ? [] : [presence(opts.patch ?? false)]),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => ActionInput),
  );

export const EnabledField = (patch = false) =>
  applyDecorators(
    ApiPropertyOptional(patch ? {} : { default: true }),
    Field({ nullable: true }),
    presence(patch),
    IsBoolean(),
  );

export const PositionField = (description: string, patch = false) =>
  applyDecorators(
    ApiPropertyOptional(
      patch ? { type: 'integer', description } : { type: 'integer', default: 0, description },
    ),
    Field(() => Int, { nullable: true }),
    presence(patch),
    IsInt(),
    Min(0),
    Max(1_000_000),
  );

export const BooleanField = (description: string, patch = false) =>
  applyDecorators(
    ApiPropertyOptional({ description }),
    Field({ nullable: true }),
    presence(patch),
    IsBoolean(),
  );

import { applyDecorators } from '@nestjs/common';
import { NotNull } from './not-null.decorator';
import { Field } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsString,
  MaxLength,
} from 'class-validator';

const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

/** An optional list of up to 50 distinct, trimmed tags of up to 50 characters (REST and GraphQL). */
export function TagsField() {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems: 50, example: ['vip'] }),
    Field(() => [String], { nullable: true }),
    // Tags are a list, never null: `[]` clears them.
    NotNull({ message: 'tags cannot be null; send [] to clear them' }),
    Transform(trimAll),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique(),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(50, { each: true }),
  );
}

import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsLocale,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';

/**
 * `GET /v1/kb/search`, the public help center's search and GraphQL `kbSearch`: one set of rules,
 * so every transport refuses what another refuses.
 */
@ArgsType()
export class KbSearchArgs {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'reset password' })
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({
    example: 'it',
    description: 'Only articles in this language (`pt` also matches `pt-BR`).',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  @MaxLength(35)
  locale?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @NotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

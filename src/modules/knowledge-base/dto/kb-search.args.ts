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

export class KbSearchQuery {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'reset password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({
    example: 'it',
    description: 'Only articles in this language (`pt` also matches `pt-BR`).',
  })
  @IsOptional()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  locale?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

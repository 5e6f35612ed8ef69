import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export class CreateTenantInput {
  @ApiProperty({ maxLength: 200, example: 'Acme Inc.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({
    pattern: SLUG_PATTERN.source,
    maxLength: 63,
    example: 'acme',
    description: 'Lowercase letters, digits and hyphens; used in public URLs and agent login.',
  })
  @IsString()
  @Matches(SLUG_PATTERN, {
    message:
      'slug must be 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen',
  })
  slug: string;
}

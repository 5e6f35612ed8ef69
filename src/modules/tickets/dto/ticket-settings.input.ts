import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Tenant settings of tickets (stored in the tenant's settings under `tickets`). */
export class TicketSettingsModel {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'it',
    description:
      'The language of tickets whose customer has no locale and whose text is too short to tell (ISO 639-1); null: unknown (no stemming).',
  })
  defaultLanguage: string | null;
}

export class UpdateTicketSettingsInput {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'it' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  @Matches(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/, {
    message: 'defaultLanguage must be an ISO 639-1 code like it or a locale like it-IT',
  })
  defaultLanguage?: string | null;
}

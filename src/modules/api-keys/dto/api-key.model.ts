import { ApiProperty } from '@nestjs/swagger';
import { SCOPES } from '../../../common/auth/scopes';

export class ApiKeyModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CRM sync' })
  name: string;

  @ApiProperty({
    description: 'First characters of the key, to recognise it.',
    example: 'hdk_Xk3v9QaB',
  })
  prefix: string;

  @ApiProperty({ enum: SCOPES, isArray: true })
  scopes: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Updated at most once a minute.',
  })
  lastUsedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: Date | null;

  @ApiProperty({ description: 'Optimistic concurrency (ETag / If-Match): 1, then 2 once revoked.' })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class CreatedApiKeyModel extends ApiKeyModel {
  @ApiProperty({ description: 'The secret. Shown once: store it now.', example: 'hdk_…' })
  key: string;
}

export class TenantApiKeyModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  prefix: string;

  @ApiProperty({ enum: SCOPES, isArray: true })
  scopes: string[];

  @ApiProperty({ description: 'The secret. Shown once: store it now.', example: 'hdk_…' })
  key: string;
}

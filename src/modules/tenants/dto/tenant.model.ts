import { ApiProperty } from '@nestjs/swagger';
import { TenantApiKeyModel } from '../../api-keys/dto/api-key.model';

export class TenantModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  slug: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class CreatedTenantModel extends TenantModel {
  @ApiProperty({
    type: () => TenantApiKeyModel,
    description: "The tenant's first admin key; `key` is shown once.",
  })
  apiKey: TenantApiKeyModel;
}

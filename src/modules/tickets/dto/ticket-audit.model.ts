import { ApiProperty } from '@nestjs/swagger';
import { ActorModel, ANY_JSON } from '../../../common/models/actor.model';

export class TicketAuditModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    example: 'status',
    description: 'The field that changed; `ticket` for the creation, `comment` for a comment.',
  })
  field: string;

  @ApiProperty({
    ...ANY_JSON,
    description:
      'The value before, as JSON of the field’s type (a string for `status`, a list for `tags`…); null when it was empty.',
  })
  before: unknown;

  @ApiProperty({ ...ANY_JSON, description: 'The value after, like `before`.' })
  after: unknown;

  @ApiProperty({ type: () => ActorModel, description: 'Who made the change.' })
  actor: ActorModel;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

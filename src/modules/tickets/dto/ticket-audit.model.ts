import { ApiProperty } from '@nestjs/swagger';

export class TicketAuditModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    example: 'status',
    description: 'The field that changed; `ticket` for the creation, `comment` for a comment.',
  })
  field: string;

  @ApiProperty({ nullable: true, description: 'Value before (JSON).' })
  before: unknown;

  @ApiProperty({ nullable: true, description: 'Value after (JSON).' })
  after: unknown;

  @ApiProperty({
    example: { type: 'agent', id: '0193…' },
    description: 'Who: API key, agent, customer, workflow or system.',
  })
  actor: { type: string; id: string | null };

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

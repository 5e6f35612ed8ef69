import { ApiProperty } from '@nestjs/swagger';

export const TIMELINE_TYPES = [
  'customer.created',
  'customer.updated',
  'ticket',
  'comment',
  'feedback',
] as const;

export class TimelineItemModel {
  @ApiProperty({
    format: 'uuid',
    description: 'Id of the ticket, comment, feedback response or event.',
  })
  id: string;

  @ApiProperty({
    enum: TIMELINE_TYPES,
    description: 'What happened; more types appear as features land.',
  })
  type: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: Date;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The item: `{customer}` after a profile change, `{ticket}`, `{comment}` or `{feedback}` as the API returns them elsewhere.',
  })
  data: Record<string, unknown>;
}

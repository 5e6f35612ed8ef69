import { ApiProperty } from '@nestjs/swagger';
import { TicketModel } from './ticket.model';

export class ExportItemModel {
  @ApiProperty({ enum: ['created', 'updated'] })
  change: 'created' | 'updated';

  @ApiProperty({ type: String, format: 'date-time' })
  changedAt: Date;

  @ApiProperty({
    type: () => TicketModel,
    description: 'The ticket as it was right after this change.',
  })
  ticket: TicketModel;
}

export class ExportPageModel {
  @ApiProperty({ type: () => [ExportItemModel] })
  data: ExportItemModel[];

  @ApiProperty({
    description:
      'Always set: pass it back to resume after the last change returned (also after an empty page).',
  })
  nextCursor: string;

  @ApiProperty({
    description: 'More changes are ready now; when false, poll again later with nextCursor.',
  })
  hasMore: boolean;
}

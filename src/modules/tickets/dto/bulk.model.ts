import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProblemModel } from '../../../common/errors/problem.model';
import { TicketModel } from './ticket.model';

export class BulkResultModel {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    example: 200,
    description: 'What a PATCH of this ticket alone would have answered.',
  })
  status: number;

  @ApiPropertyOptional({ type: () => TicketModel })
  ticket?: TicketModel;

  @ApiPropertyOptional({ type: () => ProblemModel })
  error?: Omit<ProblemModel, 'instance' | 'requestId'>;
}

export class BulkResultsModel {
  @ApiProperty({ type: () => [BulkResultModel] })
  results: BulkResultModel[];
}

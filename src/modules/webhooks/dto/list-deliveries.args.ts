import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.args';
import { DELIVERY_STATUSES, DeliveryStatus } from '../webhook-delivery.entity';

export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ example: 'ticket.created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventType?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class VoteInput {
  @ApiProperty({ description: 'Was this article helpful?' })
  @IsBoolean()
  helpful: boolean;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ExportQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 1000;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; omit to start from the beginning.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;
}

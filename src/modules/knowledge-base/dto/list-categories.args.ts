import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.args';

export class CategoryListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the children of this category.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;
}

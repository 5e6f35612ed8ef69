import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_STATUSES, ARTICLE_VISIBILITIES } from '../article.entity';

export class KbArticleVersionModel {
  @ApiProperty({ example: 3 })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty()
  locale: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  categoryId: string | null;

  @ApiProperty({ type: [String] })
  tags: string[];

  @ApiProperty({ enum: ARTICLE_VISIBILITIES })
  visibility: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ example: { type: 'agent', id: '0193…' } })
  actor: { type: string; id: string | null };

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

import { ApiProperty } from '@nestjs/swagger';
import { ActorModel } from '../../../common/models/actor.model';
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

  @ApiProperty({ type: () => ActorModel, description: 'Who saved this version.' })
  actor: ActorModel;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

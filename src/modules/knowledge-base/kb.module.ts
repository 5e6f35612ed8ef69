import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module';
import { TicketsModule } from '../tickets/tickets.module';
import { KbArticleEntity } from './kb-article.entity';
import { KbArticleVersionEntity } from './kb-article-version.entity';
import { KbCategoryEntity } from './kb-category.entity';
import { KbController, PublicKbController, SuggestedArticlesController } from './kb.controller';
import { KbArticlesRepository, KbCategoriesRepository } from './kb.repository';
import { KbResolver } from './kb.resolver';
import { KnowledgeBaseService } from './kb.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([KbCategoryEntity, KbArticleEntity, KbArticleVersionEntity]),
    TicketsModule,
    TenantsModule,
  ],
  controllers: [KbController, SuggestedArticlesController, PublicKbController],
  providers: [KnowledgeBaseService, KbCategoriesRepository, KbArticlesRepository, KbResolver],
})
export class KnowledgeBaseModule {}

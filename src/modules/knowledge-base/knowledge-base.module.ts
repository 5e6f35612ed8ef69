import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module';
import { TicketsModule } from '../tickets/tickets.module';
import { KbArticleVersionEntity } from './article-version.entity';
import { KbArticleEntity } from './article.entity';
import { KbArticlesRepository } from './articles.repository';
import { KbCategoriesRepository } from './categories.repository';
import { KbCategoryEntity } from './category.entity';
import { KbController } from './knowledge-base.controller';
import { KnowledgeBaseResolver } from './knowledge-base.resolver';
import { KnowledgeBaseService } from './knowledge-base.service';
import { PublicKbController } from './public-knowledge-base.controller';
import { SuggestedArticlesController } from './suggested-articles.controller';
import { VoterFingerprint } from './voter-fingerprint';

@Module({
  imports: [
    TypeOrmModule.forFeature([KbCategoryEntity, KbArticleEntity, KbArticleVersionEntity]),
    TicketsModule,
    TenantsModule,
  ],
  controllers: [KbController, SuggestedArticlesController, PublicKbController],
  providers: [
    KnowledgeBaseService,
    KbCategoriesRepository,
    KbArticlesRepository,
    KnowledgeBaseResolver,
    VoterFingerprint,
  ],
})
export class KnowledgeBaseModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '../groups/groups.module';
import { AgentEntity } from './agent.entity';
import { AgentsController } from './agents.controller';
import { AgentsRepository } from './agents.repository';
import { AgentsResolver } from './agents.resolver';
import { AgentsService } from './agents.service';
import { GroupMembersResolver } from './group-members.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity]), GroupsModule],
  controllers: [AgentsController],
  providers: [AgentsService, AgentsRepository, AgentsResolver, GroupMembersResolver],
  exports: [AgentsService],
})
export class AgentsModule {}

import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Read-only reports over the tickets, status history and feedback tables. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportsRepository, ReportsResolver],
})
export class ReportsModule {}

import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { TicketsModule } from '../tickets/tickets.module';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

@Module({
  imports: [CustomersModule, TicketsModule],
  controllers: [PortalController],
  providers: [PortalService],
})
export class PortalModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CustomerEntity } from './customer.entity';
import { CustomersController } from './customers.controller';
import { CustomersRepository } from './customers.repository';
import { CustomersResolver } from './customers.resolver';
import { CustomersService } from './customers.service';
import { CustomerTimeline } from './timeline';

@Module({
  imports: [TypeOrmModule.forFeature([CustomerEntity]), OrganizationsModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomersRepository, CustomersResolver, CustomerTimeline],
  exports: [CustomersService, CustomerTimeline],
})
export class CustomersModule {}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../../database/tenant.repository';
import { Page, paginateById } from '../../../common/pagination/paginate';
import { PageQuery } from '../../../common/pagination/page.args';
import { MacroEntity } from './macro.entity';

@Injectable()
export class MacrosRepository extends VersionedRepository<MacroEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, MacroEntity, 'Macro', 'm');
  }

  list(tenantId: string, page: PageQuery): Promise<Page<MacroEntity>> {
    return paginateById(this.scoped(tenantId), page);
  }
}

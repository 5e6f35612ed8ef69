import { readOne } from '../../database/read';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { VersionedRepository } from '../../database/tenant.repository';
import { Page, paginate } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { escapeLike } from '../../common/text/like';
import { CustomerEntity } from './customer.entity';
import { CustomerFilter, CustomerSort } from './dto/list-customers.args';
import { FeedbackKind, counterDelta } from '../feedback/satisfaction';
import { expectedVersions, ExpectedVersion, versionMatches } from '../../common/http/if-match';

/** Columns an upsert may set, as (property, column). */
export const UPSERT_COLUMNS = [
  ['name', 'name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['organizationId', 'organization_id'],
  ['locale', 'locale'],
  ['timezone', 'timezone'],
  ['tags', 'tags'],
  ['attributes', 'attributes'],
] as const;

export type UpsertValues = Partial<Record<(typeof UPSERT_COLUMNS)[number][0], unknown>> & {
  name: string;
};

@Injectable()
export class CustomersRepository extends VersionedRepository<CustomerEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, CustomerEntity, 'Customer', 'c', true);
  }

  /** One page of the tenant's live customers matching `filter`, in `page.sort` order. */
  list(
    tenantId: string,
    filter: CustomerFilter,
    page: PageQuery & { sort?: CustomerSort },
  ): Promise<Page<CustomerEntity>> {
    const qb = this.live(tenantId);
    if (filter.q) {
      const needle = filter.q.trim().toLowerCase();
      const digits = needle.replace(/[^0-9]/g, '');
      // Phone numbers match by their digits too: "555 0100" finds "+1 (555) 010-0".
      const phoneLike = /^[0-9+()\-.\s]+$/.test(needle) && digits.length >= 3;
      qb.andWhere(
        `(c.searchText LIKE '%' || lower(immutable_unaccent(:q)) || '%' ESCAPE '\\'${phoneLike ? ` OR c.searchText LIKE :digits` : ''})`,
        { q: escapeLike(needle), digits: `%${digits}%` },
      );
    }
    if (filter.email) qb.andWhere('lower(c.email) = lower(:email)', { email: filter.email });
    if (filter.externalId)
      qb.andWhere('c.externalId = :externalId', { externalId: filter.externalId });
    if (filter.organizationId)
      qb.andWhere('c.organizationId = :organizationId', { organizationId: filter.organizationId });
    if (filter.tag) qb.andWhere('c.tags @> ARRAY[:tag]::text[]', { tag: filter.tag });
    if (filter.updatedSince)
      qb.andWhere('c.updatedAt >= :updatedSince', { updatedSince: filter.updatedSince });

    const sort = page.sort ?? '-createdAt';
    // UUIDv7 ids are creation-ordered: createdAt sorts use the primary key alone.
    const keys = sort.endsWith('updatedAt')
      ? [{ property: 'updatedAt' as const, kind: 'timestamp' as const }]
      : [];
    return paginate(qb, {
      sort,
      direction: sort.startsWith('-') ? 'DESC' : 'ASC',
      keys,
      limit: page.limit,
      cursor: page.cursor,
    });
  }

  findByExternalId(tenantId: string, externalId: string): Promise<CustomerEntity | null> {
    return readOne(this.live(tenantId).andWhere('c.externalId = :externalId', { externalId }));
  }

  /** The oldest live customer with this email (case-insensitive). */
  findOldestByEmail(tenantId: string, email: string): Promise<CustomerEntity | null> {
    return readOne(
      this.live(tenantId)
        .andWhere('lower(c.email) = lower(:email)', { email })
        .orderBy('c.id', 'ASC'),
    );
  }

  /**
   * One statement, safe when syncs race: insert, or update the live customer with this external
   * id. Only the given columns change, and only when a value differs (an unchanged contact keeps
   * its version and emits nothing). `outcome` is created, updated or unchanged.
   */
  async upsertByExternalId(
    tenantId: string,
    id: string,
    externalId: string,
    values: UpsertValues,
    expectedVersion?: ExpectedVersion,
  ): Promise<
    | { row: CustomerEntity; outcome: 'created' | 'updated' | 'unchanged' }
    | { outcome: 'version_mismatch'; row: CustomerEntity }
  > {
    const given = UPSERT_COLUMNS.filter(([prop]) => values[prop] !== undefined);
    const params: unknown[] = [tenantId, id, externalId];
    const cols = given.map(([prop, col]) => {
      const v = values[prop];
      params.push(prop === 'attributes' ? JSON.stringify(v) : v);
      return {
        col,
        ref: `$${params.length}${prop === 'attributes' ? '::jsonb' : prop === 'tags' ? '::text[]' : prop === 'organizationId' ? '::uuid' : ''}`,
      };
    });
    const set = cols.map((c) => `${c.col} = EXCLUDED.${c.col}`);
    const changed = cols.map((c) => `customers.${c.col} IS DISTINCT FROM EXCLUDED.${c.col}`);
    let versionCheck = '';
    if (expectedVersion !== undefined) {
      params.push(expectedVersions(expectedVersion));
      versionCheck = ` AND customers.version = ANY($${params.length}::int[])`;
    }
    const rows = await this.sql(
      tenantId,
      `INSERT INTO customers (tenant_id, id, external_id${cols.map((c) => `, ${c.col}`).join('')})
       VALUES ($1, $2, $3${cols.map((c) => `, ${c.ref}`).join('')})
       ON CONFLICT (tenant_id, external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL
       DO UPDATE SET ${[...set, 'version = customers.version + 1', 'updated_at = now()'].join(', ')}
       WHERE (${changed.join(' OR ') || 'false'})${versionCheck}
       RETURNING *, (xmax = 0) AS inserted`,
      params.slice(1),
    );
    if (rows[0])
      return { row: this.hydrate(rows[0]), outcome: rows[0].inserted ? 'created' : 'updated' };
    const current = await this.findByExternalId(tenantId, externalId);
    if (!current)
      throw new Error(`upsert of customer ${externalId} returned nothing and found nothing`);
    if (!versionMatches(expectedVersion, current.version))
      return { outcome: 'version_mismatch', row: current };
    return { row: current, outcome: 'unchanged' };
  }

  lockEmail(tenantId: string, email: string): Promise<void> {
    return this.lockKey(tenantId, `requester:${email.toLowerCase()}`);
  }

  /** Applies one feedback response (and removes the one it replaces) to the customer's counters. */
  async applyFeedback(
    tenantId: string,
    customerId: string,
    kind: FeedbackKind,
    score: number,
    replaces?: number,
  ): Promise<void> {
    const add = counterDelta(kind, score, 1);
    const remove = replaces === undefined ? {} : counterDelta(kind, replaces, -1);
    const delta = (k: keyof typeof add) => (add[k] ?? 0) + ((remove as typeof add)[k] ?? 0);
    await this.sql(
      tenantId,
      `UPDATE customers SET
          csat_positive = csat_positive + $3, csat_responses = csat_responses + $4,
          nps_promoters = nps_promoters + $5, nps_detractors = nps_detractors + $6, nps_responses = nps_responses + $7,
          last_score = $8
        WHERE tenant_id = $1 AND id = $2`,
      [
        customerId,
        delta('csatPositive'),
        delta('csatResponses'),
        delta('npsPromoters'),
        delta('npsDetractors'),
        delta('npsResponses'),
        score,
      ],
    );
  }
}

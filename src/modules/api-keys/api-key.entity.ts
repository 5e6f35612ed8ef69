import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

@Entity('api_keys')
export class ApiKeyEntity extends TenantOwnedEntity {
  @Column('text')
  name: string;

  /** The first characters of the key, shown in lists so a key can be recognised. */
  @Column('text')
  prefix: string;

  /** SHA-256 of the whole key. The key itself is never stored. */
  @Column('bytea')
  keyHash: Buffer;

  @Column('text', { array: true })
  scopes: string[];

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  expiresAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  revokedAt: Date | null;

  /** 1 when issued, 2 once revoked: the ETag of `DELETE … If-Match`. */
  @Column('integer', { default: 1 })
  version: number;

  /** "api_key:<id>", "agent:<id>", "platform" or "bootstrap". */
  @Column('text', { nullable: true })
  createdBy: string | null;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}

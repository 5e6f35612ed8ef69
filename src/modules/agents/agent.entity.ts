import { Column, Entity } from 'typeorm';
import type { Role } from '../../common/auth/scopes';
import { VersionedEntity } from '../../database/tenant-owned.entity';

@Entity('agents')
export class AgentEntity extends VersionedEntity {
  @Column('text')
  name: string;

  @Column('text')
  email: string;

  @Column('text')
  role: Role;

  /** argon2id; never leaves the service (models do not have it). */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamp with time zone', { precision: 3, nullable: true })
  deletedAt: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('group_members')
export class GroupMemberEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  groupId: string;

  @PrimaryColumn('uuid')
  agentId: string;

  @Column('timestamp with time zone', { precision: 3, default: () => 'now()' })
  createdAt: Date;
}

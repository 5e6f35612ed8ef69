import { ApiProperty } from '@nestjs/swagger';
import { ACTOR_TYPES, type Actor } from '../auth/principal';

/** Who made a change, in audit trails and article versions. */
export class ActorModel implements Actor {
  @ApiProperty({
    enum: ACTOR_TYPES,
    description:
      'An API key, an agent, a customer (portal), the platform admin, a workflow rule, a macro, or the system (SLA clock, survey sampling, rule chains).',
  })
  type: Actor['type'];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'The id of the key, agent, customer, rule or macro; null for the platform and the system.',
  })
  id: string | null;
}

/**
 * Any JSON value, for fields whose type depends on another (an audit entry's `before` and
 * `after`): generated clients get a union to narrow instead of `Record<string, never>`.
 */
export const ANY_JSON = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number', nullable: true },
    { type: 'boolean', nullable: true },
    { type: 'object', additionalProperties: true, nullable: true },
    { type: 'array', items: {}, nullable: true },
  ],
};

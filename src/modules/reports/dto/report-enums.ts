import { registerEnumType } from '@nestjs/graphql';
import { KPI_GROUPINGS } from '../report-period';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const KpiGroupingEnum = asEnum(KPI_GROUPINGS);
export const DURATION_CLOCKS = ['business_hours', 'calendar', 'mixed'] as const;
export type DurationClock = (typeof DURATION_CLOCKS)[number];
export const DurationClockEnum = asEnum(DURATION_CLOCKS);

registerEnumType(KpiGroupingEnum, {
  name: 'KpiGrouping',
  description:
    "`agent`, `group`, `channel`, `category`, `type`: the ticket's current value. `day`, `week` (from Monday), `month`: the calendar of `tz`.",
});
registerEnumType(DurationClockEnum, {
  name: 'DurationClock',
  description:
    '`business_hours`: every reading is opening-hours time (the SLA policy has business hours); `calendar`: every reading is wall-clock time; `mixed`: some of each.',
});

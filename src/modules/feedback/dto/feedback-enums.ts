import { registerEnumType } from '@nestjs/graphql';
import { FEEDBACK_SOURCES } from '../feedback.entity';
import { SUMMARY_GROUPINGS } from '../feedback.repository';
import { FEEDBACK_KINDS } from '../satisfaction';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const FeedbackKindEnum = asEnum(FEEDBACK_KINDS);
export const FeedbackSourceEnum = asEnum(FEEDBACK_SOURCES);
export const SummaryGroupingEnum = asEnum(SUMMARY_GROUPINGS);

registerEnumType(FeedbackKindEnum, {
  name: 'FeedbackKind',
  description: '`csat`: 1..5, positive = 4-5. `nps`: 0..10, promoters 9-10, detractors 0-6.',
});
registerEnumType(FeedbackSourceEnum, {
  name: 'FeedbackSource',
  description: '`api`: submitted by your system; `survey`: answered through a survey link.',
});
registerEnumType(SummaryGroupingEnum, {
  name: 'FeedbackGrouping',
  description: 'Calendar groupings (`day`, `week` from Monday, `month`) use the `tz` time zone.',
});

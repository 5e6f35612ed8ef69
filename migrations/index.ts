import { Foundation1732470000000 } from './1732470000000-foundation';
import { Customers1732560000000 } from './1732560000000-customers';
import { Tickets1732650000000 } from './1732650000000-tickets';
import { TicketTextSearch1732740000000 } from './1732740000000-ticket-text-search';
import { KnowledgeBase1732830000000 } from './1732830000000-knowledge-base';
import { TicketFeedbackFlag1732920000000 } from './1732920000000-ticket-feedback-flag';
import { Jobs1732950000000 } from './1732950000000-jobs';
import { Workflows1733000000000 } from './1733000000000-workflows';
import { Feedback1733100000000 } from './1733100000000-feedback';
import { Webhooks1733200000000 } from './1733200000000-webhooks';
import { TicketLanguage1733300000000 } from './1733300000000-ticket-language';
import { TicketHistory1733400000000 } from './1733400000000-ticket-history';
import { ReportIndexes1733500000000 } from './1733500000000-report-indexes';
import { ReportHistoryIndexes1733600000000 } from './1733600000000-report-history-indexes';
import { Reliability1733640000000 } from './1733640000000-reliability';
import { RateLimitLeases1733700000000 } from './1733700000000-rate-limit-leases';
import { ReportCoveringIndexes1733800000000 } from './1733800000000-report-covering-indexes';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [
  Foundation1732470000000,
  Customers1732560000000,
  Tickets1732650000000,
  TicketTextSearch1732740000000,
  KnowledgeBase1732830000000,
  TicketFeedbackFlag1732920000000,
  Jobs1732950000000,
  Workflows1733000000000,
  Feedback1733100000000,
  Webhooks1733200000000,
  TicketLanguage1733300000000,
  TicketHistory1733400000000,
  ReportIndexes1733500000000,
  ReportHistoryIndexes1733600000000,
  Reliability1733640000000,
  RateLimitLeases1733700000000,
  ReportCoveringIndexes1733800000000,
];

import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/principal';
import type { TicketChange } from '../../tickets/ticket-hooks';

export type SurveyRequester = (
  tenantId: string,
  ticketId: string,
  kind: 'csat' | 'nps',
  actor: Actor,
) => Promise<unknown>;

/**
 * The seam for the `request_survey` action: the feedback module registers how a survey is
 * requested. Without one, the request is recorded in the ticket's audit trail only.
 */
@Injectable()
export class SurveyRequests {
  private requester: SurveyRequester | null = null;

  register(requester: SurveyRequester): void {
    this.requester = requester;
  }

  inChange(change: TicketChange, kind: 'csat' | 'nps', actor: Actor): void {
    change.audit('surveyRequested', null, { kind }, actor);
    const requester = this.requester;
    if (requester)
      change.afterWrite(async (ticket) => {
        await requester(change.tenantId, ticket.id, kind, actor);
      });
  }
}

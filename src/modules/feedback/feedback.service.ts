import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { NewEvent, OutboxService } from '../../common/events/outbox.service';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { AgentsService } from '../agents/agents.service';
import { CustomersService } from '../customers/customers.service';
import { TicketModel } from '../tickets/dto/ticket.model';
import { TicketsService } from '../tickets/tickets.service';
import { FeedbackSummaryArgs } from './dto/feedback-summary.args';
import { FeedbackModel, FeedbackSummaryModel } from './dto/feedback.model';
import { FeedbackFilter } from './dto/list-feedback.args';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackRepository } from './feedback.repository';
import { isNegative, summarize } from './satisfaction';

/** Why `feedback.received` was emitted: a new response, a changed score, a comment added. */
export type FeedbackChange = 'created' | 'score_changed' | 'comment_added';

/**
 * Feedback responses: recording them (with the customer's satisfaction profile, the ticket's
 * `negativeFeedback` flag and workflow trigger, and the events, in one transaction), listing
 * them and summarising them. Responses are never edited or deleted through the API.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly tickets: TicketsService,
    private readonly customers: CustomersService,
    private readonly agents: AgentsService,
    private readonly outbox: OutboxService,
  ) {}

  /** `POST /v1/feedback`: the ticket's customer, assignee, group and channel fill the gaps. */
  @Transactional()
  async submit(tenantId: string, input: SubmitFeedbackInput, actor: Actor): Promise<FeedbackModel> {
    const ticket = input.ticketId ? await this.referencedTicket(tenantId, input.ticketId) : null;
    if (input.customerId) {
      if (ticket && ticket.customerId !== input.customerId) {
        throw new AppError(
          'unprocessable',
          `Customer ${input.customerId} is not the customer of ticket ${ticket.id}; leave customerId out to use the ticket's.`,
          [{ field: 'customerId', message: "is not the ticket's customer" }],
        );
      }
      if ((await this.customers.getMany(tenantId, [input.customerId])).length === 0)
        throw AppError.missingReference('Customer', input.customerId, 'customerId');
    }
    if (input.agentId && (await this.agents.getMany(tenantId, [input.agentId])).length === 0)
      throw AppError.missingReference('Agent', input.agentId, 'agentId');

    const row = await this.feedback.insert(tenantId, {
      kind: input.kind,
      score: input.score,
      comment: input.comment ?? null,
      customerId: input.customerId ?? ticket?.customerId ?? null,
      ticketId: ticket?.id ?? null,
      agentId: input.agentId ?? ticket?.assigneeId ?? null,
      groupId: ticket?.groupId ?? null,
      channel: ticket?.channel ?? null,
      source: 'api',
    });
    return this.scored(tenantId, row, null, actor);
  }

  async get(tenantId: string, id: string): Promise<FeedbackModel> {
    return toModel(await this.feedback.getById(tenantId, id));
  }

  async list(
    tenantId: string,
    filter: FeedbackFilter,
    page: PageQuery,
  ): Promise<Page<FeedbackModel>> {
    return mapPage(await this.feedback.list(tenantId, filter, page), toModel);
  }

  /** Counts per bucket; the arithmetic is `summarize()` (satisfaction.ts). */
  async summary(tenantId: string, args: FeedbackSummaryArgs): Promise<FeedbackSummaryModel> {
    if (args.from && args.to && args.from >= args.to)
      throw AppError.validation([{ field: 'to', message: 'must be after from' }]);
    const groupBy = args.groupBy ?? 'none';
    const tz = args.tz ?? 'UTC';
    const rows = await this.feedback.summaryCounts(tenantId, { ...args, groupBy, tz });
    const buckets: FeedbackSummaryModel['buckets'] = [];
    let i = 0;
    while (i < rows.length) {
      const { key, start } = rows[i];
      let j = i;
      while (j < rows.length && rows[j].key === key) j++;
      buckets.push({ key, start, ...summarize(rows.slice(i, j)) });
      i = j;
    }
    if (groupBy === 'none' && buckets.length === 0)
      buckets.push({ key: null, start: null, ...summarize([]) });
    return { groupBy, tz, buckets };
  }

  /** The response to this survey, if the customer gave one. */
  async findBySurvey(tenantId: string, surveyId: string): Promise<FeedbackModel | null> {
    const row = await this.feedback.findBySurvey(tenantId, surveyId);
    return row ? toModel(row) : null;
  }

  /**
   * A survey link answered (inside the survey's transaction, its row locked): the first answer
   * creates the response, a later one changes its score and/or comment. Same score and comment →
   * nothing is written.
   */
  async answerSurvey(
    tenantId: string,
    survey: {
      id: string;
      kind: FeedbackModel['kind'];
      ticketId: string;
      customerId: string;
      agentId: string | null;
      groupId: string | null;
      channel: string;
    },
    answer: { score: number; comment?: string },
    actor: Actor,
  ): Promise<FeedbackModel> {
    const current = await this.feedback.findBySurvey(tenantId, survey.id);
    const comment = answer.comment?.trim() ? answer.comment.trim() : undefined;
    if (!current) {
      const row = await this.feedback.insert(tenantId, {
        kind: survey.kind,
        score: answer.score,
        comment: comment ?? null,
        customerId: survey.customerId,
        ticketId: survey.ticketId,
        agentId: survey.agentId,
        groupId: survey.groupId,
        channel: survey.channel,
        source: 'survey',
        surveyId: survey.id,
      });
      return this.scored(tenantId, row, null, actor);
    }
    const scoreChanged = current.score !== answer.score;
    const commentChanged = comment !== undefined && comment !== current.comment;
    if (!scoreChanged && !commentChanged) return toModel(current);
    const row = await this.feedback.updateAnswer(tenantId, current.id, {
      score: answer.score,
      comment: comment ?? current.comment,
    });
    if (scoreChanged) return this.scored(tenantId, row, current, actor);
    const model = toModel(row);
    await this.outbox.publish(tenantId, this.received(model, 'comment_added', null, actor));
    return model;
  }

  /**
   * What a new or changed score causes, in the caller's transaction: the customer's profile,
   * the ticket (`feedback.received` trigger for rules, `negativeFeedback` on a low score) and
   * the events. `feedback.negative` fires when a response becomes negative, not again while it
   * stays negative.
   */
  private async scored(
    tenantId: string,
    row: FeedbackEntity,
    previous: FeedbackEntity | null,
    actor: Actor,
  ): Promise<FeedbackModel> {
    const model = toModel(row);
    if (row.customerId)
      await this.customers.recordFeedback(
        tenantId,
        row.customerId,
        row.kind,
        row.score,
        previous?.score,
      );
    if (row.ticketId) {
      await this.tickets.recordFeedback(
        tenantId,
        row.ticketId,
        { id: row.id, kind: row.kind, score: row.score, negative: model.negative },
        actor,
      );
    }
    const events: NewEvent[] = [
      this.received(model, previous ? 'score_changed' : 'created', previous?.score ?? null, actor),
    ];
    if (model.negative && !(previous && isNegative(previous.kind, previous.score))) {
      events.push({
        type: 'feedback.negative',
        resourceType: 'feedback',
        resourceId: model.id,
        data: { feedback: model },
        actor,
      });
    }
    await this.outbox.publish(tenantId, events);
    return model;
  }

  private received(
    feedback: FeedbackModel,
    change: FeedbackChange,
    previousScore: number | null,
    actor: Actor,
  ): NewEvent {
    return {
      type: 'feedback.received',
      resourceType: 'feedback',
      resourceId: feedback.id,
      data: { feedback, change, previousScore },
      actor,
    };
  }

  /** A ticket named in a request body: 422 when it is not one of the tenant's. */
  private async referencedTicket(tenantId: string, id: string): Promise<TicketModel> {
    try {
      return await this.tickets.get(tenantId, id);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found')
        throw AppError.missingReference('Ticket', id, 'ticketId');
      throw e;
    }
  }
}

export function toModel(f: FeedbackEntity): FeedbackModel {
  return {
    id: f.id,
    kind: f.kind,
    score: f.score,
    negative: isNegative(f.kind, f.score),
    comment: f.comment,
    customerId: f.customerId,
    ticketId: f.ticketId,
    agentId: f.agentId,
    groupId: f.groupId,
    channel: f.channel,
    source: f.source,
    surveyId: f.surveyId,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  };
}

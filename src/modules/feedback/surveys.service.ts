import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { OutboxService } from '../../common/events/outbox.service';
import { CustomersService } from '../customers/customers.service';
import { TenantsService } from '../tenants/tenants.service';
import { TicketModel } from '../tickets/dto/ticket.model';
import { TicketsService } from '../tickets/tickets.service';
import { FeedbackModel, SurveyModel } from './dto/feedback.model';
import {
  DEFAULT_SURVEY_SETTINGS,
  SurveySettingsModel,
  UpdateSurveySettingsInput,
} from './dto/survey-settings.input';
import { FeedbackService } from './feedback.service';
import { FeedbackKind, isValidScore } from './satisfaction';
import { SurveyEntity } from './survey.entity';
import { SurveyLinks } from './survey-links';
import { SurveysRepository } from './surveys.repository';

const SETTINGS_SECTION = 'surveys';
const SAMPLER: Actor = { type: 'system', id: null };

/** Why a survey link cannot be answered; the survey page shows each as its own 4xx page. */
export type SurveyLinkProblem = 'forged' | 'expired' | 'revoked' | 'closed';

export class SurveyLinkError extends Error {
  constructor(readonly problem: SurveyLinkProblem) {
    super(`survey link ${problem}`);
    this.name = 'SurveyLinkError';
  }
}

/** What the survey page shows: the survey, the answer on record, the links to change it. */
export interface SurveyAnswerView {
  kind: FeedbackKind;
  locale: string | null;
  /** The score on record; null when the link was only looked at (HEAD, prefetch) and never answered. */
  score: number | null;
  comment: string | null;
}

/**
 * One-click surveys: requesting one (idempotent per open survey of a ticket and kind), the
 * sampling on solve, revoking, and answering through a signed link.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly surveys: SurveysRepository,
    private readonly links: SurveyLinks,
    private readonly feedback: FeedbackService,
    private readonly tickets: TicketsService,
    private readonly customers: CustomersService,
    private readonly tenants: TenantsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The survey of this ticket and kind with one link per score. While one is open (not expired,
   * not revoked) it is returned as is (`created: false`); otherwise a new one is created and
   * `survey.requested` carries its links, for the tenant's own system to deliver. 404 when the
   * ticket is not the tenant's. Workflows' `request_survey` action calls this.
   */
  @Transactional()
  async requestSurvey(
    tenantId: string,
    ticketId: string,
    kind: FeedbackKind,
    actor: Actor,
  ): Promise<{ survey: SurveyModel; created: boolean }> {
    return this.surveyFor(tenantId, await this.tickets.get(tenantId, ticketId), kind, actor);
  }

  /** Stops the survey's links working (answers already given stay). Idempotent. */
  @Transactional()
  async revoke(tenantId: string, surveyId: string): Promise<SurveyModel> {
    const row =
      (await this.surveys.revoke(tenantId, surveyId)) ??
      (await this.surveys.getById(tenantId, surveyId));
    return this.toModel(tenantId, row);
  }

  async settings(tenantId: string): Promise<SurveySettingsModel> {
    const stored = await this.tenants.settingsSection(tenantId, SETTINGS_SECTION);
    return { ...DEFAULT_SURVEY_SETTINGS, ...(stored as Partial<SurveySettingsModel>) };
  }

  @Transactional()
  async updateSettings(
    tenantId: string,
    input: UpdateSurveySettingsInput,
  ): Promise<SurveySettingsModel> {
    const next = { ...(await this.settings(tenantId)), ...input };
    await this.tenants.setSettingsSection(tenantId, SETTINGS_SECTION, { ...next });
    return next;
  }

  /**
   * A ticket was just solved (a ticket hook, in the ticket's transaction): with
   * `sendOnSolved`, a `sampleRate` share of solved tickets gets a survey. `random` is
   * injectable for tests; 0 never samples, 1 always does.
   */
  async sampleSolved(
    tenantId: string,
    schedule: (work: (ticket: TicketModel) => Promise<void>) => void,
    random: () => number = Math.random,
  ): Promise<void> {
    const settings = await this.settings(tenantId);
    if (!settings.sendOnSolved || !(random() < settings.sampleRate)) return;
    schedule(async (ticket) => {
      await this.surveyFor(tenantId, ticket, settings.kind, SAMPLER);
    });
  }

  /**
   * A survey link opened or its page's form posted. `record` false (HEAD, prefetch) only
   * reads. `score` defaults to the link's own score; a comment is kept with the answer.
   * Forged, expired, revoked or closed links throw `SurveyLinkError`.
   */
  @Transactional()
  async answer(
    token: string,
    opts: { record: boolean; score?: number; comment?: string },
  ): Promise<SurveyAnswerView> {
    const check = this.links.verify(token);
    if (!check.ok) throw new SurveyLinkError(check.reason);
    const { tenantId, surveyId } = check.claims;
    const survey = await this.surveys.findForAnswer(tenantId, surveyId);
    if (!survey) throw new SurveyLinkError('forged');
    if (survey.status === 'revoked') throw new SurveyLinkError('revoked');
    if (survey.status === 'expired' || survey.expiresAt <= new Date())
      throw new SurveyLinkError('expired');
    const score = opts.score ?? check.claims.score;
    if (!isValidScore(survey.kind, score))
      throw AppError.validation([{ field: 'score', message: 'is not a score of this survey' }]);

    let answer: FeedbackModel | null;
    if (opts.record) {
      try {
        answer = await this.feedback.answerSurvey(
          tenantId,
          survey,
          { score, comment: opts.comment },
          { type: 'customer', id: survey.customerId },
        );
      } catch (e) {
        // The ticket was deleted since: the survey no longer takes answers.
        if (e instanceof AppError && e.code === 'not_found') throw new SurveyLinkError('closed');
        throw e;
      }
    } else {
      answer = await this.feedback.findBySurvey(tenantId, survey.id);
    }
    return {
      kind: survey.kind,
      locale: survey.locale,
      score: answer?.score ?? null,
      comment: answer?.comment ?? null,
    };
  }

  /** `requestSurvey` for a ticket already read (or being written by a ticket change). */
  private async surveyFor(
    tenantId: string,
    ticket: TicketModel,
    kind: FeedbackKind,
    actor: Actor,
  ): Promise<{ survey: SurveyModel; created: boolean }> {
    await this.surveys.lockTicketKind(tenantId, ticket.id, kind);
    const open = await this.surveys.findOpen(tenantId, ticket.id, kind);
    if (open) return { survey: this.toModel(tenantId, open), created: false };
    await this.surveys.expireOpen(tenantId, ticket.id, kind);
    const customer = await this.customers.get(tenantId, ticket.customerId);
    const row = await this.surveys.insert(tenantId, {
      ticketId: ticket.id,
      kind,
      status: 'open',
      customerId: ticket.customerId,
      agentId: ticket.assigneeId,
      groupId: ticket.groupId,
      channel: ticket.channel,
      locale: customer.locale,
      expiresAt: this.links.expiryFrom(),
    });
    const survey = this.toModel(tenantId, row);
    await this.outbox.publish(tenantId, {
      type: 'survey.requested',
      resourceType: 'survey',
      resourceId: survey.id,
      data: {
        survey,
        ticket: { id: ticket.id, number: ticket.number, subject: ticket.subject },
        customer: {
          id: customer.id,
          name: customer.name,
          email: customer.email,
          phone: customer.phone,
          locale: customer.locale,
        },
      },
      actor,
    });
    return { survey, created: true };
  }

  private toModel(tenantId: string, s: SurveyEntity): SurveyModel {
    const expired = s.status === 'expired' || (s.status === 'open' && s.expiresAt <= new Date());
    return {
      id: s.id,
      ticketId: s.ticketId,
      customerId: s.customerId,
      kind: s.kind,
      status: expired ? 'expired' : s.status,
      links: s.status === 'open' && !expired ? this.links.linksOf(tenantId, s) : {},
      expiresAt: s.expiresAt,
      createdAt: s.createdAt,
    };
  }
}

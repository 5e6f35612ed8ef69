import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { byIds, Loaders } from '../../common/graphql/loaders';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { CustomerModel } from '../customers/dto/customer.model';
import { customerLoader } from '../customers/customers.resolver';
import { CustomersService } from '../customers/customers.service';
import { TicketModel } from '../tickets/dto/ticket.model';
import { TicketsService } from '../tickets/tickets.service';
import { FeedbackSummaryArgs } from './dto/feedback-summary.args';
import { FeedbackModel, FeedbackSummaryModel, SurveyModel } from './dto/feedback.model';
import { FeedbackArgs } from './dto/list-feedback.args';
import { RequestSurveyInput } from './dto/request-survey.input';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { FeedbackService } from './feedback.service';
import { SurveysService } from './surveys.service';

const FeedbackConnection = ConnectionType(FeedbackModel, 'Feedback');

@Resolver(() => FeedbackModel)
export class FeedbackResolver {
  constructor(
    private readonly feedbackService: FeedbackService,
    private readonly surveys: SurveysService,
    private readonly customers: CustomersService,
    private readonly tickets: TicketsService,
  ) {}

  @Query(() => FeedbackConnection, { description: 'Feedback responses, newest first.' })
  @RequireScopes('feedback:read', 'feedback:write')
  async feedback(@CurrentTenant() tenantId: string, @Args() args: FeedbackArgs) {
    return toConnection(
      await this.feedbackService.list(tenantId, args.filter ?? {}, {
        limit: args.first,
        cursor: args.after,
      }),
    );
  }

  @Query(() => FeedbackSummaryModel, {
    description: 'CSAT % and NPS, overall or per agent, group, channel, day, week or month.',
  })
  @RequireScopes('feedback:read', 'feedback:write')
  feedbackSummary(@CurrentTenant() tenantId: string, @Args() args: FeedbackSummaryArgs) {
    return this.feedbackService.summary(tenantId, args);
  }

  @Mutation(() => FeedbackModel, { description: 'Record a CSAT or NPS response.' })
  @RequireScopes('feedback:write')
  submitFeedback(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('input') input: SubmitFeedbackInput,
  ) {
    return this.feedbackService.submit(tenantId, input, actorOf(p));
  }

  @Mutation(() => SurveyModel, {
    description:
      'A one-click survey for a ticket (the open one of this kind, if any): one signed link per score; emits `survey.requested`.',
  })
  @RequireScopes('feedback:write')
  async requestSurvey(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('input') input: RequestSurveyInput,
  ) {
    return (await this.surveys.requestSurvey(tenantId, ticketId, input.kind, actorOf(p))).survey;
  }

  @ResolveField(() => CustomerModel, { nullable: true, description: 'Batched per request.' })
  customer(
    @Parent() f: FeedbackModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return f.customerId
      ? customerLoader(loaders, tenantId, this.customers).load(f.customerId)
      : null;
  }

  @ResolveField(() => TicketModel, { nullable: true, description: 'Batched per request.' })
  ticket(
    @Parent() f: FeedbackModel,
    @CurrentTenant() tenantId: string,
    @Context('loaders') loaders: Loaders,
  ) {
    return f.ticketId
      ? loaders
          .get<string, TicketModel | null>(`tickets:${tenantId}`, async (ids) =>
            byIds(ids, await this.tickets.getMany(tenantId, ids)),
          )
          .load(f.ticketId)
      : null;
  }
}

import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/principal';
import { AppError, FieldError } from '../../../common/errors/app-error';
import { AgentsService } from '../../agents/agents.service';
import { GroupsService } from '../../groups/groups.service';
import type { TicketChange } from '../../tickets/ticket-hooks';
import { ChecklistsService } from '../checklists/checklists.service';
import { normalizeActions, RuleAction } from './actions';
import { SurveyRequests } from './survey-requests';

/** Checks and runs the actions of rules and macros (one implementation for both). */
@Injectable()
export class ActionsService {
  constructor(
    private readonly agents: AgentsService,
    private readonly groups: GroupsService,
    private readonly checklists: ChecklistsService,
    private readonly surveys: SurveyRequests,
  ) {}

  /**
   * Validates actions as sent: shape errors are a 400, ids that are not the tenant's (agents,
   * groups, checklist templates) a 422, each naming the part (`actions[1].groupId`).
   */
  async check(tenantId: string, input: readonly object[], path = 'actions'): Promise<RuleAction[]> {
    const { actions, errors } = normalizeActions(input as Record<string, unknown>[], path);
    if (errors.length) throw AppError.validation(errors);
    const missing: FieldError[] = [];
    for (const [i, a] of actions.entries()) {
      const at = `${path}[${i}]`;
      if (
        a.type === 'assign_agent' &&
        a.agentId &&
        !(await this.agents.findActive(tenantId, a.agentId))
      )
        missing.push({ field: `${at}.agentId`, message: 'is not an active agent of this tenant' });
      if (a.type === 'assign_group' && a.groupId) {
        try {
          await this.groups.assertExist(tenantId, [a.groupId], `${at}.groupId`);
        } catch {
          missing.push({ field: `${at}.groupId`, message: 'is not a group of this tenant' });
        }
      }
      if (a.type === 'attach_checklist') {
        try {
          await this.checklists.assertTemplate(tenantId, a.templateId, `${at}.templateId`);
        } catch {
          missing.push({
            field: `${at}.templateId`,
            message: 'is not a checklist template of this tenant',
          });
        }
      }
    }
    if (missing.length) {
      throw new AppError(
        'unprocessable',
        `Actions name resources that do not exist: ${missing.map((m) => m.field).join(', ')}.`,
        missing,
      );
    }
    return actions;
  }

  /** Runs actions inside a ticket change; every change is audited with `actor`. */
  async run(change: TicketChange, actions: readonly RuleAction[], actor: Actor): Promise<void> {
    for (const a of actions) {
      switch (a.type) {
        case 'set_priority':
          change.set('priority', a.priority as never, actor);
          break;
        case 'set_status':
          change.set('status', a.status as never, actor);
          break;
        case 'assign_agent':
          change.set('assigneeId', a.agentId, actor);
          break;
        case 'assign_group':
          change.set('groupId', a.groupId, actor);
          break;
        case 'add_tags':
          change.set('tags', [...new Set([...change.after.tags, ...a.tags])], actor);
          break;
        case 'remove_tags':
          change.set(
            'tags',
            change.after.tags.filter((t) => !a.tags.includes(t)),
            actor,
          );
          break;
        case 'attach_checklist':
          await this.checklists.attachInChange(change, a.templateId, actor);
          break;
        case 'add_internal_note':
          change.addComment({ body: a.body, public: false }, actor);
          break;
        case 'request_survey':
          this.surveys.inChange(change, a.kind as 'csat' | 'nps', actor);
          break;
      }
    }
  }
}

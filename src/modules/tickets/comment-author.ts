import { Principal } from '../../common/auth/principal';
import { AddCommentInput } from './dto/add-comment.input';
import { CommentAuthor } from './tickets.service';

/**
 * Who writes a comment: a portal token writes as its customer; otherwise `authorType` and
 * `authorId` as given, defaulting to the calling agent (agent tokens) or an unnamed agent
 * (API keys: an integration replying on the team's behalf).
 */
export function commentAuthor(p: Principal, input: AddCommentInput): CommentAuthor {
  if (p.kind === 'portal') return { type: 'customer', id: p.customerId ?? p.id };
  const type = input.authorType ?? 'agent';
  if (input.authorId) return { type, id: input.authorId };
  return { type, id: type === 'agent' && p.kind === 'agent' ? p.id : null };
}

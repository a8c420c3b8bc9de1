import type { AskSession, BotContext } from './context.ts';
import { corpusStats } from './context.ts';
import type { ReplyPayload } from './payload.ts';
import { renderAnswer } from './render/answer.ts';

/**
 * Answers a question for `owner` (from `/ask`, a DM or a mention) and remembers the answer for its
 * buttons.
 */
export function answerFor(
  ctx: BotContext,
  question: string,
  owner: string,
  ephemeral: boolean,
): ReplyPayload {
  const answer = ctx.engine.ask(question);
  const session: AskSession = { owner, answer, stats: corpusStats(ctx.engine) };
  return renderAnswer(
    answer,
    { session: ctx.askSessions.create(session), focus: 1, ephemeral },
    session.stats,
  );
}

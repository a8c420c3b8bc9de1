import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { type ClaimsSession, corpusStats } from '../src/discord/context.ts';
import { CLAIMS_PAGE_SIZE, QUERY_MAX_LENGTH } from '../src/discord/limits.ts';
import { renderClaims } from '../src/discord/render/claims.ts';
import { pageCount } from '../src/discord/render/elements.ts';
import { expiredNotice, forgedButtonNotice } from '../src/discord/render/notices.ts';
import { reply, update } from '../src/discord/respond.ts';

const data = {
  name: 'claims',
  description: 'Who claims, confirms, denies or doubts what about a topic, across the articles.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'What the claims are about, e.g. Syrian fighters',
      required: true,
      max_length: QUERY_MAX_LENGTH,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const claims = {
  data,
  async execute(interaction, ctx) {
    const topic = interaction.options.getString('topic', true);
    const session: ClaimsSession = {
      owner: interaction.user.id,
      topic,
      report: ctx.engine.claims(topic),
      stats: corpusStats(ctx.engine),
    };
    const view = { session: ctx.claimsSessions.create(session), topic, page: 1, ephemeral: false };
    await reply(interaction, renderClaims(session.report, view, session.stats));
  },
  async button(interaction, id, ctx) {
    if (id.view !== 'claims') return;
    const session = ctx.claimsSessions.get(id.session);
    if (session === undefined) return reply(interaction, expiredNotice('claims'));
    if (id.page < 1 || id.page > pageCount(session.report.statements.length, CLAIMS_PAGE_SIZE)) {
      return reply(interaction, forgedButtonNotice());
    }
    const base = { topic: session.topic, page: id.page };
    if (interaction.user.id === session.owner) {
      return update(
        interaction,
        renderClaims(session.report, { ...base, session: id.session, ephemeral: false }, session.stats),
      );
    }
    // Someone else's pages: a private copy of their own, so the owner's message does not move under them.
    const copy = ctx.claimsSessions.create({ ...session, owner: interaction.user.id });
    return reply(
      interaction,
      renderClaims(session.report, { ...base, session: copy, ephemeral: true }, session.stats),
    );
  },
} satisfies Command;

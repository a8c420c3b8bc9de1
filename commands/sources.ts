import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { corpusStats } from '../src/discord/context.ts';
import { renderSources } from '../src/discord/render/articles.ts';
import { forgedButtonNotice } from '../src/discord/render/notices.ts';
import { reply, update } from '../src/discord/respond.ts';

const data = {
  name: 'sources',
  description: 'List the news articles I answer from: outlet, title, date and paragraphs.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sources = {
  data,
  async execute(interaction, ctx) {
    const view = { owner: interaction.user.id, page: 1, ephemeral: false };
    await reply(interaction, renderSources(ctx.engine.articles, view, corpusStats(ctx.engine)));
  },
  async button(interaction, id, ctx) {
    if (id.view !== 'sources') return;
    if (id.page < 1) return reply(interaction, forgedButtonNotice());
    // The list is rendered from the corpus as it is now; a page past its end shows the last one.
    const mine = interaction.user.id === id.owner;
    const view = { owner: interaction.user.id, page: id.page, ephemeral: !mine };
    const payload = renderSources(ctx.engine.articles, view, corpusStats(ctx.engine));
    return mine ? update(interaction, payload) : reply(interaction, payload);
  },
} satisfies Command;

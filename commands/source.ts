import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { NewsdeskError } from '../src/core/errors.ts';
import { articleChoices, resolveArticle } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import { articleKey } from '../src/discord/custom-id.ts';
import { renderSource } from '../src/discord/render/articles.ts';
import { forgedButtonNotice } from '../src/discord/render/notices.ts';
import { reply, update } from '../src/discord/respond.ts';
import { escapeText, truncate } from '../src/discord/text.ts';

const data = {
  name: 'source',
  description: 'Show one article: its details and its paragraphs.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'article',
      description: 'Start typing its title or outlet',
      required: true,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const source = {
  data,
  async execute(interaction, ctx) {
    const typed = interaction.options.getString('article', true);
    const article = resolveArticle(typed, ctx.engine.articles);
    if (article === undefined) {
      throw new NewsdeskError(
        'not-found',
        `No article matches “${escapeText(truncate(typed, 100))}”. Pick one from the list that appears as you type, or see /sources.`,
      );
    }
    await reply(
      interaction,
      renderSource(article, { owner: interaction.user.id, page: 1, ephemeral: false }),
    );
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(interaction.options.getFocused(), ctx.engine.articles));
  },
  async button(interaction, id, ctx) {
    if (id.view !== 'source') return;
    if (id.page < 1) return reply(interaction, forgedButtonNotice());
    const article = ctx.engine.articles.find((a) => articleKey(a.id) === id.article);
    if (article === undefined) {
      throw new NewsdeskError(
        'not-found',
        'That article is no longer in the corpus. /sources lists the current ones.',
      );
    }
    const mine = interaction.user.id === id.owner;
    const payload = renderSource(article, { owner: interaction.user.id, page: id.page, ephemeral: !mine });
    return mine ? update(interaction, payload) : reply(interaction, payload);
  },
} satisfies Command;

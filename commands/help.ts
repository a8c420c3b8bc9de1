import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { corpusStats } from '../src/discord/context.ts';
import { renderHelp } from '../src/discord/render/help.ts';
import { reply } from '../src/discord/respond.ts';

const data = {
  name: 'help',
  description: 'What I do and how to ask me about the news articles.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const help = {
  data,
  // Private in a server so it does not fill the channel; in a DM there is no one else to see it.
  ephemeral: (interaction) => interaction.inGuild(),
  async execute(interaction, ctx) {
    await reply(interaction, renderHelp(corpusStats(ctx.engine), interaction.inGuild()));
  },
} satisfies Command;

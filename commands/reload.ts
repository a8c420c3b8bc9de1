import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { corpusStats } from '../src/discord/context.ts';
import { reloadLogFields } from '../src/discord/logger.ts';
import { actorOf, mayReload, requesterOf } from '../src/discord/permissions.ts';
import { notice } from '../src/discord/render/elements.ts';
import { renderReloadFailure, renderReloadReport } from '../src/discord/render/reload.ts';
import { deferEarly, reply } from '../src/discord/respond.ts';

const data = {
  name: 'reload',
  description: 'Moderators: rescan the corpus folder and report what changed.',
  // Hidden from members without Manage Server unless a server overrides it; checked again at run time.
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  // In a DM only the bot owners get past the check.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const reload = {
  data,
  ephemeral: () => true,
  async execute(interaction, ctx) {
    const who = requesterOf(interaction);
    const decision = mayReload(who, ctx.config);
    const log = ctx.logger.child({ command: 'reload', user: who.userId, guild: interaction.guildId ?? 'dm' });
    if (!decision.allowed) {
      log.warn({ reason: decision.reason }, 'reload refused');
      return reply(interaction, notice(decision.reason));
    }
    if (ctx.reloading.active) {
      return reply(
        interaction,
        notice('A reload is already running. Its report goes to whoever started it.'),
      );
    }
    ctx.reloading.active = true;
    try {
      deferEarly(interaction, true);
      // Recorded in the audit log under the moderator's name.
      const report = await ctx.engine.reload(actorOf(interaction));
      log.info({ via: decision.via, ...reloadLogFields(report) }, 'corpus reloaded');
      await reply(interaction, renderReloadReport(report));
    } catch (error) {
      log.error({ err: error }, 'reload failed, still answering from the previous index');
      const reason = error instanceof Error ? error.message : String(error);
      await reply(interaction, renderReloadFailure(reason, corpusStats(ctx.engine)));
    } finally {
      ctx.reloading.active = false;
    }
  },
} satisfies Command;

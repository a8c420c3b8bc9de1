import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { answerFor } from '../src/discord/answering.ts';
import { questionChoices } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import type { AskSession } from '../src/discord/context.ts';
import { QUESTION_MAX_LENGTH } from '../src/discord/limits.ts';
import { renderAnswer, renderParagraph } from '../src/discord/render/answer.ts';
import { expiredNotice, forgedButtonNotice } from '../src/discord/render/notices.ts';
import { reply, update } from '../src/discord/respond.ts';

const data = {
  name: 'ask',
  description: 'Ask a question about the news articles: the answer quotes them, with citations.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'What you want to know, e.g. who denied sending fighters?',
      required: true,
      autocomplete: true,
      max_length: QUESTION_MAX_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer (default: everyone in the channel)',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const ask = {
  data,
  ephemeral: (interaction) => interaction.options.getBoolean('private') ?? false,
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await reply(interaction, answerFor(ctx, question, interaction.user.id, ephemeral));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await interaction.respond(
      questionChoices(typed, (prefix, limit) => ctx.engine.completions(prefix, limit)),
    );
  },
  async button(interaction, id, ctx) {
    if (id.view !== 'ask') return;
    const session = ctx.askSessions.get(id.session);
    if (session === undefined) return reply(interaction, expiredNotice('ask'));
    const citation = session.answer.citations[id.n - 1];
    if (citation === undefined) return reply(interaction, forgedButtonNotice());
    if (id.action === 'paragraph') return reply(interaction, renderParagraph(citation));
    if (interaction.user.id === session.owner) {
      return update(
        interaction,
        renderAnswer(session.answer, { session: id.session, focus: id.n, ephemeral: false }, session.stats),
      );
    }
    // Someone else's answer: step through a private copy rather than change theirs.
    const copy: AskSession = { ...session, owner: interaction.user.id };
    const view = { session: ctx.askSessions.create(copy), focus: id.n, ephemeral: true };
    return reply(interaction, renderAnswer(session.answer, view, session.stats));
  },
} satisfies Command;

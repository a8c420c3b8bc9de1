import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { NewsdeskError } from '../src/core/errors.ts';
import { articleChoices, resolveArticle } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import { corpusStats, type SearchSession } from '../src/discord/context.ts';
import { QUERY_MAX_LENGTH, SEARCH_PAGE_SIZE } from '../src/discord/limits.ts';
import { pageCount } from '../src/discord/render/elements.ts';
import { expiredNotice, forgedButtonNotice } from '../src/discord/render/notices.ts';
import { renderSearch } from '../src/discord/render/search.ts';
import { reply, update } from '../src/discord/respond.ts';
import { escapeText, truncate } from '../src/discord/text.ts';

/** Most hits kept for paging (ten pages). */
const MAX_HITS = 50;

const data = {
  name: 'search',
  description: 'Find the paragraphs of the articles that use your words, best first.',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Words to look for, e.g. Syrian fighters',
      required: true,
      max_length: QUERY_MAX_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'source',
      description: 'Only this article (start typing its title or outlet)',
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const search = {
  data,
  async execute(interaction, ctx) {
    const query = interaction.options.getString('query', true);
    const sourceText = interaction.options.getString('source');
    const article = sourceText === null ? undefined : resolveArticle(sourceText, ctx.engine.articles);
    if (sourceText !== null && article === undefined) {
      throw new NewsdeskError(
        'not-found',
        `No article matches “${escapeText(truncate(sourceText, 100))}”. Pick one from the list that appears as you type, or see /sources.`,
      );
    }
    const hits = ctx.engine.search(query, { articleId: article?.id, limit: MAX_HITS });
    const session: SearchSession = {
      owner: interaction.user.id,
      query,
      article,
      hits,
      stats: corpusStats(ctx.engine),
    };
    const view = { session: ctx.searchSessions.create(session), query, article, page: 1, ephemeral: false };
    await reply(interaction, renderSearch(hits, view, session.stats));
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(interaction.options.getFocused(), ctx.engine.articles));
  },
  async button(interaction, id, ctx) {
    if (id.view !== 'search') return;
    const session = ctx.searchSessions.get(id.session);
    if (session === undefined) return reply(interaction, expiredNotice('search'));
    if (id.page < 1 || id.page > pageCount(session.hits.length, SEARCH_PAGE_SIZE)) {
      return reply(interaction, forgedButtonNotice());
    }
    const base = { query: session.query, article: session.article, page: id.page };
    if (interaction.user.id === session.owner) {
      return update(
        interaction,
        renderSearch(session.hits, { ...base, session: id.session, ephemeral: false }, session.stats),
      );
    }
    const copy = ctx.searchSessions.create({ ...session, owner: interaction.user.id });
    return reply(
      interaction,
      renderSearch(session.hits, { ...base, session: copy, ephemeral: true }, session.stats),
    );
  },
} satisfies Command;

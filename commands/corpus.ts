import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Actor } from '../src/core/engine.ts';
import { MAX_DATE_LENGTH, MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../src/core/upload.ts';
import { downloadAttachment } from '../src/discord/attachments.ts';
import { articleChoices, exactArticle, trashChoices, trashTarget } from '../src/discord/autocomplete.ts';
import type { Command } from '../src/discord/command.ts';
import { type BotContext, corpusStats } from '../src/discord/context.ts';
import type { ReplyPayload } from '../src/discord/payload.ts';
import { actorOf, mayCurate, requesterOf } from '../src/discord/permissions.ts';
import {
  type CurationAction,
  renderArticleAdded,
  renderArticleRemoved,
  renderArticleRestored,
  renderCorpusStatus,
  renderCurationRefusal,
} from '../src/discord/render/corpus.ts';
import { notice } from '../src/discord/render/elements.ts';
import { deferEarly, reply } from '../src/discord/respond.ts';

const data = {
  name: 'corpus',
  description: 'Moderators: add, remove or restore articles, and see the state of the corpus.',
  // Hidden from members without Manage Server unless a server overrides it; checked again at run time.
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  // In a DM only the bot owners get past the check.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'add',
      description: 'Add an article from a .txt, .md or .html file; the options override what the file says.',
      options: [
        {
          type: ApplicationCommandOptionType.Attachment,
          name: 'file',
          description: 'The article: a .txt, .md or .html file',
          required: true,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'title',
          description: 'Its headline',
          max_length: MAX_TITLE_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'source',
          description: 'The outlet that published it, e.g. Coast Herald',
          max_length: MAX_SOURCE_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'date',
          description: 'When it was published, e.g. 2024-02-14',
          max_length: MAX_DATE_LENGTH,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'The web address of the original (http or https)',
          max_length: MAX_URL_LENGTH,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'remove',
      description: 'Take an article out of the corpus; its file goes to the trash and can be restored.',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'article',
          description: 'Start typing its title or outlet',
          required: true,
          autocomplete: true,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'restore',
      description: 'Bring a removed article back from the trash.',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'article',
          description: 'Start typing its title or file name',
          required: true,
          autocomplete: true,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'status',
      description: 'Articles, skipped files, the last reload, the saved index and the latest changes.',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

type Subcommand = CurationAction | 'status';

interface Change {
  readonly interaction: ChatInputCommandInteraction;
  readonly ctx: BotContext;
  readonly actor: Actor;
  readonly log: Logger;
}

async function addArticle({ interaction, ctx, actor, log }: Change): Promise<ReplyPayload> {
  const file = interaction.options.getAttachment('file', true);
  const option = (name: string) => interaction.options.getString(name) ?? undefined;
  const bytes = await downloadAttachment({ name: file.name, url: file.url, size: file.size }, ctx.download);
  const added = await ctx.engine.addArticle({
    fileName: file.name,
    bytes,
    title: option('title'),
    source: option('source'),
    date: option('date'),
    url: option('url'),
    actor,
  });
  log.info(
    { file: added.file, paragraphs: added.article.paragraphs, fromHtml: added.fromHtml },
    'article added',
  );
  return renderArticleAdded(added, corpusStats(ctx.engine));
}

async function removeArticle({ interaction, ctx, actor, log }: Change): Promise<ReplyPayload> {
  const typed = interaction.options.getString('article', true);
  // Autocomplete fills in the article id; a file name or an exact title works too, and nothing fuzzier.
  const target = exactArticle(typed, ctx.engine.articles)?.file ?? typed;
  const removed = await ctx.engine.removeArticle(target, actor);
  log.info({ file: removed.file, trashName: removed.trashName }, 'article removed');
  return renderArticleRemoved(removed, corpusStats(ctx.engine));
}

async function restoreArticle({ interaction, ctx, actor, log }: Change): Promise<ReplyPayload> {
  const typed = interaction.options.getString('article', true);
  const target = trashTarget(typed, await ctx.engine.trashedArticles());
  const restored = await ctx.engine.restoreArticle(target, actor);
  log.info({ file: restored.file, trashName: restored.trashName }, 'article restored');
  return renderArticleRestored(restored, corpusStats(ctx.engine));
}

const changes: Readonly<Record<CurationAction, (change: Change) => Promise<ReplyPayload>>> = {
  add: addArticle,
  remove: removeArticle,
  restore: restoreArticle,
};

export const corpus = {
  data,
  ephemeral: () => true,
  async execute(interaction, ctx) {
    const subcommand = interaction.options.getSubcommand(true) as Subcommand;
    const who = requesterOf(interaction);
    const decision = mayCurate(who, ctx.config);
    const log = ctx.logger.child({
      command: 'corpus',
      subcommand,
      user: who.userId,
      guild: interaction.guildId ?? 'dm',
    });
    if (!decision.allowed) {
      log.warn({ reason: decision.reason }, 'corpus command refused');
      return reply(interaction, notice(decision.reason));
    }
    if (subcommand === 'status') {
      const trashed = await ctx.engine.trashedArticles();
      return reply(interaction, renderCorpusStatus(ctx.engine.status(), trashed.length));
    }
    // A download and an index update can take longer than Discord's 3 seconds.
    deferEarly(interaction, true);
    const actor = actorOf(interaction);
    // A refusal (a NewsdeskError) goes to the one catch, which shows it with `refusal` below.
    await reply(
      interaction,
      await changes[subcommand]({ interaction, ctx, actor, log: log.child({ via: decision.via }) }),
    );
  },
  refusal(interaction, error) {
    const subcommand = interaction.options.getSubcommand(false);
    return subcommand === 'add' || subcommand === 'remove' || subcommand === 'restore'
      ? renderCurationRefusal(subcommand, error.message)
      : undefined;
  },
  async autocomplete(interaction, ctx) {
    // Only moderators see what is in the trash (and get choices at all).
    if (!mayCurate(requesterOf(interaction), ctx.config).allowed) return interaction.respond([]);
    const typed = interaction.options.getFocused();
    switch (interaction.options.getSubcommand(false)) {
      case 'remove':
        return interaction.respond(articleChoices(typed, ctx.engine.articles));
      case 'restore':
        return interaction.respond(trashChoices(typed, await ctx.engine.trashedArticles()));
      default:
        return interaction.respond([]);
    }
  },
} satisfies Command;

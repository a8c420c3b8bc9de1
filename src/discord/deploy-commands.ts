import { type EntryPoint, EXIT, runEntryPoint } from '../cli/entry.ts';
import { loadConfig } from '../config.ts';
import { NewsdeskError } from '../core/errors.ts';

/** `npm run deploy-commands`: registers the slash commands in DISCORD_GUILD_ID, or globally. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write(`unknown argument ${argv.join(' ')}; see npm run deploy-commands -- --help\n`);
    return EXIT.usage;
  }
  // The same checks as the bot: commands are not registered for a bot that could not start.
  const config = loadConfig({ indexAccess: 'read' });
  const { token, guildId, apiUrl } = config.discord;
  if (token === undefined) {
    throw new NewsdeskError(
      'invalid-config',
      'DISCORD_TOKEN is required to register commands (see .env.example).',
    );
  }
  // Loaded only now, so that --help and a configuration problem answer at once.
  const [{ REST }, { commands }, { describeChanges, registerCommands }, { unreachableError }] =
    await Promise.all([
      import('discord.js'),
      import('../../commands/index.ts'),
      import('./registration.ts'),
      import('./bot.ts'),
    ]);
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const scope = guildId ? ({ kind: 'guild', guildId } as const) : ({ kind: 'global' } as const);
  try {
    const changes = await registerCommands(rest, commands, scope);
    console.log(describeChanges(changes, scope));
    return EXIT.ok;
  } catch (error) {
    const unreachable = unreachableError(error, apiUrl);
    if (unreachable) throw unreachable;
    const status = (error as { status?: number }).status;
    const hint =
      status === 401
        ? ' Check DISCORD_TOKEN.'
        : status === 403
          ? ' Is the bot in that server (with the applications.commands scope)?'
          : '';
    throw new NewsdeskError(
      'discord-rejected',
      `Could not register the commands: ${(error as Error).message}.${hint}`,
      { cause: error },
    );
  }
}

runEntryPoint({
  usage: ['npm run deploy-commands'],
  summary:
    'Registers the slash commands in the server DISCORD_GUILD_ID (shown at once), or globally when it is unset, and prints what was added, updated, removed or unchanged.',
  settings: ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'],
  main,
  exitWhenDone: true,
} satisfies EntryPoint);

import { REST } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { loadConfigOrReport } from '../config.ts';
import { describeChanges, registerCommands, type Scope } from './registration.ts';

/** `npm run deploy-commands`: registers the slash commands in DISCORD_GUILD_ID, or globally. */
async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  const { token, guildId, apiUrl } = config.discord;
  if (token === undefined) {
    console.error('DISCORD_TOKEN is required to register commands (see .env.example).');
    return 2;
  }
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const scope: Scope = guildId ? { kind: 'guild', guildId } : { kind: 'global' };
  try {
    const changes = await registerCommands(rest, commands, scope);
    console.log(describeChanges(changes, scope));
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 401
        ? ' Check DISCORD_TOKEN.'
        : status === 403
          ? ' Is the bot in that server (with the applications.commands scope)?'
          : '';
    console.error(`Could not register the commands: ${(error as Error).message}.${hint}`);
    return 1;
  }
}

process.exit(await main());

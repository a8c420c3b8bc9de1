import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { Command } from './command.ts';

export type Scope = { readonly kind: 'guild'; readonly guildId: string } | { readonly kind: 'global' };

type Body = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The registration bodies for a scope. Command contexts and install types exist for global commands
 * only, so a server registration leaves them out (and its commands do not show in DMs).
 */
export function commandBodies(commands: readonly Command[], scope: Scope): Body[] {
  return commands.map((command) => {
    if (scope.kind === 'global') return command.data;
    const { contexts: _contexts, integration_types: _types, ...body } = command.data;
    return body;
  });
}

interface OptionLike {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: readonly { name: string; value: string | number }[];
  options?: readonly OptionLike[];
}

function optionKey(o: OptionLike): unknown {
  return [
    o.type,
    o.name,
    o.description,
    o.required ?? false,
    o.autocomplete ?? false,
    o.min_length ?? null,
    o.max_length ?? null,
    o.min_value ?? null,
    o.max_value ?? null,
    (o.choices ?? []).map((c) => [c.name, c.value]),
    (o.options ?? []).map(optionKey),
  ];
}

/** What Discord compares: the fields this bot sets, with Discord's defaults filled in. */
function commandKey(c: Body | APIApplicationCommand, scope: Scope): string {
  const options = (c.options ?? []) as readonly (APIApplicationCommandOption & OptionLike)[];
  return JSON.stringify([
    c.type ?? 1,
    c.name,
    c.description,
    c.default_member_permissions ?? null,
    c.nsfw ?? false,
    scope.kind === 'global' ? [...(c.contexts ?? [])].sort() : null,
    scope.kind === 'global' ? [...(c.integration_types ?? [])].sort() : null,
    options.map(optionKey),
  ]);
}

export interface CommandChanges {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

export function diffCommands(
  existing: readonly APIApplicationCommand[],
  next: readonly Body[],
  scope: Scope,
): CommandChanges {
  const before = new Map(existing.map((c) => [c.name, c]));
  const names = new Set(next.map((c) => c.name));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const body of next) {
    const old = before.get(body.name);
    if (old === undefined) added.push(body.name);
    else if (commandKey(old, scope) !== commandKey(body, scope)) updated.push(body.name);
    else unchanged.push(body.name);
  }
  const removed = existing.filter((c) => !names.has(c.name)).map((c) => c.name);
  return { added, updated, removed, unchanged };
}

/** What `npm run deploy-commands` prints. */
export function describeChanges(changes: CommandChanges, scope: Scope): string {
  const total = changes.added.length + changes.updated.length + changes.unchanged.length;
  const where =
    scope.kind === 'guild'
      ? `in server ${scope.guildId} (changes show at once; server commands do not appear in DMs, unset DISCORD_GUILD_ID to register globally)`
      : 'globally (Discord can take a while to show changes everywhere)';
  const nothing = changes.added.length + changes.updated.length + changes.removed.length === 0;
  const lines = [
    nothing ? `${total} commands already up to date ${where}.` : `Registered ${total} commands ${where}:`,
  ];
  if (!nothing) {
    for (const [label, names] of Object.entries(changes)) {
      if (names.length > 0) lines.push(`  ${label}: ${names.map((n: string) => `/${n}`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * Registers the commands in one bulk overwrite, after reading what is registered now to say what changed.
 * Does nothing when everything is already up to date.
 */
export async function registerCommands(
  rest: REST,
  commands: readonly Command[],
  scope: Scope,
): Promise<CommandChanges> {
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const route =
    scope.kind === 'guild'
      ? Routes.applicationGuildCommands(app.id, scope.guildId)
      : Routes.applicationCommands(app.id);
  const existing = (await rest.get(route)) as APIApplicationCommand[];
  const bodies = commandBodies(commands, scope);
  const changes = diffCommands(existing, bodies, scope);
  if (changes.added.length + changes.updated.length + changes.removed.length > 0) {
    await rest.put(route, { body: bodies });
  }
  return changes;
}

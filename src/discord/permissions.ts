import {
  type APIInteractionGuildMember,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  PermissionFlagsBits,
} from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import type { Actor } from '../core/engine.ts';

/** Who is asking, reduced to what the permission check needs. */
export interface Requester {
  readonly userId: string;
  readonly inGuild: boolean;
  /** Manage Server (or Administrator) in the server the command came from. */
  readonly canManageGuild: boolean;
  readonly roleIds: readonly string[];
}

export type ModeratorDecision =
  | { readonly allowed: true; readonly via: 'owner' | 'manage-server' | 'moderator-role' }
  | { readonly allowed: false; readonly reason: string };

/** What a refused requester is told, in a server and in a DM. */
interface Refusals {
  readonly inGuild: string;
  readonly inDm: string;
}

const RELOAD_REFUSALS: Refusals = {
  inGuild: 'Reloading the corpus needs the Manage Server permission or a moderator role.',
  inDm: 'In a direct message only the bot owners can reload the corpus. Ask a moderator in a server.',
};

const CORPUS_REFUSALS: Refusals = {
  inGuild: 'Managing the corpus needs the Manage Server permission or a moderator role.',
  inDm: 'In a direct message only the bot owners can manage the corpus. Ask a moderator in a server.',
};

/**
 * The one moderator rule: bot owners anywhere; in a server, Manage Server or a moderator role. Commands
 * that change things also carry Manage Server as their default member permission, but a server can
 * override that, so the check is repeated at run time.
 */
function decide(
  who: Requester,
  config: Pick<DiscordConfig, 'ownerIds' | 'moderatorRoleIds'>,
  refusals: Refusals,
): ModeratorDecision {
  if (config.ownerIds.includes(who.userId)) return { allowed: true, via: 'owner' };
  if (!who.inGuild) return { allowed: false, reason: refusals.inDm };
  if (who.canManageGuild) return { allowed: true, via: 'manage-server' };
  if (who.roleIds.some((role) => config.moderatorRoleIds.includes(role))) {
    return { allowed: true, via: 'moderator-role' };
  }
  return { allowed: false, reason: refusals.inGuild };
}

/** Whether `who` may reload the corpus (`/reload`). */
export function mayReload(
  who: Requester,
  config: Pick<DiscordConfig, 'ownerIds' | 'moderatorRoleIds'>,
): ModeratorDecision {
  return decide(who, config, RELOAD_REFUSALS);
}

/** Whether `who` may add, remove and restore articles and see the corpus status (`/corpus`). */
export function mayCurate(
  who: Requester,
  config: Pick<DiscordConfig, 'ownerIds' | 'moderatorRoleIds'>,
): ModeratorDecision {
  return decide(who, config, CORPUS_REFUSALS);
}

function roleIds(member: GuildMember | APIInteractionGuildMember | null): string[] {
  if (member === null) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

export function requesterOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Requester {
  return {
    userId: interaction.user.id,
    inGuild: interaction.inGuild(),
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    roleIds: roleIds(interaction.member),
  };
}

/** The moderator as the audit log records them: user id and user name (unique on Discord). */
export function actorOf(interaction: {
  readonly user: { readonly id: string; readonly username: string };
}): Actor {
  return { id: interaction.user.id, name: interaction.user.username };
}

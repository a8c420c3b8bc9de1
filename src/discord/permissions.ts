import type { DiscordConfig } from '../config.ts';

/** Who is asking, reduced to what the permission check needs. */
export interface Requester {
  readonly userId: string;
  readonly inGuild: boolean;
  /** Manage Server (or Administrator) in the server the command came from. */
  readonly canManageGuild: boolean;
  readonly roleIds: readonly string[];
}

export type ReloadDecision =
  | { readonly allowed: true; readonly via: 'owner' | 'manage-server' | 'moderator-role' }
  | { readonly allowed: false; readonly reason: string };

/**
 * Whether `who` may reload the corpus. `/reload` also carries Manage Server as its default member
 * permission, but a server can override that, so the check is repeated here.
 */
export function mayReload(
  who: Requester,
  config: Pick<DiscordConfig, 'ownerIds' | 'moderatorRoleIds'>,
): ReloadDecision {
  if (config.ownerIds.includes(who.userId)) return { allowed: true, via: 'owner' };
  if (!who.inGuild) {
    return {
      allowed: false,
      reason: 'In a direct message only the bot owners can reload the corpus. Ask a moderator in a server.',
    };
  }
  if (who.canManageGuild) return { allowed: true, via: 'manage-server' };
  if (who.roleIds.some((role) => config.moderatorRoleIds.includes(role))) {
    return { allowed: true, via: 'moderator-role' };
  }
  return {
    allowed: false,
    reason: 'Reloading the corpus needs the Manage Server permission or a moderator role.',
  };
}

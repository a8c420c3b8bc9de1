import { describe, expect, test } from 'vitest';
import { actorOf, mayCurate, mayReload, type Requester } from '../../src/discord/permissions.ts';

const OWNER = '100000000000000001';
const MOD_ROLE = '200000000000000002';
const config = { ownerIds: [OWNER], moderatorRoleIds: [MOD_ROLE] };
const member = (over: Partial<Requester>): Requester => ({
  userId: '300000000000000003',
  inGuild: true,
  canManageGuild: false,
  roleIds: [],
  ...over,
});

const REFUSED_GUILD = 'Reloading the corpus needs the Manage Server permission or a moderator role.';
const REFUSED_DM =
  'In a direct message only the bot owners can reload the corpus. Ask a moderator in a server.';

describe('mayReload', () => {
  const cases = [
    { who: 'owner in a server', req: member({ userId: OWNER }), expected: { allowed: true, via: 'owner' } },
    {
      who: 'owner in a DM',
      req: member({ userId: OWNER, inGuild: false }),
      expected: { allowed: true, via: 'owner' },
    },
    {
      who: 'Manage Server',
      req: member({ canManageGuild: true }),
      expected: { allowed: true, via: 'manage-server' },
    },
    {
      who: 'moderator role',
      req: member({ roleIds: ['9', MOD_ROLE] }),
      expected: { allowed: true, via: 'moderator-role' },
    },
    {
      who: 'plain member',
      req: member({ roleIds: ['9'] }),
      expected: { allowed: false, reason: REFUSED_GUILD },
    },
    {
      who: 'stranger in a DM',
      req: member({ inGuild: false }),
      expected: { allowed: false, reason: REFUSED_DM },
    },
    {
      who: 'Manage Server means nothing in a DM',
      req: member({ inGuild: false, canManageGuild: true, roleIds: [MOD_ROLE] }),
      expected: { allowed: false, reason: REFUSED_DM },
    },
  ] as const;
  for (const { who, req, expected } of cases) {
    test(who, () => {
      expect(mayReload(req, config)).toEqual(expected);
    });
  }

  test('no moderator roles configured: roles grant nothing', () => {
    expect(mayReload(member({ roleIds: [MOD_ROLE] }), { ownerIds: [], moderatorRoleIds: [] })).toEqual({
      allowed: false,
      reason: REFUSED_GUILD,
    });
  });
});

describe('mayCurate: the same rule as mayReload, its own wording', () => {
  const CORPUS_GUILD = 'Managing the corpus needs the Manage Server permission or a moderator role.';
  const CORPUS_DM =
    'In a direct message only the bot owners can manage the corpus. Ask a moderator in a server.';
  const cases = [
    {
      who: 'owner in a DM',
      req: member({ userId: OWNER, inGuild: false }),
      expected: { allowed: true, via: 'owner' },
    },
    {
      who: 'Manage Server',
      req: member({ canManageGuild: true }),
      expected: { allowed: true, via: 'manage-server' },
    },
    {
      who: 'moderator role',
      req: member({ roleIds: [MOD_ROLE] }),
      expected: { allowed: true, via: 'moderator-role' },
    },
    { who: 'plain member', req: member({}), expected: { allowed: false, reason: CORPUS_GUILD } },
    {
      who: 'a moderator in a DM',
      req: member({ inGuild: false, canManageGuild: true, roleIds: [MOD_ROLE] }),
      expected: { allowed: false, reason: CORPUS_DM },
    },
  ] as const;
  for (const { who, req, expected } of cases) {
    test(who, () => {
      expect(mayCurate(req, config)).toEqual(expected);
      // Whoever may reload may curate, and the other way round.
      expect(mayCurate(req, config).allowed).toBe(mayReload(req, config).allowed);
    });
  }

  test('actorOf: the user id and user name', () => {
    expect(actorOf({ user: { id: OWNER, username: 'ana' } })).toEqual({ id: OWNER, name: 'ana' });
  });
});

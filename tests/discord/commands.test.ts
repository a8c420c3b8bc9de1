import { describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import { commandBodies } from '../../src/discord/registration.ts';

/** Characters Discord counts toward a command's 8000: names, descriptions, choice names and values. */
function commandSize(data: { name: string; description: string; options?: readonly unknown[] }): number {
  // biome-ignore lint/suspicious/noExplicitAny: walking API JSON
  const walk = (o: any): number =>
    o.name.length +
    o.description.length +
    // biome-ignore lint/suspicious/noExplicitAny: walking API JSON
    (o.choices ?? []).reduce((n: number, c: any) => n + c.name.length + String(c.value).length, 0) +
    (o.options ?? []).reduce((n: number, c: unknown) => n + walk(c), 0);
  return walk(data);
}

describe('command definitions', () => {
  test('the list: ask, search, claims, sources, source, reload, corpus, help, each with a handler', () => {
    expect(commands.map((c) => c.data.name)).toEqual([
      'ask',
      'search',
      'claims',
      'sources',
      'source',
      'reload',
      'corpus',
      'help',
    ]);
    for (const c of commands) expect(typeof c.execute).toBe('function');
  });

  for (const command of commands) {
    const { data } = command;
    test(`/${data.name} is within Discord's limits`, () => {
      expect(data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(data.description.length).toBeGreaterThanOrEqual(1);
      expect(data.description.length).toBeLessThanOrEqual(100);
      expect((data.options ?? []).length).toBeLessThanOrEqual(25);
      expect(commandSize(data)).toBeLessThanOrEqual(8000);
      // Subcommands carry options of their own.
      const options = (data.options ?? []).flatMap((option) => [
        option,
        ...('options' in option ? (option.options ?? []) : []),
      ]);
      for (const option of options) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeGreaterThanOrEqual(1);
        expect(option.description.length).toBeLessThanOrEqual(100);
        if ('options' in option) expect((option.options ?? []).length).toBeLessThanOrEqual(25);
        if ('max_length' in option && option.max_length !== undefined)
          expect(option.max_length).toBeLessThanOrEqual(6000);
        if ('autocomplete' in option && option.autocomplete)
          expect(command.autocomplete).toBeTypeOf('function');
      }
    });
  }

  test('every command works in servers and bot DMs (reload too, for owners), installed to servers', () => {
    for (const { data } of commands) {
      expect(data.contexts).toEqual([0, 1]);
      expect(data.integration_types).toEqual([0]);
    }
  });

  test('only /reload and /corpus need Manage Server by default', () => {
    const defaults = Object.fromEntries(
      commands.map((c) => [c.data.name, c.data.default_member_permissions]),
    );
    expect(defaults).toEqual({
      ask: undefined,
      search: undefined,
      sources: undefined,
      source: undefined,
      reload: '32',
      corpus: '32',
      help: undefined,
    });
  });

  test('/corpus: add (a required attachment, then four optional texts), remove, restore, status', () => {
    const corpus = commands.find((c) => c.data.name === 'corpus');
    const shape = (corpus?.data.options ?? []).map((sub) => ({
      name: sub.name,
      type: sub.type,
      options: ('options' in sub ? (sub.options ?? []) : []).map((o) => [
        o.name,
        o.type,
        'required' in o && o.required === true,
        'autocomplete' in o && o.autocomplete === true,
      ]),
    }));
    expect(shape).toEqual([
      {
        name: 'add',
        type: 1,
        options: [
          ['file', 11, true, false],
          ['title', 3, false, false],
          ['source', 3, false, false],
          ['date', 3, false, false],
          ['url', 3, false, false],
        ],
      },
      { name: 'remove', type: 1, options: [['article', 3, true, true]] },
      { name: 'restore', type: 1, options: [['article', 3, true, true]] },
      { name: 'status', type: 1, options: [] },
    ]);
  });

  test('server registration leaves out contexts and install types', () => {
    const bodies = commandBodies(commands, { kind: 'guild', guildId: '123456789012345678' });
    for (const body of bodies) {
      expect(body).not.toHaveProperty('contexts');
      expect(body).not.toHaveProperty('integration_types');
    }
    expect(commandBodies(commands, { kind: 'global' })[0]).toHaveProperty('contexts', [0, 1]);
  });
});

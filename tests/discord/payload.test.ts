import { describe, expect, test } from 'vitest';
import { embedLength, fitPayload, type ReplyPayload } from '../../src/discord/payload.ts';
import { limitViolations } from '../helpers/discord-limits.ts';

const base: ReplyPayload = { embeds: [], components: [], ephemeral: false };
const toApi = (p: ReplyPayload) => ({ content: p.content, embeds: p.embeds, components: p.components });

describe('fitPayload', () => {
  test('leaves a payload within limits as it is', () => {
    const payload: ReplyPayload = {
      content: 'hi',
      embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }], footer: { text: 'f' } }],
      components: [],
      ephemeral: true,
    };
    expect(fitPayload(payload)).toEqual(payload);
  });

  test('cuts each part to its own limit', () => {
    const fitted = fitPayload({
      ...base,
      content: 'c'.repeat(2500),
      embeds: [
        {
          title: 't'.repeat(300),
          description: 'd'.repeat(5000),
          footer: { text: 'f'.repeat(10) },
          author: { name: 'a'.repeat(300) },
        },
      ],
    });
    expect(fitted.content).toBe(`${'c'.repeat(1999)}…`);
    expect(fitted.embeds[0]?.title).toBe(`${'t'.repeat(255)}…`);
    expect(fitted.embeds[0]?.author?.name).toBe(`${'a'.repeat(255)}…`);
    expect(fitted.embeds[0]?.description).toBe(`${'d'.repeat(4095)}…`);
  });

  test('fields: at most 25, names and values cut, empty ones filled', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      name: i === 0 ? '' : i === 1 ? 'n'.repeat(300) : 'n',
      value: i === 0 ? '' : 'v',
    }));
    const fitted = fitPayload({ ...base, embeds: [{ fields }] });
    expect(fitted.embeds[0]?.fields).toHaveLength(25);
    expect(fitted.embeds[0]?.fields?.[0]).toEqual({ name: '\u200b', value: '\u200b' });
    expect(fitted.embeds[0]?.fields?.[1]?.name).toBe(`${'n'.repeat(255)}…`);
  });

  test('over 6000 in all: descriptions shrink from the last embed, then trailing fields go', () => {
    const fitted = fitPayload({
      ...base,
      embeds: [
        { title: 'one', description: 'a'.repeat(4000) },
        { title: 'two', description: 'b'.repeat(4000) },
      ],
    });
    expect(fitted.embeds[0]?.description).toBe('a'.repeat(4000));
    expect(fitted.embeds[1]?.description).toBe(`${'b'.repeat(1993)}…`);
    expect(fitted.embeds.reduce((n, e) => n + embedLength(e), 0)).toBe(6000);

    const fieldy = fitPayload({
      ...base,
      embeds: [
        {
          description: 'x'.repeat(100),
          fields: Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) })),
        },
      ],
    });
    expect(fieldy.embeds[0]?.fields?.map((f) => f.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(limitViolations(toApi(fieldy))).toEqual([]);
  });

  test('more than 10 embeds, rows and buttons are cut; labels shortened', () => {
    const row = {
      type: 1 as const,
      components: Array.from({ length: 7 }, (_, i) => ({
        type: 2 as const,
        style: 2 as const,
        custom_id: `id${i}`,
        label: 'L'.repeat(90),
      })),
    };
    const fitted = fitPayload({
      ...base,
      embeds: Array.from({ length: 12 }, () => ({ title: 'x' })),
      components: Array.from({ length: 6 }, () => row),
    });
    expect(fitted.embeds).toHaveLength(10);
    expect(fitted.components).toHaveLength(5);
    expect(fitted.components[0]?.components).toHaveLength(5);
    const first = fitted.components[0]?.components[0];
    expect(first && 'label' in first ? first.label : '').toBe(`${'L'.repeat(79)}…`);
  });

  test('a custom id over 100 characters is a bug, not something to cut', () => {
    const bad = {
      ...base,
      components: [
        {
          type: 1 as const,
          components: [{ type: 2 as const, style: 2 as const, custom_id: 'x'.repeat(101), label: 'x' }],
        },
      ],
    };
    expect(() => fitPayload(bad)).toThrowError(
      `Custom id out of bounds (101 characters): ${'x'.repeat(101)}`,
    );
  });
});

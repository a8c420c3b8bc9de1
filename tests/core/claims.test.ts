import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { claimsAsText } from '../../src/core/claims.ts';
import { Newsdesk } from '../../src/core/engine.ts';

const CORPUS = path.resolve(import.meta.dirname, '../fixtures/claims');
let engine: Newsdesk;

beforeAll(async () => {
  engine = await Newsdesk.open({ corpusDir: CORPUS });
});

describe('Newsdesk.claims', () => {
  test('every stance on the topic, grouped, each with who takes it and where', () => {
    const report = engine.claims('dam gates');
    const seen = report.statements.map((s) => [s.stance, s.attributedTo, s.article.source]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['asserts', 'Residents', 'Valley Times'],
        ['confirms', 'Aster Power', 'Coast Herald'],
        ['denies', 'Aster Power', 'Valley Times'],
        ['denies', 'Aster Power', 'Hill Post'],
        ['doubts', 'Engineers', 'Coast Herald'],
      ]),
    );
    const order = report.statements.map((s) => s.stance);
    expect(order).toEqual([...order].sort((a, b) => RANK[a] - RANK[b]));
    expect(report.counts.denies).toBe(order.filter((s) => s === 'denies').length);
    for (const s of report.statements) {
      expect(s.article.paragraphs[s.paragraph - 1]?.text).toContain(s.sentence);
      expect(s.cue).not.toBe('');
    }
  });

  test('"did not deny" is not a denial', () => {
    const notDenied = engine.claims('dam gates').statements.find((s) => s.sentence.includes('did not deny'));
    expect(notDenied?.stance).toBe('asserts');
  });

  test('a topic no article takes a stance on: no statements', () => {
    const report = engine.claims('bananas in Peru');
    expect(report.statements).toEqual([]);
    expect(claimsAsText(report, 5)).toBe('No article says anything for or against “bananas in Peru”.');
  });

  test('as text: one line per statement, the rest counted', () => {
    const report = engine.claims('dam gates');
    const lines = claimsAsText(report, 2).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^Claimed — [^:]+: “[^”]+” \((Valley Times|Coast Herald|Hill Post), paragraph \d\)$/,
    );
    expect(lines[2]).toBe(`…and ${report.statements.length - 2} more.`);
  });
});

const RANK = { asserts: 0, confirms: 1, denies: 2, doubts: 3 } as const;

import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_MEMORY, AuditLog } from '../../src/core/audit.ts';

const ana = { id: '1', name: 'ana' };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-audit-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('AuditLog', () => {
  it('appends one JSON line per entry and reads the latest back when opened again', async () => {
    const file = join(dir, 'logs', 'audit.jsonl');
    const log = await AuditLog.open(file);
    await log.record({
      moderator: ana,
      action: 'add',
      article: 'a.txt',
      result: 'ok',
      time: '2024-01-01T00:00:00.000Z',
    });
    await log.record({
      moderator: { id: '2', name: 'line\nbreak "quoted"' },
      action: 'remove',
      article: 'b.txt',
      result: 'error',
      error: 'no article "b.txt" in the corpus',
      time: '2024-01-01T00:00:01.000Z',
    });
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      moderator: ana,
      action: 'add',
      article: 'a.txt',
      result: 'ok',
      time: '2024-01-01T00:00:00.000Z',
    });

    const again = await AuditLog.open(file);
    expect(again.summary()).toEqual({
      file,
      recent: [
        expect.objectContaining({ action: 'remove', moderator: { id: '2', name: 'line\nbreak "quoted"' } }),
        expect.objectContaining({ action: 'add' }),
      ],
      counts: { add: 1, remove: 1, restore: 0, reload: 0 },
      failures: 1,
      writeError: null,
    });
  });

  it('skips a torn last line and lines that are not entries', async () => {
    const file = join(dir, 'audit.jsonl');
    const entry = {
      moderator: ana,
      action: 'reload',
      article: '',
      result: 'ok',
      time: '2024-01-01T00:00:00Z',
    };
    await writeFile(file, `${JSON.stringify(entry)}\n{"not":"an entry"}\n{"moderator":{"id":"1","na`);
    expect((await AuditLog.open(file)).summary().recent).toEqual([entry]);
  });

  it('keeps only the latest entries in memory', async () => {
    const file = join(dir, 'audit.jsonl');
    const line = (n: number) =>
      `${JSON.stringify({ moderator: ana, action: 'add', article: `${n}.txt`, result: 'ok', time: 't' })}\n`;
    await appendFile(file, Array.from({ length: AUDIT_MEMORY + 50 }, (_, n) => line(n)).join(''));
    const summary = (await AuditLog.open(file)).summary(1);
    expect(summary.counts.add).toBe(AUDIT_MEMORY);
    expect(summary.recent[0]?.article).toBe(`${AUDIT_MEMORY + 49}.txt`);
  });

  it('never throws when it cannot write, and says why in the summary', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const log = await AuditLog.open(join(dir, 'file', 'audit.jsonl'));
    await log.record({ moderator: ana, action: 'add', article: 'a.txt', result: 'ok' });
    expect(log.summary()).toMatchObject({
      recent: [expect.objectContaining({ article: 'a.txt' })],
      writeError: expect.stringMatching(/^cannot write the audit log .*audit\.jsonl: .*(EEXIST|ENOTDIR)/),
    });
  });
});

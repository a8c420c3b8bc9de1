import { describe, expect, it } from 'vitest';
import { CorpusState } from '../../src/core/corpus-state.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { type FileEntry, textHashOf } from '../../src/core/scan.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const entryOf = (a: Article, hash = `hash-${a.file}`): FileEntry => ({
  file: a.file,
  size: 100,
  mtimeMs: 1,
  hash,
  racy: false,
  article: a,
  textHash: textHashOf(a),
});

function stateWithHeard() {
  const heard: string[] = [];
  const state = new CorpusState(loadLexicon(), {
    listener: { changed: () => heard.push('changed'), touched: () => heard.push('touched') },
  });
  return { state, heard };
}

const ferry = article('ferry', { file: 'ferry.txt', texts: ['The ferry runs every twenty minutes.'] });
const dock = article('dock', { file: 'dock.txt', texts: ['Dock workers went on strike.'] });

describe('CorpusState.apply', () => {
  it('indexes what is new and tells the listener; the same entries again change nothing', () => {
    const { state, heard } = stateWithHeard();
    const entries = [entryOf(dock), entryOf(ferry)];
    const first = state.apply(entries, [], performance.now());
    expect([first.added, first.articles, heard]).toEqual([['dock.txt', 'ferry.txt'], 2, ['changed']]);
    const again = state.apply(entries, [], performance.now());
    expect([again.added, again.unchanged, heard]).toEqual([[], 2, ['changed']]);
  });

  it('new times on the same content are only "touched"', () => {
    const { state, heard } = stateWithHeard();
    state.apply([entryOf(ferry)], [], performance.now());
    state.apply([{ ...entryOf(ferry), mtimeMs: 2 }], [], performance.now());
    expect(heard).toEqual(['changed', 'touched']);
  });

  it('loads the first file of an article id and skips the next, naming the first', () => {
    const { state } = stateWithHeard();
    const twin = { ...ferry, file: 'ferry.md' };
    const report = state.apply([entryOf(twin), entryOf(ferry)], [], performance.now());
    expect(report.loaded).toEqual(['ferry.md']);
    expect(state.skipReason('ferry.txt')).toBe('same article id as ferry.md');
    expect(state.findEntry('FERRY.TXT')?.file).toBe('ferry.txt');
    expect(state.duplicateOf(ferry)?.file).toBe('ferry.md');
  });
});

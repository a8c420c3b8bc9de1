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

describe('CorpusState.apply of the same files', () => {
  const ferryLate = article('ferry', { file: 'ferry.txt', texts: ['The ferry now runs every hour.'] });

  it('replaces an edited article in the index and the lists, and says it changed', () => {
    const { state, heard } = stateWithHeard();
    state.apply([entryOf(dock), entryOf(ferry)], [], performance.now());
    const before = state.articles;
    const report = state.apply([entryOf(dock), entryOf(ferryLate, 'hash-2')], [], performance.now());
    expect([report.added, report.changed, report.removed, report.unchanged]).toEqual([
      [],
      ['ferry.txt'],
      [],
      1,
    ]);
    expect(report.loaded).toEqual(['dock.txt', 'ferry.txt']);
    expect(state.articles).toEqual([dock, ferryLate]);
    expect(before).toEqual([dock, ferry]);
    expect(state.loadedArticle('ferry.txt')).toBe(ferryLate);
    expect(state.index.paragraphsWithAll(state.index.lexicon.termsOf('hour'), 5)).toEqual(['ferry#1']);
    expect(state.index.paragraphsWithAll(state.index.lexicon.termsOf('minutes'), 5)).toEqual([]);
    expect(state.knownEntries.get('ferry.txt')?.hash).toBe('hash-2');
    expect(heard).toEqual(['changed', 'changed']);
  });

  it('gives the same state as a fresh start, whatever changed in whichever order', () => {
    const empty: FileEntry = {
      file: 'ferry.txt',
      size: 0,
      mtimeMs: 3,
      hash: 'e',
      racy: false,
      skipped: 'empty',
    };
    const twin = { ...ferryLate, file: 'ferry.md' };
    const steps: FileEntry[][] = [
      [entryOf(dock), entryOf(ferry)],
      [entryOf(dock), entryOf(ferryLate, 'hash-2')],
      [entryOf(dock), empty],
      [entryOf(dock), entryOf(ferry)],
      [entryOf(dock), entryOf(twin), entryOf(ferry)],
      [entryOf(dock), entryOf(twin), entryOf(ferryLate, 'hash-3')],
      [entryOf(dock), entryOf(ferryLate, 'hash-3')],
    ];
    const { state } = stateWithHeard();
    for (const entries of steps) {
      const report = state.apply(entries, [], performance.now());
      const fresh = stateWithHeard().state;
      const expected = fresh.apply(entries, [], performance.now());
      expect([report.loaded, report.skipped, report.articles, report.paragraphs]).toEqual([
        expected.loaded,
        expected.skipped,
        expected.articles,
        expected.paragraphs,
      ]);
      expect(state.articles).toEqual(fresh.articles);
      expect([...state.knownEntries.values()]).toEqual([...fresh.knownEntries.values()]);
      // The index answers alike (its short ids and dirt differ, so its snapshot does).
      const found = (s: CorpusState) =>
        ['ferry', 'hour', 'minutes', 'dock', 'strike'].map((word) => {
          const terms = s.index.lexicon.termsOf(word);
          return [s.index.paragraphsWithAll(terms, 5), terms.map((t) => s.index.frequency(t))];
        });
      expect(found(state)).toEqual(found(fresh));
    }
  });
});

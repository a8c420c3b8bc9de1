import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findQuestionSets, QuestionSetError, readQuestionSet } from '../../src/eval/sets.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-sets-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(path: string, text = '[]') {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('findQuestionSets', () => {
  it('finds the top-level set on the default corpus, then each subfolder set on its own corpus, by name', () => {
    write('dev.json');
    write('zeta/dev.json');
    mkdirSync(join(dir, 'zeta/corpus'));
    write('alpha/dev.json');
    mkdirSync(join(dir, 'alpha/corpus'));
    expect(findQuestionSets(dir, '/articles')).toEqual([
      { name: 'dev', questionsFile: join(dir, 'dev.json'), corpusDir: '/articles' },
      { name: 'alpha', questionsFile: join(dir, 'alpha/dev.json'), corpusDir: join(dir, 'alpha/corpus') },
      { name: 'zeta', questionsFile: join(dir, 'zeta/dev.json'), corpusDir: join(dir, 'zeta/corpus') },
    ]);
  });

  it('passes over other JSON files, folders without questions and hidden folders', () => {
    write('bar.json', '{}');
    write('notes/readme.json');
    write('.cache/dev.json');
    mkdirSync(join(dir, '.cache/corpus'));
    write('only/dev.json');
    mkdirSync(join(dir, 'only/corpus'));
    expect(findQuestionSets(dir, '/articles').map((set) => set.name)).toEqual(['only']);
  });

  it('refuses a set whose corpus folder is missing', () => {
    write('lost/dev.json');
    expect(() => findQuestionSets(dir, '/articles')).toThrow(
      new QuestionSetError('question set lost/dev.json has no lost/corpus folder'),
    );
  });
});

describe('readQuestionSet', () => {
  it('reads an array of questions', () => {
    const questions = [{ id: 'a1', question: 'who rang the bell', answerable: false }];
    write('set.json', JSON.stringify(questions));
    expect(readQuestionSet(join(dir, 'set.json'))).toEqual(questions);
  });

  const broken = [
    { text: '{"id": "a1"}', problem: 'expected a JSON array of questions' },
    { text: '[{"id": "a1"}]', problem: 'entry 1 needs a string "id" and "question"' },
    {
      text: '[{"id": "a1", "question": "why"}, null]',
      problem: 'entry 2 needs a string "id" and "question"',
    },
    { text: '[', problem: 'cannot read question set' },
  ] as const;
  for (const { text, problem } of broken) {
    it(`refuses ${text}`, () => {
      write('set.json', text);
      expect(() => readQuestionSet(join(dir, 'set.json'))).toThrow(QuestionSetError);
      expect(() => readQuestionSet(join(dir, 'set.json'))).toThrow(problem);
    });
  }
});

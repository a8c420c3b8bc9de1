import { describe, expect, it } from 'vitest';
import { wordNetFiles, wordNetKey } from '../../src/core/wordnet-files.ts';
import {
  isPastOfVerbOnly,
  lemmaPosition,
  takesObject,
  takesObjectInfinitive,
} from '../../src/core/wordnet-frames.ts';

describe('takesObjectInfinitive', () => {
  // verbs whose object is told what to do ("asked them to leave"), and verbs whose infinitive after an
  // object gives a purpose ("sent troops to guard it")
  const cases = [
    ['asked', true],
    ['urges', true],
    ['ordered', true],
    ['allowed', true],
    ['sent', false],
    ['deployed', false],
    ['hired', false],
    ['bought', false],
  ] as const;
  for (const [word, takes] of cases) {
    it(`${word}: ${takes}`, () => expect(takesObjectInfinitive(word)).toBe(takes));
  }
});

describe('takesObject', () => {
  // a verb's first tagged sense: "run" is moving on one's feet (no object), "kill" takes one
  const firstSenseTakesObject = (verb: string) => {
    const entry = wordNetFiles().entry(wordNetKey(verb), 'verb');
    if (!entry) throw new Error(`no verb ${verb}`);
    const synset = wordNetFiles().synset(entry.offsets[0] ?? 0, 'verb');
    return takesObject(synset, lemmaPosition(synset, verb));
  };
  it.each([
    { verb: 'kill', takes: true },
    { verb: 'buy', takes: true },
    { verb: 'die', takes: false },
    { verb: 'arrive', takes: false },
  ])('$verb: $takes', ({ verb, takes }) => expect(firstSenseTakesObject(verb)).toBe(takes));
});

describe('isPastOfVerbOnly', () => {
  it.each([
    { word: 'founded', only: true },
    { word: 'rescued', only: true },
    { word: 'arrested', only: true },
    { word: 'speed', only: false },
    { word: 'found', only: false },
    { word: 'walk', only: false },
  ])('$word: $only', ({ word, only }) => expect(isPastOfVerbOnly(word)).toBe(only));
});

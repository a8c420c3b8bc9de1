import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createLexicon,
  englishSpellings,
  isEnglishWord,
  loadLexicon,
  parseSynonymGroups,
  slipOf,
} from '../../src/core/lexicon.ts';

describe('englishSpellings', () => {
  const cases = [
    { typo: 'atorney', meant: 'attorney' },
    { typo: 'compensasion', meant: 'compensation' },
    { typo: 'goverment', meant: 'government' },
    { typo: 'atackers', meant: 'attackers' },
    // two letters swapped
    { typo: 'titel', meant: 'title' },
    { typo: 'bougth', meant: 'bought' },
    // a swap that makes an inflection no word list holds, which only the lemmatiser reads
    { typo: 'conifscated', meant: 'confiscated' },
    { typo: 'gallopped', meant: 'galloped' },
  ] as const;
  for (const { typo, meant } of cases) {
    it(`${typo} → ${meant}`, () => {
      expect(englishSpellings(typo)).toContain(meant);
    });
  }

  it('keeps the first letter, as typos mostly do', () => {
    for (const spelling of englishSpellings('cosst')) expect(spelling[0]).toBe('c');
  });

  it('offers nothing for short words, numbers and non-letters', () => {
    for (const word of ['wich', 'abc', '4000s', 'tür-key', '']) expect(englishSpellings(word)).toEqual([]);
  });
});

describe('isEnglishWord', () => {
  it.each([
    // plurals in "-men", which only WordNet's rules read
    { word: 'gunmen', english: true },
    { word: 'spokesmen', english: true },
    { word: 'policemen', english: true },
    { word: 'fighters', english: true },
    // names, initials and numbers are no English words
    { word: 'pashinyan', english: false },
    { word: 'un', english: false },
    { word: '16s', english: false },
  ])('$word: $english', ({ word, english }) => {
    expect(isEnglishWord(word)).toBe(english);
  });
});

describe('slipOf', () => {
  const frame = ['what', 'which', 'who', 'where', 'when', 'why', 'many', 'much', 'name'];
  const cases = [
    // two letters swapped, a letter lost, added or changed: short words too, in a closed set
    { typed: 'naem', meant: 'name' },
    { typed: 'mnay', meant: 'many' },
    { typed: 'manny', meant: 'many' },
    { typed: 'waht', meant: 'what' },
    { typed: 'mich', meant: 'much' },
    // a letter left out is likelier than one changed: "wher" is where, not when
    { typed: 'wher', meant: 'where' },
    { typed: 'whn', meant: 'when' },
    // English words are as meant; a slip of two of the set, or of none, is not guessed
    { typed: 'mane', meant: undefined },
    { typed: 'whi', meant: undefined },
    { typed: 'nmea', meant: undefined },
    { typed: 'wahtever', meant: undefined },
  ] as const;
  for (const { typed, meant } of cases) {
    it(`${typed} → ${meant}`, () => expect(slipOf(typed, frame)).toBe(meant));
  }
});

describe('one tokeniser from text to index terms', () => {
  const lexicon = loadLexicon();
  it('leaves stop words out and folds word forms to one term', () => {
    expect(lexicon.termsOf('The fighters were sent')).toEqual(lexicon.termsOf('fighter sends'));
    expect(lexicon.wordTerms('Who denied it?').map((w) => w.word)).toEqual(['denied']);
  });

  it('reads "US", "U.S." and "the us" as one name, not as the pronoun', () => {
    const us = lexicon.termsOf('sold in US');
    expect(us).toHaveLength(2);
    expect(lexicon.termsOf('sold in the U.S.')).toEqual(us);
    expect(lexicon.termsOf('sold in the us')).toEqual(us);
    expect(lexicon.termsOf('tell us')).toEqual(lexicon.termsOf('tell'));
    expect(lexicon.related('american').map((r) => r.terms.join(' '))).toContain(us[1]);
  });

  it('keeps a word that only stems like a stop word, folding its forms to one term', () => {
    // "herring" stems as "her", "evening" as "even", "use" as "us"
    expect(lexicon.term('herring')).not.toBeNull();
    expect(lexicon.term('herrings')).toBe(lexicon.term('herring'));
    expect(lexicon.term('evening')).not.toBeNull();
    expect(lexicon.termsOf('using used uses')).toEqual([0, 1, 2].map(() => lexicon.term('use')));
    expect(lexicon.term('use')).not.toBeNull();
    // forms of stop words stay out
    expect(lexicon.term('doing')).toBeNull();
    expect(lexicon.term('others')).toBeNull();
  });

  it('reads an inflection of a stop word the list does not name as a word of its own', () => {
    // the list's "own" is a determiner ("their own"), "mine" a pronoun: "owns" is a verb, "mines" a noun
    expect(lexicon.termsOf('their own')).toEqual([]);
    expect(lexicon.term('owns')).not.toBeNull();
    expect(lexicon.termsOf('owns owning')).toEqual([0, 1].map(() => lexicon.term('owns')));
    expect(lexicon.term('mines')).not.toBeNull();
    // forms meant as stop words are named on the list
    expect(lexicon.termsOf('makes tells seen')).toEqual([]);
  });

  it('folds a verb that drops a silent "e" before its ending to the verb with it', () => {
    // a single consonant after a single vowel: "fined" is fine, "hoped" hope; doubled, "hopped" is hop
    expect(lexicon.termsOf('fined fining fines')).toEqual([0, 1, 2].map(() => lexicon.term('fine')));
    expect(lexicon.termsOf('hoped hoping')).toEqual([0, 1].map(() => lexicon.term('hope')));
    expect(lexicon.term('hoped')).not.toBe(lexicon.term('hop'));
    expect(lexicon.termsOf('hopped hopping')).toEqual([0, 1].map(() => lexicon.term('hop')));
    expect(lexicon.term('visited')).toBe(lexicon.term('visit'));
  });

  it('reads a hyphenated compound also as one word, so e-mail and email meet', () => {
    expect(lexicon.termsOf('e-mails')).toContain(lexicon.term('email'));
    expect(lexicon.termsOf('co-operate')).toContain(lexicon.term('cooperate'));
    expect(lexicon.wordTerms('a 29-year term').map((w) => w.word)).toEqual(['29', 'year', 'term']);
  });

  // A verb and the particle after it that WordNet lists as one verb are also read as that verb,
  // written as one word the way news writes its noun.
  const phrasal = [
    { text: 'the bid was turned down', reads: 'turndown' },
    { text: 'Thorne took over the firm', reads: 'takeover' },
    { text: '900 staff were laid off', reads: 'layoff' },
    { text: 'the chairman stepped down', reads: 'stepdown' },
  ] as const;
  for (const { text, reads } of phrasal) {
    it(`reads "${text}" with the phrasal verb "${reads}"`, () => {
      expect(lexicon.termsOf(text)).toContain(lexicon.term(reads));
    });
  }
  it('reads a particle that makes no verb with the word before it as nothing more', () => {
    // "down the road" after a noun, "smiled back" (no verb WordNet lists): nothing is added
    expect(lexicon.termsOf('the lights turned blue')).toEqual(lexicon.termsOf('lights turn blue'));
    expect(lexicon.termsOf('a shop down the road')).toEqual(lexicon.termsOf('shop road'));
    expect(lexicon.termsOf('the manager smiled back')).toEqual(lexicon.termsOf('manager smile back'));
  });
  it('gives a phrasal verb in the word lists its particle, so "lay off" is no wording of any "lay"', () => {
    const sacking = lexicon.related('sack').map((r) => r.terms.join(' '));
    expect(sacking).toContain(lexicon.termsOf('laid off').join(' '));
    expect(sacking).not.toContain(lexicon.term('lay'));
  });
});

describe('related words', () => {
  it('lists the synonym groups as listed, and general word knowledge by relation', () => {
    const lexicon = createLexicon(
      new Set(['the']),
      parseSynonymGroups('ferry, boat'),
      () => true,
      (word) => (word === 'ferry' ? [{ word: 'ferryboat', relation: 'synonym' }] : []),
    );
    const related = lexicon.related('ferry').map((r) => `${r.terms.join(' ')}/${r.relation}`);
    expect(related).toEqual([`${lexicon.term('boat')}/listed`, `${lexicon.term('ferryboat')}/synonym`]);
    expect(lexicon.related('ferry').some((r) => r.terms.join(' ') === lexicon.term('ferry'))).toBe(false);
  });

  it('reads a verb WordNet lists as its own lemma, not as a form of another verb', () => {
    const lexicon = loadLexicon();
    const synonyms = lexicon
      .related('established')
      .filter((r) => r.relation === 'synonym')
      .map((r) => r.terms.join(' '));
    // "found" (set up) is indexed from "founded" as "found"; the past of "find" is indexed as "find"
    expect(synonyms).toContain(lexicon.term('founded'));
    expect(synonyms).not.toContain(lexicon.term('find'));
  });

  it('passes over a related phrase that stop words leave a plain verb', () => {
    const lexicon = loadLexicon();
    const related = (word: string) => lexicon.related(word).map((r) => r.terms.join(' '));
    // "take over" is left "take", which is in every other sentence; "buyout" is a takeover too
    expect(related('takeover')).not.toContain(lexicon.term('take'));
    expect(related('takeover')).toContain(lexicon.term('buyout'));
  });

  it('reads a related noun in its irregular plural too, which stems apart', () => {
    const lexicon = loadLexicon();
    const related = (word: string) => lexicon.related(word).map((r) => r.terms.join(' '));
    // a robber is a kind of thief, and articles write of "thieves"
    expect(related('robber')).toContain(lexicon.term('thieves'));
    expect(lexicon.term('thieves')).not.toBe(lexicon.term('thief'));
  });

  it('lists the words British news uses for job losses and for the people who lose them', () => {
    const lexicon = loadLexicon();
    const listed = (word: string) =>
      lexicon
        .related(word)
        .filter((r) => r.relation === 'listed')
        .map((r) => r.terms.join(' '));
    expect(listed('sacked')).toContain(lexicon.term('redundant'));
    expect(listed('laid off')).toContain(lexicon.termsOf('job cuts').join(' '));
    expect(listed('workers')).toContain(lexicon.term('staff'));
  });

  it('lists no word with its opposite or its class in the shipped groups', () => {
    const lexicon = loadLexicon();
    const listed = (word: string) =>
      lexicon
        .related(word)
        .filter((r) => r.relation === 'listed')
        .map((r) => r.terms.join(' '));
    expect(listed('win')).toContain(lexicon.term('victory'));
    expect(listed('win')).not.toContain(lexicon.term('lose'));
    expect(listed('deny')).not.toContain(lexicon.term('admit'));
    // a commander is one officer among many
    expect(listed('commander')).not.toContain(lexicon.term('officer'));
  });

  it.each([
    // words of the news WordNet does not relate: "jail" and "prison" are sister classes there, and
    // its "MP" is a military policeman
    { word: 'prison', related: 'jail' },
    { word: 'compensation', related: 'damages' },
    { word: 'mp', related: 'lawmaker' },
    { word: 'ceo', related: 'boss' },
    { word: 'uav', related: 'drone' },
    { word: 'exercise', related: 'drill' },
    { word: 'excuse', related: 'reason' },
    { word: 'head back', related: 'return' },
    { word: 'lift', related: 'reverse' },
    { word: 'complain', related: 'criticise' },
    // WordNet has "kick off" only as a kind of "start", a step too far from "erupt" and "break out"
    { word: 'kick off', related: 'erupt' },
  ])('lists $word with $related in the shipped groups', ({ word, related }) => {
    const lexicon = loadLexicon();
    const listed = lexicon
      .related(word)
      .filter((r) => r.relation === 'listed')
      .map((r) => r.terms.join(' '));
    expect(listed).toContain(lexicon.termsOf(related).join(' '));
  });

  it('lists "found guilty" with a conviction but not with a plea of guilty', () => {
    const lexicon = loadLexicon();
    const listed = lexicon
      .related('found guilty')
      .filter((r) => r.relation === 'listed')
      .map((r) => r.terms.join(' '));
    expect(listed).toContain(lexicon.term('convicted'));
    expect(listed).not.toContain(lexicon.term('guilty'));
  });

  it('adds a corpus owner’s synonym groups to the shipped ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-lexicon-'));
    const file = join(dir, 'synonyms.txt');
    writeFileSync(file, 'quango, public body\n');
    try {
      const lexicon = loadLexicon({ synonymsFile: file });
      const listed = (word: string) =>
        lexicon
          .related(word)
          .filter((r) => r.relation === 'listed')
          .map((r) => r.terms.join(' '));
      expect(listed('quango')).toContain(lexicon.termsOf('public body').join(' '));
      expect(listed('deny')).toContain(lexicon.term('reject'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stopWordSlip', () => {
  const lexicon = loadLexicon();
  it.each([
    // two letters swapped
    { typed: 'abuot', meant: 'about' },
    // a letter left out, where every English word it may be is a stop word
    { typed: 'happend', meant: 'happen' },
    { typed: 'becuase', meant: 'because' },
    // a letter more or less may make a longer word of substance ("science")
    { typed: 'sience', meant: undefined },
    // an English word is as typed
    { typed: 'bank', meant: undefined },
    // a short word: the one stop word it is with a letter left out, from four letters on
    { typed: 'aftr', meant: 'after' },
    { typed: 'whre', meant: 'where' },
    { typed: 'thn', meant: undefined },
    { typed: 'tol', meant: undefined },
  ])('$typed: $meant', ({ typed, meant }) => {
    expect(lexicon.stopWordSlip(typed)).toBe(meant);
  });
});

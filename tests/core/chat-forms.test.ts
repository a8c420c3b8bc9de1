import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../../src/core/answer-types.ts';
import { compoundsJoined, symbolsSpelled, wordsMeant, yearsInFull } from '../../src/core/chat-forms.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

describe('the words a chat form stands for', () => {
  const cases = [
    ['ppl', ['people']],
    ['yr', ['year']],
    ['govt', ['government']],
    ['hw', ['how']],
    ['wat', ['what']],
    ['wats', ['what']],
    ['gonna', ['will']],
    // a slip of a question word
    ['wher', ['where']],
    ['waht', ['what']],
    // any other word is itself
    ['people', ['people']],
    ['kampala', ['kampala']],
  ] as const;
  for (const [word, meant] of cases) {
    it(`${word} → ${meant.join(' ')}`, () => {
      expect(wordsMeant(word)).toEqual(meant);
    });
  }
});

describe('a question typed as in chat is read as the question meant', () => {
  const index = NewsIndex.build(
    [
      article('cheese', {
        title: 'Cheese exports grow',
        texts: ['Denmark produces about 30,000 tonnes of cheese a year, and most people there eat it daily.'],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    ['hw much cheese does denmark make a yr', 'how much cheese does denmark make a year'],
    ['wat do ppl in denmark eat', 'what do people in denmark eat'],
    ['is denmark gonna make more cheese', 'will denmark make more cheese'],
    ['wher do ppl in denmark eat cheese', 'where do people in denmark eat cheese'],
    ['how much cheese r there in denmark', 'how much cheese are there in denmark'],
    // a symbol typed for a word
    ['what % of people in denmark eat cheese', 'what percent of people in denmark eat cheese'],
  ] as const;
  for (const [typed, meant] of cases) {
    it(typed, () => {
      const words = (question: string) => analyzeQuestion(index, question).concepts.map((c) => c.word);
      expect(words(typed)).toEqual(words(meant));
      expect(expectedAnswer(typed)).toEqual(expectedAnswer(meant));
    });
  }
});

describe('symbols typed for words', () => {
  const cases = [
    ['what % of people', 'what  percent  of people'],
    ['rates rose 5%', 'rates rose 5 percent '],
    ['Marks & Spencer', 'Marks  and  Spencer'],
    ['Marks&Spencer', 'Marks and Spencer'],
    // initials joined by an ampersand are a name, read as one word
    ['was a&e shut', 'was a&e shut'],
    ['AT&T shares', 'AT&T shares'],
    ['no symbols here', 'no symbols here'],
  ] as const;
  for (const [typed, spelled] of cases) {
    it(`${typed} → ${spelled}`, () => {
      expect(symbolsSpelled(typed)).toBe(spelled);
    });
  }
});

describe('hyphenated compounds', () => {
  const cases = [
    // WordNet knows the compound as one word
    ["what's the cut-off date for bids", "what's the cutoff date for bids"],
    ['what is the Kick-Off time', 'what is the KickOff time'],
    // it does not: as typed (names, and compounds WordNet writes with the hyphen)
    ['when was the break-in', 'when was the break-in'],
    ['the nagorno-karabakh war', 'the nagorno-karabakh war'],
    ['a well-known firm', 'a well-known firm'],
  ] as const;
  for (const [typed, joined] of cases) {
    it(`${typed} → ${joined}`, () => expect(compoundsJoined(typed)).toBe(joined));
  }

  it('a compound split would lose the noun a question asks for', () => {
    expect(expectedAnswer('what is the cut-off date for bids')).toMatchObject({
      kind: 'time',
      classNoun: 'date',
    });
    expect(expectedAnswer('what is the kick-off time')).toMatchObject({ kind: 'time' });
  });
});

describe('a year typed with two digits', () => {
  const written = (year: string) => ['1985', '2005', '1999', '2099'].includes(year);
  const cases = [
    // written in full in the century the articles write it in
    ['who defected in 85', 'who defected in 1985'],
    ["what happened since '85", 'what happened since 1985'],
    ['was it built in 05?', 'was it built in 2005?'],
    [
      'how did he feel after switching sides in 85 about it',
      'how did he feel after switching sides in 1985 about it',
    ],
    // a count or a measure is no year
    ['finished in 85 minutes', 'finished in 85 minutes'],
    ['rose by 85%', 'rose by 85%'],
    ['ran in 85 km', 'ran in 85 km'],
    ['he is aged 85', 'he is aged 85'],
    // a year the articles write in neither century, or in both, is left as typed
    ['who left in 86', 'who left in 86'],
    ['who left in 99', 'who left in 99'],
  ] as const;
  for (const [typed, read] of cases) {
    it(`${typed} → ${read}`, () => {
      expect(yearsInFull(typed, written)).toBe(read);
    });
  }

  it('is read as the year the articles give', () => {
    const index = NewsIndex.build(
      [
        article('spy', {
          title: 'Spy speaks',
          texts: ['Oleg Gordievsky defected in 1985, and 85 others were named.'],
        }),
      ],
      loadLexicon(),
    );
    expect(analyzeQuestion(index, 'who defected in 85').concepts.map((c) => c.word)).toContain('1985');
  });
});

import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { conceptSeeds, joinNames, MAX_QUESTION_CHARS, nameSlips } from '../../src/core/question-seeds.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const index = NewsIndex.build(
  [
    article('visit', {
      title: 'Prime minister visits Puerto Rico',
      texts: [
        'The prime minister met Shani Rhys James in Puerto Rico on Monday, then flew to Nagorno-Karabakh.',
        'Feta from Greece was served to British officials; Recep Tayyip Erdogan sent a note.',
        'Mr Putin spoke with Obama by phone.',
        'Veridian ships its Kestrel 3 chip to 40 firms in October.',
      ],
    }),
  ],
  loadLexicon(),
);

const seedWords = (question: string) => conceptSeeds(index, question).map((seed) => seed.words.join(' '));

describe('the seeds of a question', () => {
  it.each([
    // stop words out; a known phrase whole
    { question: 'when did the prime minister visit', seeds: ['prime minister', 'visit'] },
    // the word after "how" says what kind of answer is wanted
    { question: 'how long was the visit', seeds: ['visit'] },
    // and so does a noun for money after "how much": a sum is written with its currency
    { question: 'how much cash did the visit cost', seeds: ['visit', 'cost'] },
    { question: 'how much money was seized', seeds: ['seized'] },
    // so is the currency a number is asked in
    { question: 'how big was the fraud in pounds', seeds: ['fraud'] },
    // as does a noun that only names the value asked for: articles write the date or the sum
    { question: 'date of the prime minister visit', seeds: ['prime minister', 'visit'] },
    { question: 'island visit amount', seeds: ['island', 'visit'] },
    // chat forms as the words meant
    { question: 'hw long did the pm stay', seeds: ['pm', 'stay'] },
    // a negation typed without its apostrophe
    { question: 'why doesnt the visit end', seeds: ['visit', 'end'] },
    // a stop word with two letters swapped is that stop word; a letter more is a slip of another word
    { question: 'how long wsa the visit', seeds: ['visit'] },
    { question: 'teh visit to greece', seeds: ['visit', 'greece'] },
    { question: 'visit sience monday', seeds: ['visit', 'sience', 'monday'] },
    // an adverb right after the question word says how it asks, not what about
    { question: 'where exactly did the prime minister visit', seeds: ['prime minister', 'visit'] },
    { question: 'whats exactly in the visit', seeds: ['visit'] },
    { question: 'did the visit end abruptly', seeds: ['visit', 'end', 'abruptly'] },
    // the word between two sides says who met
    { question: 'putin v obama', seeds: ['putin', 'obama'] },
    // an adverbial phrase, a phrase for "now" and the words that ask how something ended
    { question: 'did the visit end as well', seeds: ['visit', 'end'] },
    { question: 'who runs the island these days', seeds: ['runs', 'island'] },
    { question: 'did the visit go ahead in the end', seeds: ['visit', 'go', 'ahead'] },
    // a word that places a time against now is no word to look for; the unit of time is
    { question: 'how much did the firm earn last year', seeds: ['firm', 'earn', 'year'] },
    { question: 'how long did the batteries last', seeds: ['batteries', 'last'] },
    // "be going to" and a verb tells a future; going somewhere is a going
    { question: 'is the prime minister going to visit greece', seeds: ['prime minister', 'visit', 'greece'] },
    { question: 'are they gonna visit greece', seeds: ['visit', 'greece'] },
    { question: 'is the prime minister going to greece', seeds: ['prime minister', 'going', 'greece'] },
    // a prefix before a hyphen is no word of its own; a single letter there is part of a name
    { question: 'how old is the ex-finance chief', seeds: ['finance', 'chief'] },
    { question: 'did the co-host visit', seeds: ['host', 'visit'] },
    { question: 'did the f-16 visit', seeds: ['f', '16', 'visit'] },
  ])('$question', ({ question, seeds }) => {
    expect(seedWords(question)).toEqual(seeds);
  });

  it.each([
    // a verb and its particle that WordNet lists as one verb: the particle is no word of its own
    { question: 'when did the visit break off', phrasal: 'break off', seeds: ['visit', 'break'] },
    { question: 'when did mr putin pass away', phrasal: 'pass away', seeds: ['mr', 'putin', 'pass'] },
    // a preposition takes the noun after it: "go to" keeps "go" as it is
    { question: 'did obama go to puerto rico', phrasal: undefined, seeds: ['obama', 'go', 'puerto', 'rico'] },
  ])('$question: $phrasal', ({ question, phrasal, seeds }) => {
    const found = conceptSeeds(index, question);
    expect(found.map((seed) => seed.words.join(' '))).toEqual(seeds);
    expect(found.find((seed) => seed.phrasal)?.phrasal).toBe(phrasal);
  });

  it.each([
    // a noun WordNet lists, one word of which no article uses, for which the articles have another word
    { question: 'when did the air hostess leave', seeds: ['air hostess', 'leave'] },
    // words the articles use are read one by one, as they write them
    { question: 'when did the air steward leave', seeds: ['air', 'steward', 'leave'] },
  ])('$question', ({ question, seeds }) => {
    const crew = NewsIndex.build(
      [article('crew', { title: 'Crew', texts: ['The stewardess and the steward said the air was cold.'] })],
      loadLexicon(),
    );
    expect(conceptSeeds(crew, question).map((seed) => seed.words.join(' '))).toEqual(seeds);
  });

  it('reads no further than the question limit', () => {
    const long = `${'visit '.repeat(MAX_QUESTION_CHARS)}island`;
    expect(seedWords(long)).not.toContain('island');
  });
});

describe('the words of one name', () => {
  it.each([
    { question: 'who is shani rhys james', groups: [['shani', 'rhys', 'james']] },
    { question: 'puerto rico visit', groups: [['puerto', 'rico'], ['visit']] },
    // a comma parts two names; a hyphen joins two words of one
    { question: 'shani, james', groups: [['shani'], ['james']] },
    { question: 'why go to nagorno-karabakh', groups: [['go'], ['nagorno', 'karabakh']] },
    // a nationality beside a word the corpus never writes after it is no name
    { question: 'is there british feta', groups: [['british'], ['feta']] },
    // a name the question gives without its middle name is still one name
    { question: 'what did recep erdogan send', groups: [['recep', 'erdogan'], ['send']] },
    // but two names written apart, with other words between, are two
    { question: 'putin obama call', groups: [['putin'], ['obama'], ['call']] },
    // a number the articles write right after a capitalised word is part of that name; a count stands
    // before what it counts, and a number the articles never write there is no part of the name
    { question: 'when does kestrel 3 ship', groups: [['kestrel', '3'], ['ship']] },
    { question: 'did 40 firms buy chips', groups: [['40'], ['firms'], ['buy'], ['chips']] },
    { question: 'when does kestrel 4 ship', groups: [['kestrel'], ['4'], ['ship']] },
    { question: 'chip 40 firms', groups: [['chip'], ['40'], ['firms']] },
  ])('$question', ({ question, groups }) => {
    const joined = joinNames(index, question, conceptSeeds(index, question));
    expect(joined.map((group) => group.map((seed) => seed.words.join(' ')))).toEqual(groups);
  });
});

describe('a short word no article uses after a name is read as the word the articles write there', () => {
  const slipped = (question: string) =>
    nameSlips(index, question, conceptSeeds(index, question)).map((seed) => seed.words.join(' '));
  it.each([
    // "Shani Rhys James": "rys" is one letter left out of the word the articles write after "shani"
    { question: 'what did shani rys james paint', seeds: ['shani', 'rhys', 'james', 'paint'] },
    // longer words are corrected against the whole vocabulary, not here
    { question: 'when did recep tayip erdogan write', seeds: ['recep', 'tayip', 'erdogan', 'write'] },
    // not after a name, or more than one slip away, or a word of the dictionary: as typed
    { question: 'what did rys paint', seeds: ['rys', 'paint'] },
    { question: 'what did shani rhys jm paint', seeds: ['shani', 'rhys', 'jm', 'paint'] },
    { question: 'what did shani rhys jam', seeds: ['shani', 'rhys', 'jam'] },
  ])('$question', ({ question, seeds }) => {
    expect(slipped(question)).toEqual(seeds);
  });
});

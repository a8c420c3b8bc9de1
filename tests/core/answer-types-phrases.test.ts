import { describe, expect, it } from 'vitest';
import { analyse, type Token } from '../../src/core/answer-types-nlp.ts';
import {
  afterPossessor,
  endsWithItsVerb,
  headNoun,
  PHRASE_TAGS,
} from '../../src/core/answer-types-phrases.ts';

// Tokens written by hand as "word/TAG …", so each rule is tested apart from what the tagger happens to say.
function tagged(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((pair, i) => {
    const slash = pair.lastIndexOf('/');
    const word = pair.slice(0, slash);
    const end = start + word.length;
    const token = {
      text: word,
      lower: word.toLowerCase(),
      pos: pair.slice(slash + 1),
      start,
      end,
      spaced: i > 0,
    };
    start = end + 1;
    return token;
  });
}

// The index of the first token whose text is `word`, so that tables can name where a phrase starts.
function at(tokens: readonly Token[], word: string): number {
  const index = tokens.findIndex((t) => t.text === word);
  if (index < 0) throw new Error(`no token "${word}"`);
  return index;
}

describe('PHRASE_TAGS', () => {
  it.each([
    { pos: 'ADJ', inPhrase: true },
    { pos: 'NOUN', inPhrase: true },
    { pos: 'PROPN', inPhrase: true },
    { pos: 'NUM', inPhrase: true },
    { pos: 'VERB', inPhrase: false },
    { pos: 'AUX', inPhrase: false },
    { pos: 'DET', inPhrase: false },
    { pos: 'ADP', inPhrase: false },
    { pos: 'PRON', inPhrase: false },
    { pos: 'PART', inPhrase: false },
  ] as const)('$pos in a phrase after "which": $inPhrase', ({ pos, inPhrase }) => {
    expect(PHRASE_TAGS.has(pos)).toBe(inPhrase);
  });
});

describe('headNoun', () => {
  it.each([
    // The last noun before the verb.
    {
      tokens: 'which/DET western/ADJ tobacco/NOUN firm/NOUN bought/VERB it/PRON',
      from: 'western',
      head: 'firm',
    },
    { tokens: 'which/DET town/NOUN flooded/VERB first/ADV', from: 'town', head: 'town' },
    { tokens: 'which/DET 10/NUM cities/NOUN voted/VERB', from: '10', head: 'cities' },
    // An -ing word before the noun it qualifies belongs to the phrase; after the noun it starts a clause.
    { tokens: 'what/PRON was/AUX her/PRON finishing/VERB time/NOUN', from: 'finishing', head: 'time' },
    { tokens: 'which/DET runner/NOUN finishing/VERB races/NOUN won/VERB', from: 'runner', head: 'runner' },
    { tokens: 'which/DET finishing/VERB was/AUX best/ADJ', from: 'finishing', head: undefined },
    // A name counts as the head only while no noun has been read.
    { tokens: 'which/DET Kenyan/PROPN runner/NOUN won/VERB', from: 'Kenyan', head: 'runner' },
    { tokens: 'which/DET Kenyan/PROPN won/VERB', from: 'Kenyan', head: 'Kenyan' },
    { tokens: 'which/DET team/NOUN Arsenal/PROPN beat/VERB', from: 'team', head: 'team' },
    // A lower-case word no dictionary knows starts the clause after the phrase.
    { tokens: 'the/DET paper/NOUN sigarchi/NOUN edits/NOUN', from: 'paper', head: 'paper' },
    { tokens: 'the/DET paper/NOUN mill/NOUN closed/VERB', from: 'paper', head: 'mill' },
    // A possessive mark ends the phrase at its possessor.
    { tokens: "which/DET team/NOUN 's/PART captain/NOUN scored/VERB", from: 'team', head: 'team' },
    { tokens: 'which/DET team/NOUN ’s/PART captain/NOUN scored/VERB', from: 'team', head: 'team' },
    { tokens: "the/DET players/NOUN '/PUNCT union/NOUN", from: 'players', head: 'players' },
    // The mark ends it by its text, whatever tag it is given.
    { tokens: "which/DET team/NOUN 's/PROPN captain/NOUN", from: 'team', head: 'team' },
    { tokens: 'which/DET team/NOUN ’s/PROPN captain/NOUN', from: 'team', head: 'team' },
    { tokens: 'the/DET players/NOUN ’/PROPN union/NOUN', from: 'players', head: 'players' },
    { tokens: "the/DET Jones/PROPN '/PROPN car/NOUN", from: 'Jones', head: 'Jones' },
    // "of" after any other head ends the phrase: "the capital of the region" asks for a capital.
    { tokens: 'the/DET capital/NOUN of/ADP the/DET region/NOUN', from: 'capital', head: 'capital' },
    { tokens: 'of/ADP the/DET region/NOUN', from: 'of', head: undefined },
    // Nothing that can form a phrase.
    { tokens: 'which/DET was/AUX it/PRON', from: 'was', head: undefined },
  ])('$tokens from "$from": $head', ({ tokens, from, head }) => {
    const words = tagged(tokens);
    const found = headNoun(words, at(words, from));
    expect(found.head?.text).toBe(head);
    expect(found.asksName).toBe(false);
    if (found.head) expect(words).toContain(found.head);
  });

  it.each([
    // After "kind of", "name of" … the noun after "of" is the one asked about.
    {
      tokens: 'what/DET kind/NOUN of/ADP milk/NOUN did/AUX he/PRON buy/VERB',
      head: 'milk',
      asksName: false,
    },
    {
      tokens: 'what/DET type/NOUN of/ADP car/NOUN crashed/VERB',
      head: 'car',
      asksName: false,
    },
    {
      tokens: 'what/DET sort/NOUN of/ADP a/DET man/NOUN is/AUX he/PRON',
      head: 'man',
      asksName: false,
    },
    // … a model, a make or a brand is a kind told by its name
    {
      tokens: 'which/DET model/NOUN of/ADP drone/NOUN flew/VERB',
      head: 'drone',
      asksName: true,
    },
    // … and "name", "names", "title" ask for a name in so many words.
    { tokens: 'the/DET name/NOUN of/ADP the/DET paper/NOUN', head: 'paper', asksName: true },
    {
      tokens: 'the/DET names/NOUN of/ADP the/DET victims/NOUN',
      head: 'victims',
      asksName: true,
    },
    { tokens: 'the/DET title/NOUN of/ADP an/DET album/NOUN', head: 'album', asksName: true },
    // The possessor after "of" is not asked about; what it owns is.
    {
      tokens: "the/DET name/NOUN of/ADP Sigarchi/PROPN 's/PART lawyer/NOUN",
      head: 'lawyer',
      asksName: true,
    },
    {
      tokens: 'the/DET name/NOUN of/ADP her/PRON lawyer/NOUN',
      head: 'lawyer',
      asksName: true,
    },
    { tokens: 'the/DET kind/NOUN of/ADP their/PRON car/NOUN', head: 'car', asksName: false },
    // "of" with nothing after it leaves no head.
    { tokens: 'the/DET name/NOUN of/ADP', head: undefined, asksName: true },
  ])('$tokens: $head, asks a name: $asksName', ({ tokens, head, asksName }) => {
    const words = tagged(tokens);
    const found = headNoun(words, 1);
    expect(found.head?.text).toBe(head);
    expect(found.asksName).toBe(asksName);
  });

  it('leaves the head out, rather than undefined, when there is none', () => {
    expect(headNoun(tagged('which/DET was/AUX'), 1)).toStrictEqual({ asksName: false });
    expect(headNoun(tagged('which/DET'), 5)).toStrictEqual({ asksName: false });
  });

  it.each([
    { question: 'which western tobacco firm bought the brand', from: 1, head: 'firm', asksName: false },
    { question: "what was Kemp's finishing time", from: 4, head: 'time', asksName: false },
    { question: 'what kind of milk did he buy', from: 1, head: 'milk', asksName: false },
    { question: "what is the name of Sigarchi's lawyer", from: 3, head: 'lawyer', asksName: true },
    { question: 'what is the name of the paper sigarchi edits', from: 3, head: 'paper', asksName: true },
    // a name after the noun starts the clause, though the tagger reads the verb after it as a noun
    { question: 'how long is the border iran shares with armenia', from: 4, head: 'border', asksName: false },
  ])('reads "$question" as the tagger splits it: $head', ({ question, from, head, asksName }) => {
    const found = headNoun(analyse(question).tokens, from);
    expect(found.head?.text).toBe(head);
    expect(found.asksName).toBe(asksName);
  });
});

describe('afterPossessor', () => {
  it.each([
    // A possessive determiner owns the next word, whatever its case.
    { tokens: 'her/PRON time/NOUN', from: 0, owned: 1 },
    { tokens: 'Their/PRON coach/NOUN', from: 0, owned: 1 },
    { tokens: 'its/PRON owner/NOUN', from: 0, owned: 1 },
    // A noun phrase of up to four words before "'s", "’s" or a bare apostrophe.
    { tokens: "Kemp/PROPN 's/PART time/NOUN", from: 0, owned: 2 },
    { tokens: 'Kemp/PROPN ’s/PART time/NOUN', from: 0, owned: 2 },
    { tokens: "the/DET players/NOUN '/PUNCT union/NOUN", from: 1, owned: 3 },
    { tokens: "Kenyan/ADJ team/NOUN captain/NOUN 's/PART time/NOUN", from: 0, owned: 4 },
    { tokens: "the/DET Kenyan/ADJ team/NOUN captain/NOUN 's/PART time/NOUN", from: 1, owned: 5 },
    // Five words are too many to be read as a possessor.
    { tokens: "Kenyan/ADJ national/ADJ team/NOUN captain/NOUN 's/PART time/NOUN", from: 0, owned: undefined },
    // A mark with no possessor before it.
    { tokens: "'s/PART time/NOUN", from: 0, owned: undefined },
    // Words that cannot be in a noun phrase end the search before any mark.
    { tokens: "the/DET team/NOUN 's/PART captain/NOUN", from: 0, owned: undefined },
    { tokens: "time/NOUN of/ADP Kemp/PROPN 's/PART", from: 0, owned: undefined },
    { tokens: "Kemp/PROPN was/AUX Jo/PROPN 's/PART coach/NOUN", from: 0, owned: undefined },
    // No mark at all, or nothing at `from`.
    { tokens: 'winning/VERB time/NOUN', from: 0, owned: undefined },
    { tokens: 'the/DET time/NOUN', from: 2, owned: undefined },
  ])('$tokens from $from: $owned', ({ tokens, from, owned }) => {
    expect(afterPossessor(tagged(tokens), from)).toBe(owned);
  });
});

describe('endsWithItsVerb', () => {
  it.each([
    { tokens: 'was/AUX the/DET blogger/NOUN charged/VERB with/ADP', at: 3, ends: true },
    { tokens: 'were/AUX the/DET fighters/NOUN offered/VERB', at: 3, ends: true },
    // the verb goes on: it modifies the noun before it
    { tokens: 'was/AUX the/DET reason/NOUN given/VERB for/ADP the/DET ban/NOUN', at: 3, ends: false },
    // no verb there
    { tokens: 'is/AUX the/DET capital/NOUN of/ADP France/PROPN', at: 3, ends: false },
  ])('$tokens: $ends', ({ tokens, at, ends }) => {
    expect(endsWithItsVerb(tagged(tokens), at)).toBe(ends);
  });
});

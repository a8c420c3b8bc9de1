import { describe, expect, it } from 'vitest';
import { expectedFacts, factsOf } from '../../src/core/answer-types.ts';
import {
  answeringFacts,
  factNearAsked,
  modifiesClass,
  namesTheCounted,
  spokenByAnswer,
} from '../../src/core/answering-facts.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const index = NewsIndex.build(
  [
    article('court', {
      title: 'Trial of Olof Brandt',
      texts: [
        "Brandt's lawyer Reid Hale told the judge Mia Dorn that the accounts were sound.",
        'More than 30 had been killed, and 12 soldiers were wounded.',
        'About 5,000 militants were sent to the front.',
        'Portugal and Spain sent their defence ministers to the talks.',
        "Nike Sports, Obi's management company, said she would run. Her manager Tom Lee agreed.",
      ],
    }),
  ],
  loadLexicon(),
);

const factsFor = (question: string, sentence: string) => {
  const analysis = analyzeQuestion(index, question);
  return answeringFacts(index, analysis, sentence, namesTheCounted(index, analysis));
};

describe('the facts of a sentence that may answer', () => {
  it('for a role asked after, only a name beside the word for it', () => {
    const found = factsFor(
      "who is Brandt's lawyer",
      "Brandt's lawyer Reid Hale told the judge Mia Dorn that the accounts were sound.",
    );
    expect(found.besideRole).toBe(true);
    expect(found.facts.map((fact) => fact.text)).toContain('Reid Hale');
    expect(found.facts.map((fact) => fact.text)).not.toContain('Mia Dorn');
  });

  it.each([
    // a word for the doer beside the name
    ['who heads the firm', 'Its chief executive, Anders Lind, spoke.', true],
    // the passive of a verb made from the doer's word names the doer after "by"
    ['who presided over the jury', 'The judges were chaired by the actress Julia Stone.', true],
    ['who presided over the jury', 'The actress Julia Stone chaired a talk about the judges.', false],
    // a kind of the doer, however far down: a chief executive is a leader (executive, administrator, head)
    ['who leads the firm', 'Its managing director, Anders Lind, spoke.', true],
    ['who is leading the firm', 'The executive Anders Lind spoke.', true],
    ['who wrote the novel', 'The novelist Anders Lind spoke.', true],
    ['who wrote the novel', 'Its managing director, Anders Lind, spoke.', false],
    // someone in charge is who the verbs WordNet defines as being in charge do: direct, head, lead
    ['who is in charge of the firm', 'Its chief executive, Anders Lind, spoke.', true],
    ['who is in charge of the firm', 'The novelist Anders Lind spoke.', false],
    // a director manages, but coaches no one
    ['who coaches the team', 'Its race director, Anders Lind, spoke.', false],
    // a name that ends in the role's word is the role's own, not someone's beside it
    ['who heads the firm', 'The Chief Executive said it was wrong.', false],
    ['who heads the firm', 'Anders Lind, the Chief Executive, said it was wrong.', true],
  ] as const)('for the doer of "%s" in "%s", a name beside the role: %s', (question, sentence, beside) => {
    expect(factsFor(question, sentence).besideRole).toBe(beside);
  });

  it.each([
    // the age after another's name is theirs
    ['how old is Captain Mia Dorn', 'First Officer Tom Webb, 31, flew with Captain Mia Dorn.', []],
    ['how old is Tom Webb', 'First Officer Tom Webb, 31, flew with Captain Mia Dorn.', ['31']],
    // and is so where the question asks after someone else by name, named in another sentence
    ['how old is Mia Dorn', 'Mr Tom Webb, 31, resigned.', []],
    // a question after someone by a role, whatever place it names, may be answered by any name's age
    ['how old is the mayor of Leeds', 'Mayor Tom Webb, 31, resigned.', ['31']],
    // with no one the question names in the sentence, the age may be of the one it means
    ['how old is the captain', 'First Officer Tom Webb, 31, flew with the captain.', ['31']],
  ] as const)('for "%s" in "%s", the ages %j', (question, sentence, ages) => {
    const found = factsFor(question, sentence).facts.filter((fact) => fact.unit === 'age');
    expect(found.map((fact) => fact.text)).toEqual(ages);
  });

  it.each([
    // "others" and "more" stand for what was counted before them, which is not said here
    'Four guards and six others had been killed.',
    'Two more had been killed.',
  ])('for a count of soldiers, not a bare count in a sentence that names no soldiers: %s', (sentence) => {
    const counts = factsFor('how many soldiers were killed', sentence).facts.filter(
      (fact) => fact.unit === 'count',
    );
    expect(counts.map((fact) => fact.text)).not.toContainEqual(
      expect.stringMatching(/more than 30|others|more$/i),
    );
  });

  it('for a count of soldiers, not a bare count in a sentence that names no soldiers', () => {
    const bare = factsFor('how many soldiers were killed', 'More than 30 had been killed.');
    expect(bare.facts.filter((fact) => fact.unit === 'count')).toEqual([]);
    const named = factsFor(
      'how many soldiers were wounded',
      'More than 30 had been killed, and 12 soldiers were wounded.',
    );
    expect(named.facts.some((fact) => fact.text.includes('12 soldiers'))).toBe(true);
  });

  it('for "which country", only places that may be countries', () => {
    const found = factsFor(
      'which country did the minister visit',
      'The minister flew from Paris to France and then to Kenya.',
    );
    const places = found.facts.filter((fact) => fact.kind === 'place').map((fact) => fact.text);
    expect(places).toContain('France');
    expect(places).toContain('Kenya');
    expect(places).not.toContain('Paris');
  });

  it.each([
    { sentence: 'He is being held in Evin prison, a long way north of Tehran.', places: ['Evin'] },
    { sentence: 'He is held in the prison in Gilan.', places: ['Gilan'] },
    // a region beside no word for a prison is no prison
    { sentence: 'He was sentenced by a court in the Gilan area.', places: [] },
  ])('for "which prison", only a place named with the word for one: $sentence', ({ sentence, places }) => {
    const found = factsFor('which prison is Brandt held in', sentence);
    expect(found.facts.filter((fact) => fact.kind === 'place').map((fact) => fact.text)).toEqual(places);
  });

  it.each([
    // the tagger reads the building's name as a place; named as a hospital (an infirmary), it is one
    {
      sentence: 'Five were taken to the Royal Victoria Infirmary in Leeds.',
      named: ['Royal Victoria Infirmary'],
    },
    { sentence: 'Five were taken to Leeds for treatment.', named: [] },
  ])('for "which hospital", a place named as one answers: $sentence', ({ sentence, named }) => {
    const ward = NewsIndex.build([article('ward', { texts: [sentence] })], loadLexicon());
    const analysis = analyzeQuestion(ward, 'which hospital did the injured go to');
    const found = answeringFacts(ward, analysis, sentence, undefined).facts;
    const answers = expectedFacts(analysis.expected, found, analysis.asked).map((fact) => fact.text);
    expect(answers).toEqual(named);
  });

  it.each([
    { sentence: 'Brandt owns Hato Verde, a beef cattle ranch.', names: ['Hato Verde'] },
    { sentence: 'The ranch, Hato Verde, is in the south.', names: ['Hato Verde'] },
    // a name far from the word for the ranch names something else
    { sentence: 'The ranch was sold last spring, months before the Kessel Group made its offer.', names: [] },
  ])('for "the name of the ranch", only a name given with the word for it: $sentence', ({
    sentence,
    names,
  }) => {
    const found = factsFor("what is the name of Brandt's ranch", sentence);
    const named = found.facts.filter((fact) =>
      ['person', 'organization', 'place', 'name'].includes(fact.kind),
    );
    expect(named.map((fact) => fact.text)).toEqual(names);
  });

  it.each([
    { sentence: 'Spanish Defence Minister Ana Vel said the talks would go on.', names: [] },
    { sentence: "Spain's defence minister, Ana Vel, said the talks would go on.", names: [] },
    { sentence: 'Portuguese Defence Minister Rui Sal said the talks would go on.', names: ['Rui Sal'] },
    { sentence: "Portugal's defence minister, Rui Sal, said the talks would go on.", names: ['Rui Sal'] },
    // the role without a country may be the one asked after
    { sentence: 'Defence Minister Rui Sal said the talks would go on.', names: ['Rui Sal'] },
    {
      sentence: 'Spanish Defence Minister Ana Vel met Portuguese Defence Minister Rui Sal.',
      names: ['Rui Sal'],
    },
  ])('for a country’s role, not a name beside another country’s: $sentence', ({ sentence, names }) => {
    const found = factsFor("who is Portugal's defence minister", sentence);
    const named = found.facts.filter((fact) => ['person', 'name'].includes(fact.kind));
    expect(named.map((fact) => fact.text)).toEqual(names);
  });

  it.each([
    // another title word before the role names another office
    { sentence: 'Foreign Minister Ana Vel said the talks would go on.', names: [] },
    { sentence: 'Prime Minister Ana Vel said the talks would go on.', names: [] },
    { sentence: 'Defence Minister Rui Sal said the talks would go on.', names: ['Rui Sal'] },
    // no title word: it may be the office asked after
    { sentence: 'The minister, Rui Sal, said the talks would go on.', names: ['Rui Sal'] },
    { sentence: "Portugal's minister Rui Sal said the talks would go on.", names: ['Rui Sal'] },
  ])('for a role told by a noun before it, not a name beside another title: $sentence', ({
    sentence,
    names,
  }) => {
    const found = factsFor("who is Portugal's defence minister", sentence);
    const named = found.facts.filter((fact) => ['person', 'name'].includes(fact.kind));
    expect(named.map((fact) => fact.text)).toEqual(names);
  });

  it.each([
    // "who confirmed": the sentence's own speaker, not a name it reports of others
    {
      question: 'who confirmed the talks',
      sentence: 'Portugal joined the talks, according to two officials.',
      spoken: false,
    },
    {
      question: 'who confirmed the talks',
      sentence: 'Rui Sal said Portugal joined the talks.',
      spoken: true,
    },
    { question: 'who confirmed the talks', sentence: '"Portugal joined the talks," he said.', spoken: true },
    { question: 'who confirmed the talks', sentence: 'Portugal joined the talks on Monday.', spoken: true },
    // a deed not of saying is told of whoever did it
    {
      question: 'who joined the talks',
      sentence: 'Portugal joined the talks, according to two officials.',
      spoken: true,
    },
  ])('for "who" by a verb of saying, the speaker: $question / $sentence', ({
    question,
    sentence,
    spoken,
  }) => {
    const analysis = analyzeQuestion(index, question);
    const { facts } = answeringFacts(index, analysis, sentence, undefined);
    expect(spokenByAnswer(analysis, sentence, facts)).toBe(spoken);
  });

  it('reads a country the question writes without its apostrophe as the one asked after', () => {
    const found = factsFor(
      'who is portugals defence minister to spain',
      "Portugal's defence minister, Rui Sal, said so.",
    );
    expect(found.facts.map((fact) => fact.text)).toContain('Rui Sal');
  });

  it.each([
    // "manager" is a synonym of "coach"; "management" shares its stem but names no one
    { sentence: "Nike Sports, Obi's management company, said she would run.", beside: false },
    { sentence: 'Her manager Tom Lee agreed.', beside: true },
  ])('for a role, only a word for a person names it: $sentence', ({ sentence, beside }) => {
    expect(factsFor("who is Obi's coach", sentence).besideRole).toBe(beside);
  });

  it.each([
    // WordNet defines "Carib", "Indian" and "Basque" as one of a people: no one in particular
    { sentence: 'He is not committed to the cause of the Carib people.', person: undefined },
    { sentence: 'The Basques met Brandt on Monday.', person: undefined },
    { sentence: "Dominica's Carib Indians met Brandt.", person: undefined },
    { sentence: 'Brandt met Mia Dorn on Monday.', person: 'Mia Dorn' },
  ])('for "who", only a particular person: $sentence', ({ sentence, person }) => {
    const named = factsFor('who met Brandt', sentence).facts.filter((f) =>
      ['person', 'name'].includes(f.kind),
    );
    expect(named.map((fact) => fact.text).find((text) => text !== 'Brandt')).toBe(person);
  });

  it('names the counted in another wording of the question', () => {
    const analysis = analyzeQuestion(index, 'how many fighters were sent to the front');
    const names = namesTheCounted(index, analysis);
    expect(names?.('militants')).toBe(true);
    expect(names?.('civilians')).toBe(false);
    expect(namesTheCounted(index, analyzeQuestion(index, 'who was sent to the front'))).toBeUndefined();
  });
});

describe('modifiesClass', () => {
  const kinds = NewsIndex.build(
    [
      article('farm', {
        title: 'Cheese and drones',
        texts: ['The cheese is made from goat milk on a cattle ranch, and attack drones fly over it.'],
      }),
    ],
    loadLexicon(),
  );
  it.each([
    {
      question: 'what kind of milk is the cheese made from',
      sentence: "It is made from sheep's milk.",
      tells: true,
    },
    {
      question: 'what kind of milk is the cheese made from',
      sentence: 'It is made from sheep milk.',
      tells: true,
    },
    {
      question: 'what kind of drones were sold',
      sentence: 'They sold attack drones to the army.',
      tells: true,
    },
    // a determiner, a number or the question's own word tells no kind
    { question: 'what kind of drones were sold', sentence: 'They sold one of its drones.', tells: false },
    { question: 'what kind of drones were sold', sentence: 'They sold 12 drones.', tells: false },
    {
      question: 'what kind of milk is the cheese made from',
      sentence: 'The cheese milk is sold.',
      tells: false,
    },
    {
      question: 'what kind of milk is the cheese made from',
      sentence: 'It is made from milk.',
      tells: false,
    },
  ])('$question: $sentence', ({ question, sentence, tells }) => {
    expect(modifiesClass(kinds, analyzeQuestion(kinds, question), sentence)).toBe(tells);
  });
});

describe('factNearAsked', () => {
  const cases = [
    // the time stands beside the word asked
    {
      question: 'when did the border dispute erupt',
      sentence: 'The border dispute erupted in March 1994.',
      near: true,
    },
    // the only time is of another event, far from every word asked
    {
      question: 'when did the border dispute erupt',
      sentence:
        'Fighting went on into Wednesday in the hills north of the old capital, long after the border dispute erupted.',
      near: false,
    },
    // names are what the question is about, not what it asks: nearness to a name does not count
    {
      question: 'when did Brandt resign',
      sentence: 'Brandt, who met the board on Monday and then went home to his farm by the coast, resigned.',
      near: false,
    },
    // a sentence without any word asked is not judged
    { question: 'when did the border dispute erupt', sentence: 'It began in March 1994.', near: true },
  ] as const;
  for (const { question, sentence, near } of cases) {
    it(`${question} / ${sentence}`, () => {
      const analysis = analyzeQuestion(index, question);
      const times = factsOf(sentence).filter((fact) => fact.kind === 'time');
      expect(times.length).toBeGreaterThan(0);
      expect(factNearAsked(index, analysis, sentence, times)).toBe(near);
    });
  }
});

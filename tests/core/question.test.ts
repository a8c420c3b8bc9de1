import { describe, expect, it } from 'vitest';
import { factsOf, holdsExpectedFact } from '../../src/core/answer-types.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { decadeYears, RELATION_FACTORS } from '../../src/core/question-concepts.ts';
import { rankParagraphs } from '../../src/core/ranking.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

// Each pair: a paragraph that says the asked-for thing in other words, and a paragraph that shares only
// the question's other word. Headlines are neutral so that only the paragraphs' own words count.
const index = NewsIndex.build(
  [
    article('rebels', {
      title: 'News from the hills',
      texts: [
        'The rebellion in the northern hills ended on Sunday when the army arrived.',
        'Omar Haddad led the rebellion for three years before his arrest.',
      ],
    }),
    article('flood', {
      title: 'Council meeting',
      texts: [
        'The flood closed the main road for a week.',
        'The council will compensate the owners of homes the flood damaged.',
      ],
    }),
    article('dock', {
      title: 'Port report',
      texts: ['The strike is the third at the port this year.', 'The strike began after talks collapsed.'],
    }),
    article('court', {
      title: 'Court report',
      texts: ['The charges were read out in court.', 'Her attorney said the charges would be contested.'],
    }),
    article('heat', {
      title: 'Summer report',
      texts: [
        'Marathon runners crossed the line in the afternoon.',
        'Three marathon runners were treated for heatstroke.',
      ],
    }),
    article('border', {
      title: 'Border report',
      texts: ['Troops arrived at the border on Friday.', 'Turkey moved troops to the border at night.'],
    }),
    article('clinic-a', { title: 'Village notes', texts: ['The doctor visited the clinic in Arden.'] }),
    article('clinic-b', { title: 'Town notes', texts: ['The physician visited the clinic in Barrow.'] }),
    article('clinic-c', { title: 'City notes', texts: ['The surgeon visited the clinic in Carlow.'] }),
    article('audit', {
      title: 'Audit report',
      texts: ['The accounts were checked in March.', 'The auditors found the accounts were false.'],
    }),
    article('cup', {
      title: 'Cup news',
      texts: ['The Falcons beat the Rovers in the final.', 'Redmoor travel to the Falcons next week.'],
    }),
    article('voyage', {
      title: 'Sailing news',
      texts: ['The long voyage of the ferry ended in the harbour.', 'The ferry strike lasted nine days.'],
    }),
  ],
  loadLexicon(),
);

const ranked = (question: string) => rankParagraphs(index, analyzeQuestion(index, question));
const topText = (question: string) => ranked(question)[0]?.paragraph.text;

describe('a question finds a paragraph that says it in other words', () => {
  const cases = [
    // word forms and derivations
    { question: 'rebellion leader', finds: 'Omar Haddad led the rebellion' },
    { question: 'flood compensation', finds: 'The council will compensate' },
    { question: 'strike begin', finds: 'The strike began' },
    // a WordNet synonym
    { question: 'lawyer charges', finds: 'Her attorney said' },
    // an adjective of the same cluster
    { question: 'were the accounts dishonest', finds: 'the accounts were false' },
    // a kind of the thing asked about
    { question: 'marathon runners illness', finds: 'treated for heatstroke' },
    // a country's other names
    { question: 'Turkish troops border', finds: 'Turkey moved troops' },
    // a misspelt name corrected against the corpus's own words
    { question: 'what did Hadad do', finds: 'Omar Haddad led the rebellion' },
  ] as const;
  for (const { question, finds } of cases) {
    it(question, () => {
      expect(topText(question)).toContain(finds);
    });
  }

  // "cancer" is a kind of illness four steps down in WordNet (cancer → malignant tumour → … → illness):
  // a class the question asks for ("what illness") is answered by its kinds however far down.
  it('what illness finds cancer', () => {
    const withCancer = NewsIndex.build(
      [
        article('ward', {
          title: 'Hospital report',
          texts: ['Patients waited in the ward all day.', 'Patients with cancer waited in the ward.'],
        }),
      ],
      loadLexicon(),
    );
    const top = rankParagraphs(
      withCancer,
      analyzeQuestion(withCancer, 'what illness did the patients in the ward have'),
    )[0];
    expect(top?.paragraph.text).toContain('cancer');
  });
});

describe('an agent noun no dictionary derives is read as the word it is made from', () => {
  const cases = [
    { question: 'spammers', text: 'The spam ring sent a million mails a day.', base: 'spam' },
    { question: 'the bloggers', text: 'He started a blog in May.', base: 'blog' },
  ] as const;
  for (const { question, text, base } of cases) {
    it(`${question} → ${base}`, () => {
      const small = NewsIndex.build([article('one', { title: 'Notes', texts: [text] })], loadLexicon());
      const [concept] = analyzeQuestion(small, question).concepts;
      const term = small.lexicon.term(base);
      expect(concept?.known).toBe(true);
      expect(concept?.wordings.find((w) => w.terms.join(' ') === term)?.factor).toBe(
        RELATION_FACTORS.derivation,
      );
    });
  }
  // a typo of one ("spamer") is read as the agent noun meant, then as its word, at the spelling's
  // share, though another reading of the typo ("sparer": surplus) finds words the corpus uses
  it('spamer → spammer → spam', () => {
    const small = NewsIndex.build(
      [
        article('one', {
          title: 'Notes',
          texts: ['The spam ring sent a million mails a day.', 'The farm had a surplus of grain.'],
        }),
      ],
      loadLexicon(),
    );
    const [concept] = analyzeQuestion(small, 'the spamer').concepts;
    const factor = concept?.wordings.find((w) => w.terms.join(' ') === small.lexicon.term('spam'))?.factor;
    expect(factor).toBeGreaterThan(0);
    expect(factor).toBeLessThan(RELATION_FACTORS.derivation);
  });
});

describe('a word no article uses is explained by its dictionary definition', () => {
  const small = NewsIndex.build(
    [article('one', { title: 'Notes', texts: ['Adolf Hitler spoke to the crowd.'] })],
    loadLexicon(),
  );
  it('nazis lends a little to Hitler, and still weighs as a word no article uses', () => {
    const [nazis] = analyzeQuestion(small, 'nazis').concepts;
    const [giraffe] = analyzeQuestion(small, 'giraffe').concepts;
    expect(nazis?.known).toBe(false);
    expect(nazis?.weight).toBe(giraffe?.weight);
    expect(nazis?.wordings.find((w) => w.terms[0] === small.lexicon.term('hitler'))?.factor).toBeLessThan(
      RELATION_FACTORS.hypernym,
    );
  });
  it('a word for someone by sex or age alone weighs as little as a verb: it stands for people named otherwise', () => {
    const weight = (word: string) => analyzeQuestion(small, word).concepts[0]?.weight ?? 0;
    expect(weight('guys')).toBeCloseTo(weight('giraffe') / 2);
    expect(weight('guys')).toBeCloseTo(weight('galloped'));
    expect(weight('surgeons')).toBeCloseTo(weight('giraffe'));
  });
  it('a misspelt verb weighs as the verb it is read as, not as a name no article uses', () => {
    const weight = (word: string) => analyzeQuestion(small, word).concepts[0]?.weight ?? 0;
    expect(weight('gallopped')).toBeCloseTo(weight('galloped'));
    expect(weight('gallopped')).toBeCloseTo(weight('giraffe') / 2);
  });
  it('a verb is not defined (its definition is told in the most general verbs)', () => {
    const [caught] = analyzeQuestion(small, 'caught').concepts;
    expect(caught?.wordings.map((w) => w.terms.join(' '))).toEqual([small.lexicon.term('caught')]);
  });
});

describe('closer relations count more', () => {
  it('the word as asked outranks a synonym, which outranks a kind', () => {
    const order = ranked('doctor clinic')
      .map((r) => r.article.id)
      .filter((id) => id.startsWith('clinic-'));
    expect(order).toEqual(['clinic-a', 'clinic-b', 'clinic-c']);
  });

  const cases = [
    { asked: 'doctor', term: 'physician', factor: RELATION_FACTORS.synonym },
    { asked: 'doctor', term: 'surgeon', factor: RELATION_FACTORS.hyponym },
    { asked: 'leader', term: 'lead', factor: RELATION_FACTORS.derivation },
    { asked: 'lawyer', term: 'attornei', factor: RELATION_FACTORS.synonym },
    { asked: 'dishonest', term: 'fals', factor: RELATION_FACTORS.similar },
  ] as const;
  for (const { asked, term, factor } of cases) {
    it(`${asked} → ${term} counts ${factor}`, () => {
      const concept = analyzeQuestion(index, asked).concepts[0];
      expect(concept?.wordings[0]).toEqual({ terms: [concept?.term], factor: 1 });
      expect(concept?.wordings.find((w) => w.terms.join(' ') === term)?.factor).toBe(factor);
    });
  }
});

describe('a superlative asked is told by itself; another degree of it only compares', () => {
  const ages = NewsIndex.build(
    [
      article('ages', {
        title: 'Ages',
        texts: ['The younger players and the oldest fans met the young coach.'],
      }),
    ],
    loadLexicon(),
  );
  const factorOf = (asked: string, word: string) =>
    analyzeQuestion(ages, asked).concepts[0]?.wordings.find((w) => w.terms[0] === ages.lexicon.term(word))
      ?.factor;
  it('youngest → younger counts as a synonym; young → younger as a form', () => {
    expect(factorOf('youngest', 'younger')).toBe(RELATION_FACTORS.synonym);
    expect(factorOf('young', 'younger')).toBe(RELATION_FACTORS.form);
  });
});

describe('which words become concepts', () => {
  const cases = [
    // the word after "how" says what kind of answer is wanted
    { question: 'how long did the ferry strike last', words: ['ferry', 'strike', 'last'] },
    // the words of one name are one concept
    { question: 'how old is Omar Haddad', words: ['omar haddad'] },
    // elsewhere it is a content word
    { question: 'long ferry voyage', words: ['long', 'ferry', 'voyage'] },
    // names apart: a comma, or a possessive, or a word no dictionary knows that the corpus lacks (a typo)
    { question: 'Haddad, Arden', words: ['haddad', 'arden'] },
    { question: "Haddad's Arden", words: ['haddad', 'arden'] },
    { question: 'Haddad Ardenn', words: ['haddad', 'ardenn'] },
    // an adverbial phrase built on stop words says nothing of the topic
    { question: 'did the ferry strike end as well', words: ['ferry', 'strike', 'end'] },
    { question: 'who led the rebellion in the end', words: ['led', 'rebellion'] },
    // a phrase for "now" says when, not what
    { question: 'where is the ferry crew striking at the moment', words: ['ferry', 'crew', 'striking'] },
    { question: 'who runs the ferry these days', words: ['runs', 'ferry'] },
    // a source named as "according to" is as "said": no topic
    { question: 'how long did the strike last according to the union', words: ['strike', 'last', 'union'] },
    // a name asked for in so many words: "name" says what kind of answer, not what it is about
    { question: 'what is the name of the ferry company', words: ['ferry', 'company'] },
    { question: "what is the ferry company's name", words: ['ferry', 'company'] },
    // the words that ask how something ended say when, not what
    {
      question: 'did the ferry strike end up lasting nine days',
      words: ['ferry', 'strike', 'lasting', 'nine', 'days'],
    },
  ] as const;
  for (const { question, words } of cases) {
    it(question, () => {
      expect(analyzeQuestion(index, question).concepts.map((c) => c.word)).toEqual(words);
    });
  }

  it('a name is found by any one of its words, and weighs as its rarest', () => {
    const [name] = analyzeQuestion(index, 'Omar Haddad').concepts;
    const [surname] = analyzeQuestion(index, 'Haddad').concepts;
    expect(name?.wordings.map((w) => w.terms.join(' '))).toEqual(['omar', 'haddad']);
    expect(name?.weight).toBe(surname?.weight);
  });

  it('"how long" does not match "long" in a paragraph', () => {
    expect(topText('how long did the ferry strike last')).toBe('The ferry strike lasted nine days.');
  });

  it('a misspelt word is corrected only to a word the corpus uses', () => {
    const [concept] = analyzeQuestion(index, 'Hadad').concepts;
    expect(concept?.usedAsAsked).toBe(true);
    expect(concept?.wordings.map((w) => w.terms.join(' '))).toContain('haddad');
    // a possessive typed without its apostrophe, and misspelt too
    const [possessive] = analyzeQuestion(index, 'Hadads').concepts;
    expect(possessive?.wordings.map((w) => w.terms.join(' '))).toContain('haddad');
    const [unknown] = analyzeQuestion(index, 'Qwzxyv').concepts;
    expect(unknown).toMatchObject({ word: 'qwzxyv', known: false, usedAsAsked: false });
    expect(unknown?.wordings).toHaveLength(1);
  });

  // Other wordings are kept only when the corpus uses them, so these fixtures use them.
  const wider = NewsIndex.build(
    [
      article('wider', {
        title: 'Neutral headline',
        texts: ['An Australian team visited the country.', 'The government met on Monday.'],
      }),
    ],
    index.lexicon,
  );
  const wordingsOf = (question: string) =>
    analyzeQuestion(wider, question).concepts[0]?.wordings.map((w) => w.terms.join(' ')) ?? [];

  it('a name keeps its other names but not its class or kinds', () => {
    expect(analyzeQuestion(wider, 'australia').concepts[0]?.isName).toBe(true);
    expect(wordingsOf('australia')).toContain(index.lexicon.term('australian'));
    expect(wordingsOf('australia')).not.toContain(index.lexicon.term('country'));
  });

  it('a misspelt English word the corpus does not use is read as the English word', () => {
    expect(wordingsOf('goverment')).toContain(index.lexicon.term('government'));
  });

  it.each([
    // a place or a person: no other words stand in for it
    ['australia', true],
    ['france', true],
    // a name of a kind of made thing is told in other words too ("a wireless network")
    ['wifi', false],
  ] as const)('the name %s must appear in a passage that answers: %s', (name, must) => {
    const concept = analyzeQuestion(wider, `${name} network`).concepts[0];
    expect(concept?.isName).toBe(true);
    expect(concept?.mustAppear).toBe(must);
  });

  it('a misspelt English word is no name: it is the word it is read as', () => {
    const [concept] = analyzeQuestion(wider, 'goverment').concepts;
    expect(concept?.readAs).toBe('government');
    expect(concept?.isName).toBe(false);
    expect(analyzeQuestion(wider, 'australa').concepts[0]?.isName).toBe(true);
  });

  it('a typo one slip from an English word whose stem the corpus uses is read as that word', () => {
    const bid = NewsIndex.build(
      [
        article('bid', {
          title: 'Club sale',
          texts: ['The consortium offered £6m. The opening match is on Friday.'],
        }),
      ],
      index.lexicon,
    );
    // "offering" (one slip; "offered" is in the corpus), not "opening" (two slips, used as such)
    const [concept] = analyzeQuestion(bid, 'ofering').concepts;
    expect(concept?.readAs).toBe('offering');
  });

  describe('an English word no article uses in any wording, one edit from a corpus word', () => {
    const club = NewsIndex.build(
      [
        article('club', {
          title: 'Cup tie',
          texts: ['The club manager Tom Lee spoke of his anger. Part of the stand was shut.'],
        }),
      ],
      index.lexicon,
    );
    it.each([
      // a slip that made another English word is read as the word the corpus uses
      ['who is the manger of the club', 'manager'],
      // a familiar word of English is typed as meant: "party" is no slip for "part"
      ['which party is tom lee from', undefined],
      // with its first letter: "ranger" is no slip for "anger"
      ['who is the ranger of the club', undefined],
      // a word the corpus uses is as asked
      ['who is the manager of the club', undefined],
    ] as const)('%s: read as %s', (question, meant) => {
      const concept = analyzeQuestion(club, question).concepts.find((c) => /(?:ger|party)$/.test(c.word));
      expect(concept).toBeDefined();
      expect(concept?.readAs).toBe(meant);
    });
  });

  it('a name the dictionary knows, one slip from a corpus name, is read as it though its class is used', () => {
    const trial = NewsIndex.build(
      [
        article('trial', {
          title: 'Fraud trial',
          texts: ['Scott Sullivan, 42, told the court about the accounts. European markets fell.'],
        }),
      ],
      index.lexicon,
    );
    // "European", the class of a Scot, is no other wording of a name, so "scot" is read as "scott"
    const concept = analyzeQuestion(trial, 'how old is scot').concepts.find((c) => c.word === 'scot');
    expect(concept?.wordings.map((w) => w.terms.join(' '))).toContain(index.lexicon.term('scott'));
  });

  it("a phrasal verb brings its own other words besides the verb's", () => {
    const obituary = NewsIndex.build(
      [article('obit', { title: 'Obituary', texts: ['The singer died in 1970 at the age of 27.'] })],
      index.lexicon,
    );
    const [verb] = analyzeQuestion(obituary, 'when did the singer pass away').concepts.filter(
      (c) => c.word === 'pass',
    );
    expect(verb?.wordings.map((w) => w.terms.join(' '))).toContain(index.lexicon.term('died'));
    // "pass" alone has no such sense among its first
    const [alone] = analyzeQuestion(obituary, 'when did the singer pass').concepts.filter(
      (c) => c.word === 'pass',
    );
    expect(alone?.wordings.map((w) => w.terms.join(' '))).not.toContain(index.lexicon.term('died'));
  });

  it('a counted noun typed with a slip counts what it is read as, not anything', () => {
    const ward = NewsIndex.build(
      [article('ward', { title: 'Ward shut', texts: ['It closed four wards and cancelled operations.'] })],
      index.lexicon,
    );
    const { expected } = analyzeQuestion(ward, 'how many operatons got cancled');
    expect(expected.countedAs).toBe('operations');
    // WordNet does not know "operatons", which would let "four wards" count them
    expect(holdsExpectedFact(expected, factsOf('It closed four wards.'), new Set())).toBe(false);
    expect(holdsExpectedFact(expected, factsOf('It cancelled 42 operations.'), new Set())).toBe(true);
  });

  it('a name whose every word the articles use is not read as another one slip away', () => {
    const council = NewsIndex.build(
      [
        article('council', {
          title: 'Flood row',
          texts: ['Council leader Derek Hollins blamed the agency.', 'Brewer Hollis and Thwaite was sold.'],
        }),
      ],
      index.lexicon,
    );
    const [concept] = analyzeQuestion(council, 'which party is derek hollins from').concepts.filter((c) =>
      c.word.includes('hollins'),
    );
    const terms = concept?.wordings.flatMap((w) => w.terms) ?? [];
    expect(terms).toContain(index.lexicon.term('hollins'));
    expect(terms).not.toContain(index.lexicon.term('hollis'));
    // a word the articles do not use is still read as the name one slip from it
    const slipped = analyzeQuestion(council, 'what did derek holins say').concepts.find((c) =>
      c.word.includes('holins'),
    );
    expect(slipped?.wordings.flatMap((w) => w.terms)).toContain(index.lexicon.term('hollins'));
  });

  it('a word cut short is read as the few corpus words it begins', () => {
    const guitars = NewsIndex.build(
      [
        article('sale', {
          title: 'Auction',
          texts: [
            'The Stratocaster sold for £100,000, and a Telecaster for less.',
            'The mercenaries were paid.',
          ],
        }),
      ],
      loadLexicon(),
    );
    const readings = (word: string) =>
      analyzeQuestion(guitars, word).concepts[0]?.wordings.map((w) => w.terms.join(' ')) ?? [];
    expect(readings('strat')).toContain(guitars.lexicon.term('stratocaster'));
    expect(readings('mercs')).toContain(guitars.lexicon.term('mercenaries'));
    // Too short to say which word it begins.
    expect(readings('tel')).not.toContain(guitars.lexicon.term('telecaster'));
    // Of its readings ("mercy", one slip; "mercenaries", begun), the one the articles use is the one meant.
    expect(analyzeQuestion(guitars, 'how many mercs were paid').concepts[0]?.readAs).toBe('mercenaries');
  });

  it('a misspelt word takes no class or kinds: its reading is a guess', () => {
    const sick = NewsIndex.build(
      [article('sick', { title: 'Outbreak', texts: ['The disease spread, and the illness with it.'] })],
      index.lexicon,
    );
    const wordings = (question: string) =>
      analyzeQuestion(sick, question).concepts[0]?.wordings.map((w) => w.terms.join(' ')) ?? [];
    expect(wordings('disease')).toContain(index.lexicon.term('illness'));
    expect(wordings('diseese')).toContain(index.lexicon.term('disease'));
    expect(wordings('diseese')).not.toContain(index.lexicon.term('illness'));
  });

  it('keeps only the other wordings the corpus uses', () => {
    const wordings = analyzeQuestion(index, 'australia').concepts[0]?.wordings ?? [];
    expect(wordings.map((w) => w.terms.join(' '))).toEqual([index.lexicon.term('australia')]);
  });
});

describe('a kind is read in the sense its word usually has', () => {
  const small = NewsIndex.build(
    [
      article('front', {
        title: 'Front notes',
        texts: [
          'Fighters from the hills held the town.',
          'A jet and a bomber flew over the town.',
          'The clashes prompted a flurry of diplomacy.',
          'The talks made no difference.',
        ],
      }),
    ],
    loadLexicon(),
  );
  const concept = (question: string, word: string) =>
    analyzeQuestion(small, question).concepts.find((c) => c.word === word);
  const wordingsOf = (question: string, word: string) =>
    new Set(concept(question, word)?.wordings.map((w) => w.terms.join(' ')));
  const term = (word: string) => small.lexicon.term(word) ?? word;
  // "fighter" names a kind of plane only in a rarer sense: it is nearly always a combatant
  const cases = [
    { question: 'did they down a plane', word: 'plane', kind: 'jet', kept: true },
    { question: 'did they down a plane', word: 'plane', kind: 'bomber', kept: true },
    { question: 'did they down a plane', word: 'plane', kind: 'fighter', kept: false },
  ] as const;
  for (const { question, word, kind, kept } of cases) {
    it(`${word} ${kept ? 'is' : 'is not'} found as ${kind}`, () => {
      expect(wordingsOf(question, word).has(term(kind))).toBe(kept);
    });
  }

  it('a kind answers "what weather" only in its usual sense (a flurry of diplomacy is no snow)', () => {
    expect(concept('what was the weather in the town', 'weather')?.kinds).toEqual([]);
  });

  it('a kind made of stop words alone is no wording, and the class keeps a finite weight', () => {
    const difference = concept('what difference did the jet make', 'difference');
    expect(difference?.wordings.every((w) => w.terms.length > 0)).toBe(true);
    expect(Number.isFinite(difference?.weight)).toBe(true);
  });
});

// A yes/no question after what happened names the claim a paragraph must tell to say whether it did;
// one after what someone said does not, since reports tell that in words of their own.
describe('the claim a yes/no question asks about', () => {
  const cases = [
    { question: 'was the road closed by the flood', claimed: ['closed'] },
    { question: 'did Omar Haddad lead the rebellion', claimed: ['lead'] },
    // a verb of many senses is told by the noun it takes, or by itself where it takes a name or nothing
    { question: 'did the Falcons beat the Rovers', claimed: ['rovers'] },
    { question: 'did the Falcons beat Redmoor', claimed: ['beat'] },
    { question: 'were the Falcons beaten', claimed: ['beaten'] },
    // a verb of communication, also when the tagger misreads a phrasal verb's own word
    { question: 'did the council confirm the flood closed the road', claimed: [] },
    { question: 'did the council own up to the flood damage', claimed: [] },
    // not a yes/no question
    { question: 'who closed the road', claimed: [] },
  ];
  for (const { question, claimed } of cases) {
    it(question, () => {
      const analysis = analyzeQuestion(index, question);
      expect((analysis.claimed ?? []).map((concept) => concept.word)).toEqual(claimed);
    });
  }
});

describe('whose the ones counted are', () => {
  const small = NewsIndex.build(
    [
      article('recall', {
        title: 'Phone recall',
        texts: ['Nexora recalled 160,000 phones. Some 30 Azeri and 20 Kenyan civilians were hurt.'],
      }),
    ],
    loadLexicon(),
  );
  // a country or a people says which side; a maker's name only whose article it is
  it.each([
    { question: 'how many Azeri civilians were hurt', owner: 'azeri' },
    { question: 'how many kenyan civilians were hurt', owner: 'kenyan' },
    { question: 'how many nexora phones were recalled', owner: undefined },
  ])('$question', ({ question, owner }) => {
    expect(analyzeQuestion(small, question).countedOf?.word).toBe(owner);
  });
});

describe('a name is mentioned by any wording of a part the articles do not use as asked', () => {
  const small = NewsIndex.build(
    [
      article('cfo', {
        title: 'Finance chief admits lying',
        texts: ['The former chief financial officer admitted he lied to the board.'],
      }),
      article('kgb', { title: 'Hunger strike', texts: ['An ex-KGB officer is on hunger strike.'] }),
    ],
    loadLexicon(),
  );
  // "ex" is a name the articles use, "cfo" a word they write only in full
  const cases = [
    { question: 'how much did the ex cfo get', mentions: 'chief financi offic' },
    { question: 'how much did the ex cfo get', mentions: 'ex' },
  ] as const;
  it.each(cases)('$question: $mentions', ({ question, mentions }) => {
    const name = analyzeQuestion(small, question).concepts.find((c) => c.isName);
    expect(name?.mentions.map((w) => w.terms.join(' '))).toContain(mentions);
  });
});

describe('a decade is told by any of its years', () => {
  it.each([
    { word: '1990s', first: '1990', last: '1999', count: 10 },
    { word: '80s', first: '1980', last: '2089', count: 20 },
    { word: 'nineties', first: '1890', last: '1999', count: 20 },
    { word: 'ninety', first: undefined, last: undefined, count: 0 },
    { word: '1990', first: undefined, last: undefined, count: 0 },
  ])('$word', ({ word, first, last, count }) => {
    const years = decadeYears(word, loadLexicon().related(word));
    expect(years.length).toBe(count);
    expect(years[0]).toBe(first);
    expect(years.at(-1)).toBe(last);
  });

  it('"since the early nineties" finds "since 1992"', () => {
    const talks = NewsIndex.build(
      [article('talks', { title: 'Talks', texts: ['Talks have gone on since 1992.'] })],
      loadLexicon(),
    );
    const nineties = analyzeQuestion(talks, 'who has led the talks since the early nineties').concepts.find(
      (c) => c.word === 'nineties',
    );
    expect(nineties?.wordings.map((w) => w.terms.join(' '))).toContain('1992');
  });
});

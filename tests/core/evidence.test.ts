import { describe, expect, it } from 'vitest';
import { FACT_BONUS, UNFIT_FACT_SHARE, weighPassage } from '../../src/core/evidence.ts';
import { PLACE_FACTORS } from '../../src/core/evidence-placement.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { rankParagraphs } from '../../src/core/ranking.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const articles: Article[] = [
  article('close', {
    title: 'Monday notes',
    texts: ['The mayor approved the bridge budget on Monday. Residents were not consulted about it at all.'],
  }),
  article('spread', {
    title: 'Tuesday notes',
    texts: [
      'The mayor spoke to reporters on Tuesday morning outside the town hall. Later that day the council met to discuss the old bridge. Several members argued about parking. In the end the budget was not yet final.',
    ],
  }),
  article('novel', {
    title: 'Silent Harbour wins fiction prize',
    texts: [
      'The novel Silent Harbour won the national fiction prize on Tuesday evening.',
      'It was written by Maria Lopez, a teacher from the coast.',
    ],
  }),
  article('bridge', {
    title: 'Road works',
    texts: [
      'Traffic on the coast road moved slowly all week because of the holiday crowds. The bridge was closed on Monday for repairs that will last until the autumn. Engineers found cracks in two of its steel supports after the storm.',
      'The ferry service was cancelled because of the strong winds over the estuary. Passengers were offered refunds at the harbour office on the quay.',
    ],
  }),
];
const index = NewsIndex.build(articles, loadLexicon());

/** The evidence paragraph `n` of an article gives for a question, in the shared corpus or another. */
function evidence(question: string, articleId: string, n = 1, corpus = index) {
  const found = corpus.article(articleId);
  const paragraph = found?.paragraphs[n - 1];
  if (!found || !paragraph) throw new Error(`no paragraph ${articleId}#${n}`);
  return { paragraph, evidence: weighPassage(corpus, analyzeQuestion(corpus, question), found, paragraph) };
}

describe('words close together beat the same words spread over a paragraph', () => {
  const cases = [
    { question: 'mayor bridge budget', close: 'close', spread: 'spread' },
    { question: 'did the mayor approve the bridge budget', close: 'close', spread: 'spread' },
  ] as const;
  for (const { question, close, spread } of cases) {
    it(question, () => {
      const near = evidence(question, close).evidence;
      const far = evidence(question, spread).evidence;
      expect(near.coverage).toBeCloseTo(1);
      expect(far.coverage).toBeLessThan(PLACE_FACTORS.adjacentSentence + 0.05);
      expect(near.score).toBeGreaterThan(far.score);
    });
  }
});

describe('the headline and lead supply names for a later paragraph', () => {
  const cases = [
    { question: 'who wrote Silent Harbour', answer: 'novel#2', lead: 'novel#1' },
    { question: 'who was Silent Harbour written by', answer: 'novel#2', lead: 'novel#1' },
  ] as const;
  for (const { question, answer, lead } of cases) {
    it(question, () => {
      const ranked = rankParagraphs(index, analyzeQuestion(index, question)).map((r) => r.paragraph.key);
      expect(ranked[0]).toBe(answer);
      expect(ranked.indexOf(answer)).toBeLessThan(ranked.indexOf(lead));
    });
  }

  it('credits the headline’s words to the later paragraph at the article factor', () => {
    const { evidence: later } = evidence('Silent Harbour', 'novel', 2);
    expect(later.coverage).toBeCloseTo(PLACE_FACTORS.article);
    expect(later.own).toBe(0);
  });
});

describe('the quoted window', () => {
  const [roadWorks, ferry] = articles.find((a) => a.id === 'bridge')?.paragraphs ?? [];
  const cases = [
    // the next sentence holds a concept: the window takes it in
    {
      question: 'bridge closed cracks',
      n: 1,
      snippet:
        'The bridge was closed on Monday for repairs that will last until the autumn. Engineers found cracks in two of its steel supports after the storm.',
    },
    // no neighbour holds a concept: one sentence alone
    {
      question: 'bridge closed repairs',
      n: 1,
      snippet: 'The bridge was closed on Monday for repairs that will last until the autumn.',
    },
    {
      question: 'engineers cracks storm',
      n: 1,
      snippet: 'Engineers found cracks in two of its steel supports after the storm.',
    },
    // the previous sentence holds a concept
    {
      question: 'ferry refunds',
      n: 2,
      snippet:
        'The ferry service was cancelled because of the strong winds over the estuary. Passengers were offered refunds at the harbour office on the quay.',
    },
  ] as const;
  for (const { question, n, snippet } of cases) {
    it(question, () => {
      const { paragraph, evidence: found } = evidence(question, 'bridge', n);
      expect(found.snippet).toBe(snippet);
      expect(paragraph.text).toContain(found.snippet);
    });
  }

  it('is always an exact substring of its paragraph', () => {
    const questions = ['bridge', 'cracks storm', 'ferry', 'harbour quay', 'traffic week', 'zebra', ''];
    for (const paragraph of [roadWorks, ferry]) {
      if (!paragraph) throw new Error('fixture changed');
      for (const question of questions) {
        const bridge = articles.find((a) => a.id === 'bridge') as Article;
        const found = weighPassage(index, analyzeQuestion(index, question), bridge, paragraph);
        expect(found.snippet.length).toBeGreaterThan(0);
        expect(paragraph.text).toContain(found.snippet);
      }
    }
  });
});

describe('a question about what happened is not answered by what only might, will or was expected to', () => {
  const irrealisArticles: Article[] = [
    article('plans', {
      title: 'Harbour news',
      texts: [
        'The new steel plant was expected to be built on the harbour by the end of next year.',
        'If convicted of fraud, the harbour manager could face a long prison sentence.',
        'The board will decide whether the mayor can join the trade mission to Japan.',
        'The old ferry terminal was sold to a shipping company from Rotterdam last week.',
        'The shipping company is to close the old ferry terminal in the spring.',
        'The shipping company has committed to building a new quay at the harbour by 2028.',
        'The council expects the shipping company to sell the old ferry terminal in the spring.',
      ],
    }),
  ];
  const irrealisIndex = NewsIndex.build(irrealisArticles, loadLexicon());
  const score = (question: string, n: number) => {
    const found = irrealisArticles[0] as Article;
    const paragraph = found.paragraphs[n - 1] as Article['paragraphs'][number];
    return weighPassage(irrealisIndex, analyzeQuestion(irrealisIndex, question), found, paragraph).score;
  };
  // [question about what happened, the same about the future or a possibility, paragraph, irrealis]
  const cases = [
    ['was the new plant built', 'will the new plant be built', 1, true],
    ['is the new plant built yet', 'will the new plant be built', 1, true],
    [
      'was the harbour manager convicted of fraud',
      'could the harbour manager be convicted of fraud',
      2,
      true,
    ],
    ['did the mayor join the trade mission', 'can the mayor join the trade mission', 3, true],
    // "is to close": what is arranged to happen
    ['did the shipping company close the terminal', 'will the shipping company close the terminal', 5, true],
    // a pledge is what is to come
    ['did the shipping company build a new quay', 'will the shipping company build a new quay', 6, true],
    // what is expected of someone
    ['did the shipping company sell the terminal', 'will the shipping company sell the terminal', 7, true],
    // a sentence that tells what happened answers both alike
    ['was the old ferry terminal sold', 'will the old ferry terminal be sold', 4, false],
  ] as const;
  for (const [past, open, n, irrealis] of cases) {
    it(past, () => {
      if (irrealis) expect(score(past, n)).toBeLessThan(score(open, n));
      else expect(score(past, n)).toBeCloseTo(score(open, n));
    });
  }
});

describe('the lead is credited with the words the rest of its article uses, but not with the kind of answer asked', () => {
  const final = NewsIndex.build(
    [
      article('final', {
        title: 'Price claims first title',
        texts: [
          'Welshman Darren Price won his first title on Sunday, beating Kieran Walsh in the final in Preston.',
          'The snooker tour resumes next month. The win lifts Price into the top twenty of the rankings.',
        ],
      }),
      // Other articles use "snooker" too: it is a common word here, "Preston" a rare one.
      ...[1, 2, 3].map((i) =>
        article(`club-${i}`, {
          title: `Club ${i} news`,
          texts: [`The club ${i} snooker league starts on Friday.`],
        }),
      ),
      article('other', {
        title: 'Harbour notes',
        texts: ['The harbour office opened on Monday.'],
      }),
    ],
    loadLexicon(),
  );
  const lead = (question: string) => {
    const found = final.article('final');
    const paragraph = found?.paragraphs[0];
    if (!found || !paragraph) throw new Error('no paragraph final#1');
    const analysis = analyzeQuestion(final, question);
    const weightOf = (word: string) => analysis.concepts.find((c) => c.word === word)?.weight ?? Number.NaN;
    const total = analysis.concepts.reduce((sum, c) => sum + c.weight, 0);
    return { evidence: weighPassage(final, analysis, found, paragraph, false), weightOf, total };
  };

  it('a word only a later paragraph uses counts for the lead at the rest-of-article factor', () => {
    const { evidence: found, weightOf, total } = lead('snooker preston');
    expect(found.coverage).toBeCloseTo(
      (weightOf('preston') + PLACE_FACTORS.restOfArticle * weightOf('snooker')) / total,
      6,
    );
  });

  it('the class a "which X" question asks for is not lent to the lead', () => {
    const { evidence: found, weightOf, total } = lead('which tour did price win');
    expect(weightOf('tour')).toBeGreaterThan(0);
    expect(found.coverage).toBeCloseTo((total - weightOf('tour')) / total, 6);
  });

  const cases = [
    // The lead tells who won in Preston; the paragraph below borrows "Preston" from it and has
    // "snooker" and "win" of its own, but tells of what the win does, not who won.
    { question: 'who won the snooker in preston', first: 'final#1' },
  ] as const;
  for (const { question, first } of cases) {
    it(question, () => {
      const ranked = rankParagraphs(final, analyzeQuestion(final, question)).map((r) => r.paragraph.key);
      expect(ranked[0]).toBe(first);
    });
  }
});

describe('a number the question gives is not lent by the lead, as a name is', () => {
  const strike = NewsIndex.build(
    [
      article('strike', {
        title: 'Dock strike',
        texts: [
          'Some 4,000 dock workers joined the Harbour Union strike on Monday.',
          'The Harbour Union said the workers had been underpaid for years.',
        ],
      }),
    ],
    loadLexicon(),
  );
  const found = strike.article('strike');
  const weigh = (question: string) => {
    const paragraph = found?.paragraphs[1];
    if (!found || !paragraph) throw new Error('no paragraph strike#2');
    return weighPassage(strike, analyzeQuestion(strike, question), found, paragraph);
  };
  it('a paragraph without the number does not hold it, though its lead does', () => {
    // "harbour union workers" are all in the second paragraph; the lead adds "4000" only if lent.
    const withNumber = weigh('harbour union 4000 workers');
    const analysis = analyzeQuestion(strike, 'harbour union 4000 workers');
    const total = analysis.concepts.reduce((sum, c) => sum + c.weight, 0);
    const number = analysis.concepts.find((c) => c.word === '4000');
    expect(number).toBeDefined();
    expect(withNumber.coverage).toBeCloseTo((total - (number?.weight ?? 0)) / total, 6);
  });
});

describe('a "where" question is answered by a place, not by a person or a body named', () => {
  const offices = NewsIndex.build(
    [
      article('offices', {
        title: 'Velmora opens an office',
        texts: [
          "Velmora's new office was opened on Monday, its founder Gerhard Romen said.",
          "Velmora's new office was opened on Monday in Hanau.",
          // a place that acts locates nothing
          "Portugal welcomed Velmora's new office, opened on Monday.",
          "Velmora's new office was opened on Monday near Lisbon.",
        ],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    { n: 1, missesFact: true },
    { n: 2, missesFact: false },
    { n: 3, missesFact: true },
    { n: 4, missesFact: false },
  ];
  for (const { n, missesFact } of cases) {
    it(`paragraph ${n} ${missesFact ? 'does not say' : 'says'} where the office is`, () => {
      const weighed = evidence("where is velmora's new office", 'offices', n, offices).evidence;
      expect(weighed.missesFact).toBe(missesFact);
    });
  }
});

describe("a query's value is told of what the words before its head name", () => {
  const trial = NewsIndex.build(
    [
      article('trial', {
        title: 'Brandt trial',
        texts: [
          'Olof Brandt was freed on bail of $10m on Monday.',
          'Olof Brandt was paid $2m a year by the firm.',
          // the sentence before tells what the sum is of
          'Brandt also owes a large fine. It is $5m.',
          // the sentence tells the head asked; what it is of is named earlier in the paragraph
          'The Brandt Lamp is his latest design. It glows in nine colours. The device will be priced at $90.',
          'The Brandt Lamp is his latest design. It glows in nine colours. A coffee next door is $3.',
        ],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'brandt bail amount', n: 1, missesFact: false },
    { question: 'brandt bail amount', n: 2, missesFact: true },
    { question: 'brandt fine amount', n: 3, missesFact: false },
    { question: 'brandt salary', n: 2, missesFact: false },
    { question: 'brandt lamp price', n: 4, missesFact: false },
    { question: 'brandt lamp price', n: 5, missesFact: true },
    // "how much <sum>" names the sum as a query's head does: his bail is not what he was paid
    { question: 'how much pay did brandt get', n: 2, missesFact: false },
    { question: 'how much pay did brandt get', n: 1, missesFact: true },
    // money itself names no sum
    { question: 'how much money did brandt get', n: 1, missesFact: false },
  ];
  for (const { question, n, missesFact } of cases) {
    it(`"${question}": paragraph ${n} ${missesFact ? 'does not answer' : 'answers'}`, () => {
      expect(evidence(question, 'trial', n, trial).evidence.missesFact).toBe(missesFact);
    });
  }
});

describe('a condition makes no fact of what it conditions, but who voices it is one', () => {
  const conditional: Article[] = [
    article('port', {
      title: 'Port notes',
      texts: [
        'The port will reopen if the weather clears, Harbour Master Ivo Maret said on Monday.',
        'If the weather clears, the port could reopen by 3 May.',
        'Visitors must stay away unless it is urgent, and 42 planned operations were cancelled.',
        'The council gave the owners 30 days to repair the quay, warning of a fine if they did not.',
      ],
    }),
  ];
  const conditionalIndex = NewsIndex.build(conditional, loadLexicon());
  const weigh = (question: string, n: number) => {
    const found = conditional[0] as Article;
    const paragraph = found.paragraphs[n - 1] as Article['paragraphs'][number];
    return weighPassage(conditionalIndex, analyzeQuestion(conditionalIndex, question), found, paragraph);
  };

  it('who is the harbour master: "…, Harbour Master Ivo Maret said" names him', () => {
    expect(weigh('who is the harbour master', 1).holdsFact).toBe(true);
    expect(weigh('who is the harbour master', 1).missesFact).toBe(false);
  });

  it('when did the port reopen: a date under a condition is no date of what happened', () => {
    expect(weigh('when did the port reopen', 2).holdsFact).toBe(false);
  });

  it('how many operations were cancelled: a condition holds only in its own clause', () => {
    expect(weigh('how many operations were cancelled', 3).holdsFact).toBe(true);
    // typed with slips, the count is still of operations
    expect(weigh('how many operatons got cancled', 3).holdsFact).toBe(true);
  });

  it('how long did the council give the owners: a participle after a comma begins a clause of its own', () => {
    expect(weigh('how long did the council give the owners', 4).holdsFact).toBe(true);
  });
});

describe('"who VERB": a name whose window tells neither the deed nor its doer does not answer', () => {
  const reef: Article[] = [
    article('reef', {
      title: 'Reef notes',
      texts: [
        'Dr Tom Hale admitted that the reef survey team had lost data.',
        'Lead diver Ana Ruiz admitted that the reef survey team had lost data.',
        'Dr Tom Hale said that the reef was dying.',
      ],
    }),
  ];
  const reefIndex = NewsIndex.build(reef, loadLexicon());
  const weighed = (question: string, n: number) => {
    const found = reef[0] as Article;
    const paragraph = found.paragraphs[n - 1] as Article['paragraphs'][number];
    return weighPassage(reefIndex, analyzeQuestion(reefIndex, question), found, paragraph);
  };
  const cases = [
    // the name may be anyone the story names
    { question: 'who led the reef survey team', n: 1, bonus: FACT_BONUS * UNFIT_FACT_SHARE, misses: true },
    // the deed's own word ("lead") beside the name tells it
    { question: 'who led the reef survey team', n: 2, bonus: FACT_BONUS, misses: false },
    // reports tell what was said in words of their own
    { question: 'who claimed the reef was dying', n: 3, bonus: FACT_BONUS, misses: false },
    // a writer is told by what they wrote, though "write" may also report what was said
    { question: 'who wrote the reef survey', n: 1, bonus: FACT_BONUS * UNFIT_FACT_SHARE, misses: true },
  ] as const;
  for (const { question, n, bonus, misses } of cases) {
    it(`${question}: paragraph ${n} gains ${bonus.toFixed(2)}${misses ? ' and cannot answer' : ''}`, () => {
      const evidence = weighed(question, n);
      expect(evidence.score - evidence.coverage).toBeCloseTo(bonus, 5);
      expect(evidence.missesFact).toBe(misses);
    });
  }
});

/** Whether the passage `key` ranked for a question lacks a name it asks about (see `missesName`). */
const missesNameIn = (corpus: NewsIndex, question: string, key: string) =>
  rankParagraphs(corpus, analyzeQuestion(corpus, question), { limit: 10 }).find(
    (r) => r.paragraph.key === key,
  )?.evidence.missesName;

describe('a yes/no question is not answered from an article that never mentions the name it asks about', () => {
  const small = NewsIndex.build(
    [
      article('sale', {
        title: 'Oven maker sold',
        texts: ['Hallvik is buying the oven maker, but its pension fund is not part of the sale.'],
      }),
      article('fund', {
        title: 'Pension lifeboat',
        texts: ['The new pension fund for failed firms will not include the oven maker, the minister said.'],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'does the hallvik takeover include the pension fund', key: 'fund#1', misses: true },
    { question: 'does the hallvik takeover include the pension fund', key: 'sale#1', misses: false },
    // a question with no name of its own may be answered from any article
    { question: 'does the takeover include the pension fund', key: 'fund#1', misses: false },
  ] as const;
  it.each(cases)('$question: $key', ({ question, key, misses }) => {
    expect(missesNameIn(small, question, key)).toBe(misses);
  });
});

describe('a country asked about is taken as read only by an article that names no country', () => {
  const novels = NewsIndex.build(
    [
      article('prize', {
        title: 'Nurse wins novel prize',
        texts: ['The novel will be published by Harlow Books, the prize judges said.'],
      }),
      article('abroad', {
        title: 'Novel sold abroad',
        texts: ['The novel will be published by Harlow Books in France, the prize judges said.'],
      }),
      article('usa', {
        title: 'Novel crosses the Atlantic',
        texts: ['The novel will be published in America by Stone House, its agent said.'],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    // national news: the article names no country, so it may tell of the one asked about
    { question: 'who will publish the novel in america', key: 'prize#1', misses: false },
    // the article tells of another country, not of the one asked about
    { question: 'who will publish the novel in america', key: 'abroad#1', misses: true },
    { question: 'who will publish the novel in america', key: 'usa#1', misses: false },
  ] as const;
  it.each(cases)('$question: $key', ({ question, key, misses }) => {
    expect(missesNameIn(novels, question, key)).toBe(misses);
  });
});

describe('a year the question gives says which event it asks about', () => {
  const cups = NewsIndex.build(
    [
      article('cups', {
        title: 'Cup results',
        texts: [
          'Sweden won the cup final in Stockholm.',
          'Sweden won the cup final in 2006.',
          'Earlier this year Sweden won the cup final.',
          'The cup final was played on 14 May.',
        ],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    // a paragraph without the year tells of another final
    { question: 'who won the 2006 cup final', n: 1, missesFact: true },
    { question: 'who won the 2006 cup final', n: 2, missesFact: false },
    // a year told against the day of writing may be the one asked
    { question: 'who won the 2006 cup final', n: 3, missesFact: false },
    // a "when" is answered by a date, which need not repeat the year
    { question: 'when was the 2006 cup final', n: 4, missesFact: false },
  ];
  for (const { question, n, missesFact } of cases) {
    it(`"${question}": paragraph ${n} ${missesFact ? 'cannot answer' : 'may answer'}`, () => {
      expect(evidence(question, 'cups', n, cups).evidence.missesFact).toBe(missesFact);
    });
  }
});

describe('a sum asked by its noun ("what wage") is told with that noun', () => {
  const transfer: Article[] = [
    article('transfer', {
      title: 'Obi joins Brighton',
      texts: [
        'Emeka Obi joined Brighton on Wednesday for a record 58 million euros.',
        'Emeka Obi will earn a wage of £90,000 a week at Brighton.',
      ],
    }),
  ];
  const transferIndex = NewsIndex.build(transfer, loadLexicon());
  const missesFact = (question: string, n: number) =>
    evidence(question, 'transfer', n, transferIndex).evidence.missesFact;

  it.each([
    // the transfer is another sum
    ["what is Emeka Obi's weekly wage at Brighton", 1, true],
    ["what is Emeka Obi's weekly wage at Brighton", 2, false],
    // misspelt, the noun is read as the one English word it may be
    ["what is Emeka Obi's salery at Brighton", 1, true],
    ["what is Emeka Obi's salery at Brighton", 2, false],
    // a noun that names no sum itself says nothing of which ("price tag": its kind is from "price")
    ['what was the price tag on Obi', 1, false],
  ] as const)('%s, paragraph %i: misses the fact: %s', (question, n, misses) => {
    expect(missesFact(question, n)).toBe(misses);
  });
});

describe('the verb that asks for a kind of number is not what the number is of', () => {
  const measures: Article[] = [
    article('scooters', {
      title: 'New rules for e-scooters',
      texts: ['E-scooters sold for road use must weigh no more than 35kg.'],
    }),
    article('probe', {
      title: 'Kestrel probe reaches asteroid',
      texts: ['The Kestrel probe weighs 480kg and carries six instruments.'],
    }),
  ];
  const measuresIndex = NewsIndex.build(measures, loadLexicon());
  it.each([
    ['scooters', true],
    ['probe', false],
  ] as const)('how much does the Kestrel probe weigh: %s misses the fact: %s', (id, misses) => {
    const { evidence: found } = evidence('how much does the Kestrel probe weigh', id, 1, measuresIndex);
    expect(found.missesFact).toBe(misses);
  });
});

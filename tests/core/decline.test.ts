import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, type RankedParagraph } from '../../src/core/answer.ts';
import {
  bestAnswer,
  MIN_ANSWER_SCORE,
  MIN_REACHABLE_SHARE,
  reachableShare,
  unanswerable,
} from '../../src/core/decline.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { rankParagraphs } from '../../src/core/ranking.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { words } from '../../src/core/text.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const articles: Article[] = [
  article('worldcom', {
    title: 'WorldCom founder on trial',
    texts: [
      'Bernard Ebbers, who founded WorldCom in 1983, went on trial in New York on Monday.',
      'Prosecutors say Ebbers knew of an accounting fraud worth eleven billion dollars.',
      'His lawyers said he had relied on the advice of the company accountants.',
    ],
  }),
  article('harbour', {
    title: 'Harbour bridge closed for repairs',
    texts: [
      'The harbour bridge was closed on Tuesday after engineers found cracks in its supports.',
      'The mayor said the repairs would cost four million dollars and take three months.',
    ],
  }),
  article('election', {
    title: 'Turnout rises in local election',
    texts: ['Turnout in the local election rose to 61 percent, the electoral commission said.'],
  }),
  // A local paper mentions its mayor often: "mayor" is a common word here, as it is in real corpora.
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
    article(`district-${i}`, {
      title: `District ${i} notes`,
      texts: [
        `The mayor opened the new playground in district ${i} on a sunny morning.`,
        `Children from the district ${i} school attended with their teachers.`,
      ],
    }),
  ),
];
const index = NewsIndex.build(articles, loadLexicon());
const ask = (question: string) => answerQuestion(index, question);

// Every folded word of the corpus, headlines included: what "no article mentions" must never contradict.
const corpusWords = new Set(
  articles.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.text)].flatMap(words)),
);

/** The words a decline names as unused: the quoted items of its "No article mentions …" sentence. */
function namedAsUnused(answer: string): string[] {
  const sentence = /No article mentions (.*?)\.(?: They| Closest|$)/.exec(answer)?.[1] ?? '';
  return [...sentence.matchAll(/“([^”]*)”/g)].map((m) => m[1] as string);
}

describe('questions the articles do not answer are declined', () => {
  const cases = [
    'what is the recipe for lemon cake',
    'who won the football world cup',
    'how tall is the tallest giraffe',
    'did the mayor marry a dentist',
    // every word is in the articles, but no passage holds the number asked for
    'how many engineers found cracks in the bridge',
    'when did the lawyers rely on the accountants',
  ] as const;
  for (const question of cases) {
    it(question, () => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.citations).toEqual([]);
      expect(answer.answer).toMatch(/^The articles don’t answer that\./);
    });
  }

  // The same wording answers when the articles hold it: declining is not the default.
  it('answers a question the articles do answer', () => {
    expect(ask('how much will the bridge repairs cost').answered).toBe(true);
  });
});

// "A&E" is one name, typed "a&e" or not: a decline names it whole, and a paragraph that writes it answers.
describe('initials joined by an ampersand are one name', () => {
  it('a decline names them as typed, not their last letter', () => {
    expect(namedAsUnused(ask('was a&e shut').answer)).toContain('a&e');
    expect(namedAsUnused(ask('was a&e shut').answer)).not.toContain('e');
  });
  it('a paragraph that writes them answers', () => {
    const hospital = NewsIndex.build(
      [
        article('hospital', {
          title: 'Hospital update',
          texts: ['The A&E department was shut on Tuesday after a flood.', 'The wards stayed open.'],
        }),
        article('shop', { title: 'Shop news', texts: ['The shop was shut on Tuesday for a stocktake.'] }),
      ],
      loadLexicon(),
    );
    const answer = answerQuestion(hospital, 'was a&e shut on tuesday');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.snippet).toContain('A&E');
  });
});

// A query names one thing in several words: a passage that tells only one of them is about another.
describe('a query of three words or more is answered only where the window tells two of them', () => {
  const songs = article('songs', {
    title: 'Singer looks back',
    texts: ['He wrote the first songs on a kitchen table in 1986, when he had nothing else to do.'],
  });
  const football = article('football', {
    title: 'Rovers climb',
    texts: ['Rovers climbed to third in the league table after a 2-0 win on Saturday.'],
  });
  const weather = article('weather', { title: 'Weather', texts: ['Rain is expected across the north.'] });
  const cases = [
    { articles: [songs, weather], query: 'premier league table', cites: undefined },
    { articles: [songs, football, weather], query: 'premier league table', cites: 'league table' },
    { articles: [songs, weather], query: 'kitchen table songs', cites: 'kitchen table' },
  ];
  for (const { articles: corpus, query, cites } of cases) {
    it(`${query}, over ${corpus.map((a) => a.id).join(' and ')}`, () => {
      const answer = answerQuestion(NewsIndex.build(corpus, loadLexicon()), query);
      expect(answer.answered).toBe(cites !== undefined);
      if (cites !== undefined) expect(answer.citations[0]?.snippet).toContain(cites);
    });
  }
});

// "Did X happen" is answered only where the paragraph tells X, in any wording: the names alone, with
// the headline, say nothing of whether it happened. What someone said is told in words of its own.
describe('a yes/no question whose paragraph does not tell what it asks is declined', () => {
  const cases = [
    { question: 'was the election closed', answered: false },
    { question: 'was the harbour bridge closed', answered: true },
    { question: 'did engineers find cracks in the bridge', answered: true },
    // a verb of communication: the report tells it in its own words ("Prosecutors say Ebbers knew")
    { question: 'did prosecutors claim that Ebbers knew of the fraud', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => expect(ask(question).answered).toBe(answered));
  }
});

// The best-ranked passage is what a number question is about: when it holds no number, a lower one
// that holds some tells of something else (here, of a settlement, not of the pension).
describe('a number question whose best passage holds no number is declined', () => {
  const spy = NewsIndex.build(
    [
      article('spy', {
        title: 'Former spy on hunger strike',
        texts: [
          'A former spy who worked for British intelligence is on hunger strike in London.',
          'Viktor Petrov says the government denied him the decent pension it had promised.',
          'Petrov was paid a settlement of 65,000 pounds four years ago.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    { question: "how big is Petrov's pension", answered: false },
    { question: 'when was Petrov promised a pension', answered: false },
    // the passage that holds the settlement is the best-ranked one for a question about it
    { question: 'how much was the settlement Petrov was paid', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(spy, question).answered).toBe(answered);
    });
  }
});

// A question that asks for a name is answered only by a sentence that gives one the question does not;
// one after someone by their role alone, only where the role is mentioned.
describe('a question asking for a name or a role whose best passage does not tell it is declined', () => {
  const auction = NewsIndex.build(
    [
      article('auction', {
        title: 'Guitar sold at auction',
        texts: [
          'A guitar that belonged to the singer Lena Marsh has been sold for 90,000 pounds at an auction.',
          'The auction house said the guitar was bought by the collector Arvid Holm.',
          'The singer recorded her last album in a small studio.',
          'The presenter said bidding was brisk.',
          'The bidding team will now decide whether the guitar can be shown again.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    // the buyer is named
    { question: 'what is the name of the collector who bought the guitar', answered: true },
    // the studio's sentence names only the singer the question names
    { question: 'what is the name of the studio where Lena Marsh recorded her last album', answered: false },
    // a plain "who" may be answered by "the auction house" as well as by a name
    { question: 'who recorded an album in a small studio', answered: true },
    // the sale's sentence does not mention the presenter: its names play other parts
    { question: 'who was the presenter when the guitar of Lena Marsh was sold', answered: false },
    // the buyer is mentioned beside his name
    { question: 'who was the collector that bought the guitar', answered: true },
    // the presenter is mentioned, but no name says who it was
    { question: 'who was the presenter at the auction', answered: false },
    // "guy" says someone, not a part: the articles need not call him one
    { question: 'who was the guy that bought the guitar', answered: true },
    // a sentence that names no one answers a plain "who" by the subject of the deed told as a verb,
    // not by a noun built on its word ("the bidding team will decide")
    { question: 'who bid for the guitar', answered: false },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(auction, question).answered).toBe(answered);
    });
  }
});

// Someone the paragraph gives another office holds that one wherever it names them again.
describe('a name given another office than the role asked after does not answer', () => {
  const cabinet = NewsIndex.build(
    [
      article('cabinet', {
        title: 'Minister rejects border claims',
        texts: [
          'Foreign Minister Tomas Varga spoke of the defence of the border on Monday. "Nobody crossed it," Varga said.',
          'Health Minister Ilona Kerr opened a clinic in the capital.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'who is the defence minister', answered: false },
    { question: 'who is the foreign minister', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => expect(answerQuestion(cabinet, question).answered).toBe(answered));
  }
});

describe('a word for the doer asked after alone does not answer', () => {
  const study = NewsIndex.build(
    [
      article('study', {
        title: 'Diet study published',
        texts: ['Lead author Dr Mia Dorn said the effect of the diet was small.'],
      }),
      article('theatre', {
        title: 'Theatre reopens',
        texts: ['The theatre reopened, and the town takes pride in it.'],
      }),
      article('letters', {
        title: 'Residents complain',
        texts: ['Residents wrote to the council about the noise.'],
      }),
    ],
    loadLexicon(),
  );
  it.each([
    // the study's author wrote no novel: nothing of what was written is in her sentence
    { question: 'who wrote pride and prejudice', answered: false },
    { question: 'who wrote the diet study', answered: true },
  ])('$question', ({ question, answered }) => {
    expect(answerQuestion(study, question).answered).toBe(answered);
  });
});

describe('"which prison" is answered by a place named as a prison, not by a place near one', () => {
  const jail = NewsIndex.build(
    [
      article('jailed', {
        title: 'Blogger jailed',
        texts: [
          'The blogger Tarek Moll was sentenced by a court in the Varsland region on Monday.',
          'His lawyer said Moll was being held in Kessel prison, far from his family.',
        ],
      }),
      article('singer', {
        title: 'Singer arrested',
        texts: ['The singer Ana Brow, arrested in the Ostmark region on Friday, is now in prison.'],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'which prison is Tarek Moll held in', answered: true },
    // only the region she was arrested in is told, not the prison
    { question: 'which prison is Ana Brow held in', answered: false },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(jail, question).answered).toBe(answered);
    });
  }
});

describe('a question after someone by a part they play is answered only by a sentence naming them', () => {
  const club = NewsIndex.build(
    [
      article('club', {
        title: 'Club fined over stadium crush',
        texts: [
          'The club was fined on Monday after a crush at the stadium gates injured nine fans.',
          '"We accept the ruling in full," Harbour Master Ivo Maret said.',
          'The groundsman told the inquiry the gates had been locked by mistake.',
        ],
      }),
      article('port', {
        title: 'Port closed by strike',
        texts: [
          'The port was closed on Monday after a strike by dockers.',
          'An aide to Mayor Lena Vesna swiftly denied the reports.',
          '"Rumours of a deal are complete nonsense," said Ivo Maret.',
        ],
      }),
      article('ferry', {
        title: 'Ferry firm sold',
        texts: ['The ferry firm was sold for £2m on Friday.', 'The buyer has promised to keep all routes.'],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    // the title the question shares does not give the name that follows it
    { question: 'who is the harbour master', answered: true },
    // the part is told at the end of the paragraph before the one that names him
    { question: 'who was the vesna aide that called the rumours nonsense', answered: true },
    // the buyer is mentioned, never named
    { question: 'who is the buyer of the ferry firm', answered: false },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(club, question).answered).toBe(answered);
    });
  }
});

describe('a "where" question is answered only by a sentence that names a place or locates something; a "which X" by a place of the class', () => {
  const hunts = NewsIndex.build(
    [
      article('vale', {
        title: 'Hunts ride out',
        texts: ['The Quillon Hunt had one pack out on Thursday and has promised a hunt this weekend.'],
      }),
      article('dale', {
        title: 'Hunt moves',
        texts: ['The Darrow Hunt is based at the old mill these days.'],
      }),
      article('games', {
        title: 'Games makers ask for help',
        texts: [
          'Games developers in the capital say they get less support than rivals in Canada and France.',
          'The Warrow Hunt is based in Latvia, the country it moved to last year.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'where is the quillon hunt based', answered: false },
    { question: 'where is the darrow hunt based', answered: true },
    // "which country" and "the capital of X" are told only by a place of the class
    { question: 'what is the capital of canada', answered: false },
    { question: 'which country is the warrow hunt based in', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(hunts, question).answered).toBe(answered);
    });
  }
});

describe('a question after how something ended is answered only by a sentence telling it happened', () => {
  const trial = NewsIndex.build(
    [
      article('trial', {
        title: 'Harbour manager on trial for fraud',
        texts: [
          'The harbour manager Olof Brandt is on trial for fraud.',
          'Brandt could face ten years in prison if the jury finds him guilty.',
          'His deputy pleaded guilty to fraud last year.',
          'The new ferry terminal was bought by a shipping firm on Monday.',
          'The harbour office will be rebuilt next year.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    // what may happen, and a guilty plea without "found", tell no outcome
    { question: 'was Brandt found guilty in the end', answered: false },
    { question: 'is the harbour office rebuilt yet', answered: false },
    // the sale happened, told as asked or by the opposite verb
    { question: 'who ended up buying the ferry terminal', answered: true },
    { question: 'was the ferry terminal sold in the end', answered: true },
    // without the words that ask how it ended, the closest reading is quoted as before
    { question: 'was Brandt found guilty', answered: true },
    { question: 'will the harbour office be rebuilt', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(trial, question).answered).toBe(answered);
    });
  }
});

describe('"what did X say" is answered by what X says, not by a quote of someone who mentions X', () => {
  const film = NewsIndex.build(
    [
      article('film', {
        title: 'Row over film scenes',
        texts: [
          'The island chief Aron Vale said talks with Velmora Films revealed the cannibal scenes would stay.',
          'The actor Maya Lind met islanders on Monday. She said the cannibal scenes were offensive.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    // every passage quotes someone else
    { question: 'what did Velmora Films say about the cannibal scenes', answered: false },
    { question: 'what did Aron Vale say about the cannibal scenes', answered: true },
    // a pronoun speaks for the one just named
    { question: 'what did Maya Lind say about the cannibal scenes', answered: true },
    // not a question after anyone's words
    { question: 'what will happen to the cannibal scenes', answered: true },
  ] as const;
  for (const { question, answered } of cases) {
    it(question, () => {
      expect(answerQuestion(film, question).answered).toBe(answered);
    });
  }

  it('passes over a passage that quotes someone else to one that quotes the one asked for', () => {
    const studio = NewsIndex.build(
      [
        article('chief', {
          title: 'Velmora film row',
          texts: [
            'Aron Vale said the cannibal scenes of the Velmora film would stay after talks with Velmora.',
          ],
        }),
        article('studio', {
          title: 'Studio answers',
          texts: ['Velmora said the cannibal scenes were a small part of the story.'],
        }),
      ],
      loadLexicon(),
    );
    const question = 'what did Velmora say about the cannibal scenes of the film';
    const ranked = rankParagraphs(studio, analyzeQuestion(studio, question));
    expect(ranked[0]?.paragraph.key).toBe('chief#1');
    expect(ranked[0]?.evidence.quotesAnother).toBe(true);
    expect(answerQuestion(studio, question).citations[0]?.snippet).toContain('a small part of the story');
  });
});

// The class of a "what X" question says what kind of thing answers: a passage that holds it and
// nothing else of the question tells of another X.
describe('a passage that holds only the class of thing asked for is no answer', () => {
  const region = NewsIndex.build(
    [
      article('region', {
        title: 'Shelling goes on',
        texts: [
          'Shelling went on for a third day.',
          "The shelling was mostly aimed at the region's capital, Velmora.",
          'Portugal called for calm.',
        ],
      }),
      ...articles,
    ],
    loadLexicon(),
  );
  const cases = [
    { question: 'what is the capital of Portugal', answers: false },
    { question: 'what is the capital of the region', answers: true },
  ] as const;
  for (const { question, answers } of cases) {
    it(`${question}: the sentence about the region's capital ${answers ? 'answers' : 'does not'}`, () => {
      const ranked = rankParagraphs(region, analyzeQuestion(region, question));
      const capital = ranked.find((r) => r.paragraph.key === 'region#2');
      expect(capital?.evidence.missesFact).toBe(!answers);
    });
  }
});

describe('bestAnswer passes over only passages of articles that never mention the names asked, a lead, and weaker evidence', () => {
  const articles = new Map<string, object>();
  // "a" is paragraph 2 of article a; "a#1" is article a's lead.
  const passage = (id: string, score: number, misses: { fact?: boolean; name?: boolean } = {}) => {
    const [articleId = id, n = '2'] = id.split('#');
    if (!articles.has(articleId)) articles.set(articleId, { id: articleId });
    return {
      article: articles.get(articleId),
      paragraph: { key: id, n: Number(n) },
      evidence: { score, missesFact: misses.fact ?? false, missesName: misses.name ?? false },
    } as unknown as RankedParagraph;
  };
  const high = MIN_ANSWER_SCORE + 0.2;
  const low = MIN_ANSWER_SCORE - 0.05;
  const cases: { name: string; ranked: RankedParagraph[]; best: string | undefined }[] = [
    { name: 'the best-ranked passage answers', ranked: [passage('a', high), passage('b', high)], best: 'a' },
    {
      name: 'the best-ranked is of an article without the name',
      ranked: [passage('a', high, { name: true }), passage('b', high)],
      best: 'b',
    },
    {
      name: 'the best-ranked lacks the number asked for',
      ranked: [passage('a', high, { fact: true }), passage('b', high)],
      best: undefined,
    },
    {
      name: 'the best-ranked scores too little',
      ranked: [passage('a', low), passage('b', low)],
      best: undefined,
    },
    {
      name: 'the best-ranked lacks the number asked for, and another article’s passage is stronger evidence',
      ranked: [passage('a', high, { fact: true }), passage('b', high + 0.05)],
      best: 'b',
    },
    {
      name: 'the best-ranked scores too little, and another article’s passage is stronger evidence',
      ranked: [passage('a', low), passage('b', high)],
      best: 'b',
    },
    {
      name: 'the best-ranked lacks the number asked for, and a stronger passage is of its own article',
      ranked: [passage('a#2', high, { fact: true }), passage('a#3', high + 0.05)],
      best: undefined,
    },
    { name: 'no passage', ranked: [], best: undefined },
    {
      name: 'the best-ranked is a lead that does not answer: its article’s next passage that does',
      ranked: [passage('a#1', high, { fact: true }), passage('a#3', high)],
      best: 'a#3',
    },
    {
      name: 'the best-ranked is a lead that does not answer, and the next answer is in another article',
      ranked: [passage('a#1', high, { fact: true }), passage('b#3', high)],
      best: undefined,
    },
    {
      name: 'only the first lead is passed over',
      ranked: [
        passage('a#1', high, { fact: true }),
        passage('a#2', high, { fact: true }),
        passage('a#3', high),
      ],
      best: undefined,
    },
    {
      name: 'the best-ranked is a lead that scores too little',
      ranked: [passage('a#1', low), passage('a#3', high)],
      best: undefined,
    },
  ];
  for (const { name, ranked, best } of cases) {
    it(name, () => {
      expect(bestAnswer(ranked)?.paragraph.key).toBe(best);
    });
  }
});

/** An index of the shared articles and one more, whose second paragraph is the sentence tried. */
const withSentence = (title: string, sentence: string, after: readonly string[] = []) =>
  NewsIndex.build(
    [
      article('tried', { title, texts: ['Shelling went on for a third day.', sentence, ...after] }),
      ...articles,
    ],
    loadLexicon(),
  );

// A place is of the event asked about when its sentence tells something of it besides the names; a
// plain verb ("played", "held") tells nothing of which event, so the event's name is enough.
describe('where an event named by the question is', () => {
  const build = (sentence: string) => withSentence('Snooker news', sentence);
  it.each([
    {
      question: 'where is the Velmora Masters played',
      sentence: 'His next match will be at the Velmora Masters at Alexandra Palace in London.',
      answered: true,
    },
    {
      question: 'where was the Velmora Masters abandoned',
      sentence: 'His next match will be at the Velmora Masters at Alexandra Palace in London.',
      answered: false,
    },
  ])('$question', ({ question, sentence, answered }) => {
    expect(answerQuestion(build(sentence), question).answered).toBe(answered);
  });
});

// A name asked for is not the place where something is.
describe('a name asked for is not answered by a place where something is', () => {
  const build = (sentence: string) => withSentence('Marathon news', sentence);
  const question = 'what is the new marathon going to be called';
  it.each([
    { sentence: 'The new marathon will be run in Portugal next year.', answered: false },
    { sentence: 'The new marathon will be run as the Lisbon Classic next year.', answered: true },
  ])('$sentence', ({ sentence, answered }) => {
    expect(answerQuestion(build(sentence), question).answered).toBe(answered);
  });
});

// "Which court" is answered by a name or by a word that tells the court from others ("a revolutionary
// court"); "the court" tells nothing of which.
describe('a "which X" question is answered by a name or a word that tells which X', () => {
  const build = (sentence: string) => withSentence('Blogger jailed', sentence);
  const question = 'which court sentenced Orvald';
  it.each([
    { sentence: 'Orvald was sentenced by the court on Monday.', answered: false },
    { sentence: 'Orvald was sentenced by a revolutionary court on Monday.', answered: true },
  ])('$sentence', ({ sentence, answered }) => {
    expect(answerQuestion(build(sentence), question).answered).toBe(answered);
  });
});

// A count the question gives says which thing it asks about: a paragraph without it tells of another.
describe('a passage without the count the question gives does not answer', () => {
  const build = (sentence: string) =>
    withSentence('Ranch seized', sentence, ['Velmora bought 13 farms in 2001.']);
  const question = 'how many workers does Velmora employ on its 13 farms';
  it.each([
    { sentence: 'The Velmora farm, which employs 300 workers, was seized.', answered: false },
    { sentence: 'Velmora employs 2,000 workers on its 13 farms.', answered: true },
  ])('$sentence', ({ sentence, answered }) => {
    expect(answerQuestion(build(sentence), question).answered).toBe(answered);
  });
  // a year the question gives is a time, which the articles may write otherwise
  it('a paragraph without the decade asked about may still answer', () => {
    const index = build('The talks have been led by Ana Vel since 1992.');
    expect(answerQuestion(index, 'who has led the talks since the early 90s').answered).toBe(true);
  });
});

// A time or a place is of the event asked about only where its sentence or a neighbour tells of it.
describe('a time or place answers only beside something of the event asked about', () => {
  const build = (sentence: string) => withSentence('Telecoms chief on trial', sentence);
  it.each([
    { sentence: 'Orvald is on trial over the collapse of Telvia in 2002.', answered: false },
    { sentence: 'Orvald was sentenced to ten years in prison in 2005.', answered: true },
    { sentence: 'Orvald appeared in court in 2005, when the judge sentenced him.', answered: true },
  ])('when was Orvald sentenced: $sentence', ({ sentence, answered }) => {
    expect(answerQuestion(build(sentence), 'when was Orvald sentenced').answered).toBe(answered);
  });
  // the class asked by ("which cities") is what the names that answer are
  it('a "which" place question is answered by names of its class', () => {
    const index = NewsIndex.build(
      [
        article('feud', {
          title: 'Countries fight over cheese name',
          texts: [
            'Shelling went on for a third day.',
            'Denmark and Germany are challenging a ruling which said Velmora should have sole rights to Orlak.',
          ],
        }),
        ...articles,
      ],
      loadLexicon(),
    );
    expect(answerQuestion(index, 'which countries are fighting Velmora over Orlak').answered).toBe(true);
  });
});

// The lead repeats the question's words because it sums up the story; the paragraph that answers
// may name the one asked after with fewer of them.
describe('a lead that ranks first and does not answer is passed over within its article', () => {
  const island = NewsIndex.build(
    [
      article('island', {
        title: 'Tribe objects to film',
        texts: [
          "Plans to film Tarvello's Oru people as raiders have been criticised by the group's chief.",
          'Oru Chief Maren Dollick said the script could not be changed.',
        ],
      }),
      article('other', {
        title: 'Harbour reopens',
        texts: ['The harbour reopened on Monday after repairs.'],
      }),
    ],
    loadLexicon(),
  );
  const question = "who is the chief of Tarvello's Oru people";
  it('ranks the lead first, naming no chief', () => {
    const ranked = rankParagraphs(island, analyzeQuestion(island, question));
    expect(ranked[0]?.paragraph.key).toBe('island#1');
    expect(ranked[0]?.evidence.missesFact).toBe(true);
  });
  it('quotes the paragraph that names him', () => {
    const answer = answerQuestion(island, question);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.snippet).toContain('Maren Dollick');
  });
});

describe('a question mostly about what no article mentions is declined before any passage is weighed', () => {
  const cases = [
    // the name is in the articles, the rest in none
    { question: 'what did Ebbers say about giraffes and zebras', hopeless: true },
    { question: 'saxophone concert tickets', hopeless: true },
    // every word is in the articles
    { question: 'when did Ebbers found WorldCom', hopeless: false },
    // a word no article uses, but most of the question is there
    { question: 'did the harbour bridge engineers find cracks in the pylons', hopeless: false },
  ] as const;
  for (const { question, hopeless } of cases) {
    it(`${question}: ${hopeless ? 'hopeless' : 'weighed'}`, () => {
      const analysis = analyzeQuestion(index, question);
      expect(reachableShare(analysis) < MIN_REACHABLE_SHARE).toBe(hopeless);
      expect(unanswerable(analysis)).toBe(hopeless);
    });
  }
});

describe('what a query or a "what X" asks about, when no article uses it, is declined however much of the rest is there', () => {
  const cases = [
    { question: 'harbour bridge engineers funeral', unanswerable: true },
    { question: 'harbour bridge engineers cracks', unanswerable: false },
    // a question with a question word is weighed by its share of the weight
    { question: 'when was the harbour bridge engineers funeral', unanswerable: false },
    // no article mentions a mountain, or any kind of one; bridges they do
    { question: 'what is the tallest mountain near the harbour bridge', unanswerable: true },
    { question: 'what is the longest bridge near the harbour', unanswerable: false },
    // a drawback is told in any words, not named
    { question: 'what drawback did the harbour bridge repairs have', unanswerable: false },
  ] as const;
  for (const { question, unanswerable: expected } of cases) {
    it(question, () => {
      const analysis = analyzeQuestion(index, question);
      expect(reachableShare(analysis)).toBeGreaterThanOrEqual(MIN_REACHABLE_SHARE);
      expect(unanswerable(analysis)).toBe(expected);
    });
  }
});

describe('a decline says which words no article uses', () => {
  const cases = [
    { question: 'did the mayor visit Zanzibar', unused: ['visit', 'zanzibar'], mentioned: ['mayor'] },
    { question: 'saxophone concert tickets', unused: ['saxophone', 'concert', 'tickets'], mentioned: [] },
    // an acronym read as a name is written as one, not as the pronoun it folds to
    { question: 'did the mayor visit the US', unused: ['visit', 'US'], mentioned: ['mayor'] },
  ] as const;
  for (const { question, unused, mentioned } of cases) {
    it(question, () => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(namedAsUnused(answer.answer)).toEqual(unused);
      for (const word of mentioned) expect(answer.answer).toContain(`They do mention “${word}”`);
    });
  }

  // A typo is named as the word it is read as, which the articles use, not as typed.
  it('did the mayor visit the playgrund', () => {
    const answer = ask('did the mayor visit the playgrund');
    expect(answer.answered).toBe(false);
    expect(namedAsUnused(answer.answer)).toEqual(['visit']);
    expect(answer.answer).toContain('They do mention “mayor” and “playground”');
    expect(answer.answer).not.toContain('playgrund');
  });

  // A misspelt name is named as the articles spell it.
  it('did ebers visit zanzibar', () => {
    const answer = ask('did ebers visit zanzibar');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('They do mention “Ebbers”');
    expect(answer.answer).not.toContain('ebers');
  });

  // A word no article uses weighs at least as much as the rarest word the articles use: a passage
  // holding only the name the question shares with it does not answer.
  it('what did Ebbers say about giraffes', () => {
    const answer = ask('what did Ebbers say about giraffes');
    expect(answer.answered).toBe(false);
    expect(namedAsUnused(answer.answer)).toEqual(['giraffes']);
  });

  // A name the dictionary knows, or a number, that no article uses: the question is about something
  // else, however many of its other words the articles share.
  const aboutSomethingElse = [
    { question: 'when did the harbour bridge in Lisbon close', unused: 'lisbon' },
    { question: 'when was Ebbers on trial in 1999', unused: '1999' },
  ] as const;
  for (const { question, unused } of aboutSomethingElse) {
    it(question, () => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(namedAsUnused(answer.answer)).toEqual([unused]);
    });
  }

  // What was done is often told in other words: a verb no article uses weighs half as much as a thing.
  it('were the cracks uncovered, but not: were the cracks in the aqueduct', () => {
    expect(ask('were the cracks uncovered').answered).toBe(true);
    expect(ask('were the cracks in the aqueduct').answered).toBe(false);
  });

  // A word no dictionary knows may be slang or a typo: it does not rule the question out.
  it('how much will the bridge repairs cost, bruv', () => {
    expect(ask('how much will the bridge repairs cost, bruv').answered).toBe(true);
  });

  it('never calls a word unused when an article uses it', () => {
    const vocabulary = [...corpusWords].filter((w) => /^[a-z]+$/.test(w));
    const question = fc
      .array(fc.oneof(fc.constantFrom(...vocabulary), fc.stringMatching(/^[a-z]{3,9}$/)), {
        minLength: 1,
        maxLength: 6,
      })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(question, (q) => {
        const answer = ask(q);
        if (answer.answered) return;
        for (const quoted of namedAsUnused(answer.answer)) {
          for (const word of words(quoted)) expect(corpusWords.has(word), `${q}: “${word}”`).toBe(false);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('a decline names the words the articles use as they write them', () => {
  const cases = [
    { question: 'did ebbers buy a racehorse', written: 'Ebbers' },
    { question: 'was worldcom sold to a bank in march', written: 'WorldCom' },
  ] as const;
  for (const { question, written } of cases) {
    it(question, () => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toContain(`“${written}”`);
      expect(answer.answer).not.toContain(`“${written.toLowerCase()}”`);
    });
  }

  it('says the words are there but not together in a passage that answers', () => {
    const answer = ask('Ebbers turnout bridge');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('but not together in a passage that answers it');
  });
});

describe('a question with nothing to look for', () => {
  const cases = ['', '   ', 'the of and', '???', 'what is it'] as const;
  for (const question of cases) {
    it(JSON.stringify(question), () => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toMatch(/^Ask about something in the articles/);
    });
  }
});

describe('no input makes answering throw', () => {
  const vocabulary = [
    'Ebbers',
    'WorldCom',
    'bridge',
    'mayor',
    'who',
    'how many',
    'when',
    '1983',
    'turnout',
    '?',
  ];
  const anyQuestion = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ maxLength: 400 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((ws) => ws.join(' ')),
  );

  it('returns a well-formed answer whose quotes come from the cited paragraphs', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const answer = ask(question);
        expect(answer.question).toBe(question);
        expect(answer.answer.length).toBeGreaterThan(0);
        if (!answer.answered) {
          expect(answer.citations).toEqual([]);
          return;
        }
        expect(answer.citations.length).toBeGreaterThan(0);
        for (const citation of answer.citations) {
          const paragraph = articles.find((a) => a.file === citation.file)?.paragraphs[
            citation.paragraph - 1
          ];
          expect(citation.text).toBe(paragraph?.text);
          expect(citation.text).toContain(citation.snippet);
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('the mixes of corpus words do reach answered questions', () => {
    expect(ask('Ebbers WorldCom 1983').answered).toBe(true);
  });
});

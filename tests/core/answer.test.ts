import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { Newsdesk } from '../../src/core/engine.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/harbour', import.meta.url));
let engine: Newsdesk;
beforeAll(async () => {
  engine = await Newsdesk.open({ corpusDir: FIXTURE });
});

describe('ranking', () => {
  // Each question names the paragraph that answers it; the first citation must be that paragraph.
  const cases = [
    { question: 'how many dock workers walked off the job', file: 'coast-herald.txt', paragraph: 1 },
    { question: 'who denied the pay cut', file: 'coast-herald.txt', paragraph: 3 },
    { question: 'why did the flood barrier fail', file: 'valley-times.md', paragraph: 3 },
    { question: 'how many residents were evacuated', file: 'valley-times.md', paragraph: 2 },
    { question: 'who offered to mediate', file: 'wire-report.txt', paragraph: 3 },
    { question: 'how much will the repairs cost', file: 'notes.md', paragraph: 2 },
    // word forms: "denies" for "denied", "evacuation" for "evacuated"
    { question: 'port director denies', file: 'coast-herald.txt', paragraph: 3 },
    // typos corrected against the corpus's own words
    { question: 'how many residnets were evacuatd', file: 'valley-times.md', paragraph: 2 },
    { question: 'what did the goverment offer', file: 'wire-report.txt', paragraph: 3 },
    // synonyms from the lexicon: killed/dead are not here, but salary → pay, town → Millbrook's "town"
    { question: 'salary cut payslips', file: 'wire-report.txt', paragraph: 2 },
    { question: 'when did the river burst its banks', file: 'valley-times.md', paragraph: 1 },
  ] as const;
  for (const { question, file, paragraph } of cases) {
    it(question, () => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect({ file: answer.citations[0]?.file, paragraph: answer.citations[0]?.paragraph }).toEqual({
        file,
        paragraph,
      });
    });
  }
});

describe('answers', () => {
  it('quotes sentences with numbered citations that point at real paragraphs', () => {
    const answer = engine.ask('who denied the pay cut');
    expect(answer.citations.length).toBeGreaterThanOrEqual(1);
    expect(answer.citations.length).toBeLessThanOrEqual(3);
    answer.citations.forEach((c, i) => {
      expect(c.n).toBe(i + 1);
      expect(answer.answer).toContain(`[${c.n}]`);
      expect(c.text).toContain(c.snippet);
      const article = engine.articles.find((a) => a.file === c.file);
      expect(article?.paragraphs[c.paragraph - 1]?.text).toBe(c.text);
    });
  });

  it('cites both outlets when both answer', () => {
    const answer = engine.ask('who rejected the claim about night-shift pay');
    const files = answer.citations.map((c) => c.file);
    expect(files).toContain('coast-herald.txt');
    expect(files).toContain('wire-report.txt');
    expect(new Set(files.slice(0, 2)).size).toBe(2);
  });

  it('carries the article metadata into citations', () => {
    const citation = engine.ask('how many residents were evacuated').citations[0];
    expect(citation).toMatchObject({
      file: 'valley-times.md',
      title: 'Flood waters reach Millbrook',
      source: 'Valley Times',
      date: '2021-03-14',
      url: 'https://example.com/millbrook-flood',
    });
  });

  it('lists the matched words for highlighting', () => {
    const answer = engine.ask('evacuated residents');
    expect(answer.matchedWords).toEqual(expect.arrayContaining(['evacuated', 'residents']));
  });

  it('gives the same answer every time and from a fresh engine', async () => {
    const again = await Newsdesk.open({ corpusDir: FIXTURE });
    for (const question of ['strike', 'flood barrier', 'who is the mayor', 'pay']) {
      expect(engine.ask(question)).toEqual(engine.ask(question));
      expect(again.ask(question)).toEqual(engine.ask(question));
    }
  });
});

describe('further quotes', () => {
  const index = NewsIndex.build(
    [
      article('flood', {
        title: 'Floods hit Millbrook',
        texts: [
          'Heavy rain flooded the town of Millbrook on Sunday.',
          'River Watch said 400 homes in Millbrook were flooded by the river.',
          'Flooded homes in the lower town will need new wiring, the council said.',
          'The library reopened on Monday.',
        ],
      }),
    ],
    loadLexicon(),
  );
  it('after the passage that answers, cite one ranked near it that lacks the fact asked for', () => {
    const cited = answerQuestion(index, 'how many homes were flooded').citations;
    expect(cited.map((c) => c.paragraph)).toEqual([2, 3]);
  });

  it('cite the passage ranked above the answer right after it, before lower ones that answer too', () => {
    // The lead ranks first but does not tell that anyone "moved out"; three lower paragraphs do.
    const fires = NewsIndex.build(
      [
        article('fires', {
          title: 'Forest fires force Algarve evacuations',
          texts: [
            'More than 600 people have been evacuated from villages in southern Portugal as forest fires spread in strong winds.',
            'Police told 40 families in Casais to move out.',
            'In Alte, 25 residents moved out overnight.',
            'Some 12 people in Benafim moved out to stay with relatives.',
          ],
        }),
      ],
      loadLexicon(),
    );
    const cited = answerQuestion(
      fires,
      'how many people were moved out because of the portugal fires',
    ).citations;
    expect(cited.map((c) => c.paragraph)).toEqual([4, 1, 3]);
  });
});

describe('a place of the class asked for', () => {
  const calls = [
    article('calls', {
      title: 'Cheap calls abroad',
      texts: [
        'A British internet telephone company is offering calls to landlines for 1p a minute.',
        'Lumic also offers calls to the United States, Canada, France and Germany for 2p a minute.',
      ],
    }),
    article('space', {
      title: 'Satellite launched',
      texts: [
        'The satellite firm is also in talks with a Canadian firm about a joint project.',
        'Shares fell on the London Stock Exchange.',
      ],
    }),
  ];
  it('no capital named, no answer to "what is the capital of canada"', () => {
    const index = NewsIndex.build(calls, loadLexicon());
    expect(answerQuestion(index, 'what is the capital of canada').answered).toBe(false);
  });
  it("the country's own capital answers", () => {
    const talks = article('talks', {
      title: 'Trade talks',
      texts: ['Trade ministers met in Ottawa, the Canadian capital, on Monday.'],
    });
    const index = NewsIndex.build([...calls, talks], loadLexicon());
    expect(answerQuestion(index, 'what is the capital of canada').citations[0]?.file).toBe('talks.txt');
  });
});

describe('rejection', () => {
  const cases = [
    'what is the capital of Peru',
    'weather in Selden tomorrow',
    'who won the football match',
    'how many aircraft crashed in the desert',
  ];
  for (const question of cases) {
    it(`says plainly that the articles do not answer: ${question}`, () => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.citations).toEqual([]);
      expect(answer.answer).toMatch(/^The articles don’t answer that\./);
    });
  }

  it('says which words the articles mention and which they do not', () => {
    expect(engine.ask('weather in Selden tomorrow').answer).toBe(
      'The articles don’t answer that. No article mentions “weather” or “tomorrow”. They do mention “Selden”. ' +
        "Closest topics: Dock workers strike at Port Selden; Union rejects port's account of pay cut.",
    );
  });

  it('offers the closest topics when some words match', () => {
    const answer = engine.ask('weather in Selden tomorrow');
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.answer).toContain('Closest topics:');
  });

  it('asks for a real question when there is nothing to look up', () => {
    for (const question of ['', '   ', 'what is it?', '???']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toBe(
        'Ask about something in the articles: a person, a place, an event or a claim.',
      );
    }
  });
});

describe('search', () => {
  it('ranks matching paragraphs and filters by article', () => {
    const hits = engine.search('flood barrier');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.matchedWords.length > 0)).toBe(true);
    const onlyNotes = engine.search('flood barrier', { articleId: 'notes' });
    expect(onlyNotes.map((h) => h.article.id)).toEqual(onlyNotes.map(() => 'notes'));
    expect(onlyNotes.length).toBeGreaterThan(0);
  });

  it('completes words from the corpus vocabulary', () => {
    expect(engine.completions('evac')).toEqual(['evacuated']);
    expect(engine.completions('')).toEqual([]);
  });
});

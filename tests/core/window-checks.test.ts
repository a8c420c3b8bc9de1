import { describe, expect, it } from 'vitest';
import { sentencesOf, termsOf } from '../../src/core/evidence-cache.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion, bestFactor } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { windowChecks } from '../../src/core/window-checks.ts';
import { article } from '../helpers/fixtures.ts';

const paragraph =
  'The harbour manager Olof Brandt could face ten years in prison if convicted. ' +
  'More than 30 workers were sacked last year. ' +
  'Aron Vale said talks with Velmora revealed the harbour would close. ' +
  'The judge, Mia Dorn, adjourned the case.';
const index = NewsIndex.build(
  [article('harbour', { title: 'Harbour trial', texts: [paragraph] })],
  loadLexicon(),
);

/** The checks for each sentence of the paragraph, in order, weighed as evidence-placement.ts weighs them. */
function checksFor(question: string, text = paragraph, corpus = index) {
  const analysis = analyzeQuestion(corpus, question);
  const sentences = sentencesOf(corpus, text);
  const sentenceTerms = sentences.map((sentence) => termsOf(corpus, sentence));
  const irrealis = sentences.map(
    (sentence) => analysis.expected.happened === true && /\bcould\b/.test(sentence),
  );
  const inSentence = sentenceTerms.map((terms, i) =>
    analysis.concepts.map((concept) => bestFactor(concept, terms) * (irrealis[i] ? 0.5 : 1)),
  );
  const checks = windowChecks(corpus, analysis, {
    sentences,
    sentenceTerms,
    inSentence,
    irrealis,
    readFacts: true,
  });
  return sentences.map((_, i) => ({
    role: checks.mentionsRole(i),
    outcome: checks.tellsOutcome(i),
    deed: checks.tellsDeed(i),
    speaker: checks.quotesSpeaker(i),
    othersClaim: checks.claimedOfAnother(i),
  }));
}

describe('what a window must tell besides the question words', () => {
  it('a role asked after alone is mentioned in the window or beside it', () => {
    expect(checksFor('who was the judge').map((c) => c.role)).toEqual([false, false, true, true]);
    // so is one whose name is asked for in so many words
    expect(checksFor('what is the name of the judge').map((c) => c.role)).toEqual([false, false, true, true]);
  });

  it('a name is not the one the next sentence brings in by the role as someone new', () => {
    const leak =
      'Ms Anand said the files had been seen since September. ' +
      'She said the copies were passed to the firm by a technology journalist. ' +
      'Mr Pike said the files were copied. ' +
      'He is a journalist at the Post. ' +
      'Ms Reyes spoke to the trust. ' +
      'The journalist said the files were copied. ' +
      'Shops shut early. ' +
      'Mr Dunn read the files. ' +
      'He had a copy from the journalist.';
    const small = NewsIndex.build([article('leak', { title: 'Leak', texts: [leak] })], loadLexicon());
    // the name asked for ("the name of the journalist") stands beside the role, and not before "a
    // technology journalist"; "he is a journalist" and "the journalist" may be who was named
    expect(
      checksFor('what is the name of the journalist who passed the files', leak, small).map((c) => c.role),
    ).toEqual([false, true, true, true, true, true, true, true, true]);
    // "a copy from the journalist" points back to one already told of: Mr Dunn may be him
    expect(checksFor('who was the journalist', leak, small).map((c) => c.role)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('a role is mentioned by a word for a person, and a noun before it is part of it', () => {
    const ministry =
      'The defence ministry said 80 fighters were killed. Shops stayed shut. Trains ran late. ' +
      'Defence Minister Ara Lusin spoke to reporters.';
    const small = NewsIndex.build([article('war', { title: 'War', texts: [ministry] })], loadLexicon());
    // the ministry names no minister, and "defence" is the minister's, not something done
    expect(
      checksFor('who is the defence minister and what did he say about the fighters', ministry, small).map(
        (c) => c.role,
      ),
    ).toEqual([false, false, true, true]);
  });

  it('a sentence telling most of what the one asked after did needs no mention of their role', () => {
    // "Aron Vale said talks revealed the harbour would close": the doer, whatever his office
    expect(checksFor('who was the official that said talks revealed the harbour would close')[2]?.role).toBe(
      true,
    );
    // a question that tells no deed, only where ("the official at the harbour talks"), needs the role
    expect(checksFor('who was the official in the talks about the harbour closing')[2]?.role).toBe(false);
    // the harbour alone is not what he did
    expect(checksFor('who was the official that sold the harbour to investors')[2]?.role).toBe(false);
    // the noun before the role tells which office it is, not what its holder did: "the harbour would
    // close" tells nothing the harbour official revealed about the workers
    expect(checksFor('who is the harbour official, and what did he reveal about the workers')[2]?.role).toBe(
      false,
    );
  });

  it('a claim done by someone else the sentence names is not told of the one asked about', () => {
    const pleas =
      'Mr Lane, 42, pleaded guilty to fraud last year. ' +
      'Mr Price denied the charges. ' +
      'He pleaded guilty in the end. ' +
      'Mr Price himself pleaded guilty to one count.';
    const small = NewsIndex.build([article('pleas', { title: 'Pleas', texts: [pleas] })], loadLexicon());
    // Lane's plea is his; a pronoun may stand for Price, and Price's own is told of him
    expect(checksFor('did mr price plead guilty', pleas, small).map((c) => c.othersClaim)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // a question whose claim no name does holds no sentence to another's
    expect(checksFor('did anyone plead guilty', pleas, small).map((c) => c.othersClaim)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('an outcome is told as having happened, in the question words', () => {
    // "in prison" gives no verb or adjective to hold a sentence to; "convicted" is told only in an
    // irrealis sentence
    expect(checksFor('did Brandt end up in prison in the end').map((c) => c.outcome)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(checksFor('was Brandt convicted in the end').map((c) => c.outcome)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('what was done to the ones counted is told in the sentence or beside it', () => {
    expect(checksFor('how many workers were sacked').map((c) => c.deed)).toEqual([true, true, true, false]);
    expect(checksFor('how many workers were arrested').map((c) => c.deed)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    // no deed asked: something else of the question is told beside the count ("last year" is no
    // count of Brandt's years)
    expect(checksFor('how many years did Brandt get').map((c) => c.deed)).toEqual([true, true, false, false]);
    // which side the counted are on is told in the count's own sentence: "30 soldiers were killed"
    // does not say they were Azeri, though the Azeri are named in the next sentence; a maker's or
    // employer's name ("Velmora workers") only says whose story it is
    const clash = 'Some 30 soldiers were killed. Azeri officials denied it.';
    const small = NewsIndex.build([article('clash', { title: 'Clash', texts: [clash] })], loadLexicon());
    expect(checksFor('how many Azeri soldiers were killed', clash, small)[0]?.deed).toBe(false);
    expect(checksFor('how many soldiers were killed', clash, small)[0]?.deed).toBe(true);
    expect(checksFor('how many Velmora workers were sacked')[1]?.deed).toBe(true);
    // whose the counted are is told by who has them: another's followers, however near, are not theirs
    const feud = 'Marcus Dale is suing Jade Ferris over her posts. Ferris has 2,000 followers.';
    const posts = NewsIndex.build([article('feud', { title: 'Feud', texts: [feud] })], loadLexicon());
    expect(checksFor('how many followers has Marcus Dale got', feud, posts)[1]?.deed).toBe(false);
    expect(checksFor('how many followers has Jade Ferris got', feud, posts)[1]?.deed).toBe(true);
    // a count of the workers beside the harbour tells how many are left there: being is no deed
    expect(checksFor('how many workers are left at the harbour')[1]?.deed).toBe(true);
    expect(checksFor('how many workers left the harbour')[1]?.deed).toBe(false);
  });

  it('the one whose words are asked for is the speaker, or no speaker can be told in a paragraph naming them', () => {
    expect(checksFor('what did Velmora say about the harbour').map((c) => c.speaker)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(checksFor('what did Aron Vale say about the harbour').map((c) => c.speaker)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // the paragraph never names Tomas Eld: none of its words are his
    expect(checksFor('what did Tomas Eld say about the harbour').map((c) => c.speaker)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

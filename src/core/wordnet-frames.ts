import { plainLemma, type Synset, wordNetFiles, wordNetKey } from './wordnet-files.ts';
import { baseForms, isIrregularForm } from './wordnet-morphy.ts';

/**
 * What WordNet's sentence frames tell of a verb: whether it takes an object, or an object and an
 * infinitive, in the sense the question or sentence uses.
 */

// WordNet's sentence frames whose verb takes a direct object ("Somebody ----s something", "Somebody
// ----s somebody to INFINITIVE", …; the numbers are fixed by WordNet's wninput(5)).
const OBJECT_FRAMES: ReadonlySet<number> = new Set([
  5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31,
]);

// WordNet's frames of a verb whose object is told what to do: "Somebody ----s somebody to INFINITIVE",
// "Somebody ----s somebody INFINITIVE" (ask, urge, order, allow).
const OBJECT_INFINITIVE_FRAMES: ReadonlySet<number> = new Set([24, 25]);

/** The 1-based position of a lemma among its synset's words, as frames and pointers count it (0: absent). */
export const lemmaPosition = (synset: Synset, lemma: string) =>
  synset.words.findIndex((word) => plainLemma(word) === lemma) + 1;

/** The frame numbers of a synset that hold for its word at `position` (frames for all its words too). */
const framesAt = (synset: Synset, position: number) =>
  synset.frames.filter((frame) => frame.word === 0 || frame.word === position).map((frame) => frame.frame);

/** Whether a verb sense, for its word at `position`, takes a direct object ("runs the club"). */
export const takesObject = (synset: Synset, position: number) =>
  framesAt(synset, position).some((frame) => OBJECT_FRAMES.has(frame));

/**
 * Whether a verb form takes an object and an infinitive in a sense seen in WordNet's tagged texts
 * ("asked officials to make sure", "urged them to leave"): the infinitive tells what the object is to
 * do, not why the verb's doer acted.
 */
export function takesObjectInfinitive(word: string): boolean {
  return baseForms(word.trim().toLowerCase()).some((base) => {
    if (base.pos !== 'verb') return false;
    const entry = wordNetFiles().entry(wordNetKey(base.lemma), 'verb');
    if (!entry) return false;
    return entry.offsets.slice(0, entry.taggedSenses).some((offset) => {
      const synset = wordNetFiles().synset(offset, 'verb');
      return framesAt(synset, lemmaPosition(synset, base.lemma)).some((frame) =>
        OBJECT_INFINITIVE_FRAMES.has(frame),
      );
    });
  });
}

/** Whether a word is a verb's past form ("founded", "rescued", "arrested") and names no thing. */
export function isPastOfVerbOnly(word: string): boolean {
  const bases = baseForms(word);
  return (
    (/ed$/.test(word) || isIrregularForm(word)) &&
    bases.some((b) => b.pos === 'verb') &&
    !bases.some((b) => b.pos === 'noun')
  );
}

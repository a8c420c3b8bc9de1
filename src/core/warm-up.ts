import { analyse } from './answer-types-nlp.ts';
import { placeGazetteer } from './answer-types-places.ts';
import { isEnglishWord } from './lexicon.ts';
import { tokensOf } from './stance-tokens.ts';
import { relatedWords } from './wordnet.ts';

/** A language resource that loads on first use, and a call that makes it load. */
export interface LanguageResource {
  readonly name: string;
  readonly load: () => unknown;
}

// Any English sentence and word do: each call below loads all of its resource, whatever the text.
const SAMPLE_SENTENCE = 'The minister said on Monday that 300 fighters had been sent.';
const SAMPLE_WORD = 'report';

/**
 * What the first question would otherwise load, slowest first (measured on 2 shared vCPUs): the wink-nlp
 * model for answer types (~250 ms) and again for stances (~150 ms, its own pipeline), WordNet's index
 * files and exception lists with the country table (~150–400 ms), the English word lists used for
 * spelling (~50–150 ms), and the place gazetteer (~20 ms).
 */
export const LANGUAGE_RESOURCES: readonly LanguageResource[] = [
  { name: 'wink-nlp (answer types)', load: () => analyse(SAMPLE_SENTENCE) },
  { name: 'wink-nlp (stances)', load: () => tokensOf(SAMPLE_SENTENCE) },
  { name: 'WordNet', load: () => relatedWords(SAMPLE_WORD) },
  { name: 'English word lists', load: () => isEnglishWord(SAMPLE_WORD) },
  { name: 'place names', load: () => placeGazetteer() },
];

/**
 * A warm-up that loads the given resources on its first call and does nothing after.
 * @returns a function that returns how many milliseconds it spent loading: 0 once they are loaded.
 */
export function createWarmUp(resources: readonly LanguageResource[]): () => number {
  let done = false;
  return () => {
    if (done) return 0;
    done = true;
    const started = performance.now();
    for (const resource of resources) resource.load();
    return Math.round(performance.now() - started);
  };
}

/**
 * Loads the language resources that questions use (the wink-nlp model, WordNet, the English word lists,
 * the place names) now rather than on the first question, which would otherwise take about a second
 * longer. Front ends call it once the corpus is loaded; later calls return at once.
 * @returns the milliseconds it took; 0 when it had been done.
 * @example const engine = await Newsdesk.open(options); warmUp(); // the first question is as fast as the rest
 */
export const warmUp: () => number = createWarmUp(LANGUAGE_RESOURCES);

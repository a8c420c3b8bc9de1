/**
 * A fixed, labelled question mix for a generated corpus.
 *
 * - natural: phrases lifted from a sentence of the target paragraph, put in a question template;
 * - keyword: a few lower-case content words of the target paragraph;
 * - typo: a natural or keyword question with one edit (insert, delete or substitute a letter,
 *   never the first) in its longest content word, so that the misspelt word is not in the corpus;
 * - none: words that occur nowhere in the corpus; no paragraph answers them.
 *
 * Every answerable question is labelled with its target paragraph key, and its content words were
 * chosen so that the target is the only paragraph of the corpus that contains all of them: the label
 * is unambiguous, and top-1 measures ranking rather than luck.
 */
import type { Article } from '../src/core/types.ts';
import { Rng } from './rng.ts';

export type QuestionKind = 'natural' | 'keyword' | 'typo' | 'none';

export interface BenchQuestion {
  readonly id: number;
  readonly kind: QuestionKind;
  readonly text: string;
  /** The paragraph key (`${articleId}#${n}`) that answers it; null for a question with no answer. */
  readonly target: string | null;
}

export const QUESTION_KINDS: readonly QuestionKind[] = ['natural', 'keyword', 'typo', 'none'];

/** Share of each kind in the mix. */
export const QUESTION_MIX: Readonly<Record<QuestionKind, number>> = {
  natural: 0.4,
  keyword: 0.25,
  typo: 0.2,
  none: 0.15,
};

export const DEFAULT_QUESTION_COUNT = 1000;

/** Same splitting as MiniSearch's default tokenizer, lower-cased. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(SPLIT)
    .filter((t) => t.length > 0);
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even ever few for from further get got ' +
    'had has have having he her here hers herself him himself his how i if in into is it its itself just last ' +
    'least less let like made make many may me might more most much must my myself never new no nor not now ' +
    'of off often on once one only or other ought our ours ourselves out over own per perhaps quite rather ' +
    'really said same say says shall she should since so some still such than that the their theirs them ' +
    'themselves then there these they this those though through thus to too two under until up upon us very ' +
    'was way we well were what when where whether which while who whom whose why will with within without ' +
    'would yet you your yours yourself yourselves mr mrs miss dr st'
  ).split(' '),
);

/** A word worth asking about: letters only, at least three of them, not a stop word. */
export function isContentTerm(term: string): boolean {
  return term.length >= 3 && /^\p{L}+$/u.test(term) && !STOP_WORDS.has(term);
}

/**
 * Words absent from 1961 American English (checked against the corpus vocabulary at generation time;
 * any that happen to occur are skipped).
 */
export const ABSENT_WORDS: readonly string[] = (
  'smartphone blockchain cryptocurrency bitcoin podcast selfie emoji hashtag livestream chatbot ' +
  'microchip broadband wifi bluetooth touchscreen spreadsheet ransomware malware firmware website ' +
  'webcam username password download upload streaming ebook vlogger influencer startup fintech ' +
  'megabyte gigabyte terabyte smartwatch drone airbnb uber netflix youtube google facebook instagram ' +
  'twitter tiktok wikipedia amazonian ipad iphone android laptop desktop modem router firewall ' +
  'antivirus cyberattack hacker glasnost perestroika brexit eurozone covid coronavirus pandemics ' +
  'vaccinations biotech genome nanotech superconductor exoplanet quark hadron neutrino pulsar ' +
  'quasar biodiesel hybridcar ethanolfuel geothermal fracking carbonfootprint recycling microplastics ' +
  'veganism gluten kombucha quinoa sushi burrito smoothie latte espresso'
).split(' ');

const NATURAL_TEMPLATES: readonly (readonly string[])[] = [
  [],
  [
    'What did the report say about {0}?',
    'What happened with {0}?',
    'What is known about {0}?',
    'Tell me about {0}.',
    'What about {0}?',
    'Any news on {0}?',
    'What was said about {0}?',
  ],
  [
    'What did the article say about {0} and {1}?',
    'What is the story on {0} and {1}?',
    'How are {0} and {1} connected?',
    'What was reported about {0}, and {1}?',
    'Anything on {0} with {1}?',
  ],
  [
    'What did the article say about {0}, {1} and {2}?',
    'What is the news on {0}, {1} and {2}?',
    'Tell me about {0}, {1} and {2}.',
  ],
];

const NONE_TEMPLATES: readonly string[] = [
  'What did the report say about the {0} {1}?',
  'Is there anything about {0} and {1}?',
  'What happened to the {0} {1} {2}?',
  'Any news on {0}?',
  '{0} {1}',
  '{0} {1} {2}',
];

/** The words the templates add around the chosen words. */
export const TEMPLATE_TERMS: ReadonlySet<string> = new Set(
  [...NATURAL_TEMPLATES.flat(), ...NONE_TEMPLATES].flatMap((t) => terms(t.replace(/\{\d\}/g, ' '))),
);

function fill(template: string, parts: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => parts[Number(i)] ?? '');
}

/** Exact inverted index of the corpus: which paragraphs contain a term. */
export class TermIndex {
  readonly postings = new Map<string, number[]>();
  readonly keys: string[] = [];

  constructor(articles: readonly Article[]) {
    for (const a of articles) {
      for (const p of a.paragraphs) {
        const doc = this.keys.length;
        this.keys.push(p.key);
        for (const t of new Set(terms(p.text))) {
          const list = this.postings.get(t);
          if (list === undefined) this.postings.set(t, [doc]);
          else list.push(doc);
        }
      }
    }
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Paragraph numbers (corpus order) containing every term. */
  containingAll(wanted: Iterable<string>): number[] {
    const lists = [...new Set(wanted)].map((t) => this.postings.get(t) ?? []);
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0] as number[];
    for (let i = 1; i < lists.length && result.length > 0; i++) {
      const other = new Set(lists[i]);
      result = result.filter((d) => other.has(d));
    }
    return result;
  }
}

interface Word {
  readonly surface: string;
  readonly terms: readonly string[];
  readonly content: boolean;
  /** Words of one segment are separated by spaces only, never by punctuation. */
  readonly segment: number;
}

/** Splits a paragraph into sentences (for phrasing only; exact boundaries do not matter). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!]["')]?)\s+(?=["'(]?[A-Z0-9])/u).filter((s) => s.trim().length > 0);
}

function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  let segment = 0;
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'.-]*[\p{L}\p{N}])?/gu)) {
    const gap = sentence.slice(last, m.index);
    if (/[^\s]/u.test(gap)) segment++;
    last = m.index + m[0].length;
    const ts = terms(m[0]);
    out.push({ surface: m[0], terms: ts, content: ts.some(isContentTerm), segment });
  }
  return out;
}

/** One target paragraph, prepared for phrasing. */
class Target {
  readonly sentences: Word[][];
  readonly contentTerms: string[];

  constructor(
    readonly doc: number,
    readonly key: string,
    text: string,
  ) {
    this.sentences = sentencesOf(text)
      .map(wordsOf)
      .filter((ws) => ws.some((w) => w.content));
    this.contentTerms = [...new Set(terms(text).filter(isContentTerm))];
  }
}

export class QuestionFactory {
  constructor(
    private readonly index: TermIndex,
    private readonly rng: Rng,
  ) {}

  private unique(doc: number, wanted: Iterable<string>): boolean {
    const hits = this.index.containingAll(wanted);
    return hits.length === 1 && hits[0] === doc;
  }

  /** A short run of words around a rare content word of the sentence. */
  private phrase(sentence: readonly Word[]): { text: string; terms: string[] } | null {
    const content = sentence
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => w.content)
      .map(({ w, i }) => ({
        i,
        df: Math.min(...w.terms.filter(isContentTerm).map((t) => this.index.df(t))),
      }))
      .sort((a, b) => a.df - b.df || a.i - b.i);
    if (content.length === 0) return null;
    const anchor = content[this.rng.int(0, Math.ceil(content.length / 2) - 1)] as { i: number };
    const seg = (sentence[anchor.i] as Word).segment;
    let start = anchor.i - this.rng.int(0, 1);
    let end = anchor.i + this.rng.int(0, 1);
    while (start < anchor.i && (sentence[start]?.segment !== seg || !sentence[start]?.content)) start++;
    while (end > anchor.i && (sentence[end]?.segment !== seg || !sentence[end]?.content)) end--;
    const words = sentence.slice(start, end + 1);
    return {
      text: words.map((w) => w.surface).join(' '),
      terms: words.flatMap((w) => w.terms.filter(isContentTerm)),
    };
  }

  natural(target: Target): string | null {
    if (target.sentences.length === 0) return null;
    const order = this.rng.shuffle(target.sentences.map((_, i) => i));
    const phrases: string[] = [];
    const wanted: string[] = [];
    for (let round = 0; round < 3; round++) {
      const sentence = target.sentences[order[round % order.length] as number] as Word[];
      const p = this.phrase(sentence);
      if (p === null || phrases.includes(p.text)) continue;
      phrases.push(p.text);
      wanted.push(...p.terms);
      if (this.unique(target.doc, wanted)) {
        const template = this.rng.pick(NATURAL_TEMPLATES[phrases.length] as string[]);
        return fill(template, phrases);
      }
    }
    return null;
  }

  keyword(target: Target): string | null {
    const ranked = target.contentTerms
      .map((t) => ({ t, df: this.index.df(t) }))
      .sort((a, b) => a.df - b.df || (a.t < b.t ? -1 : 1));
    if (ranked.length < 2) return null;
    const anchor = ranked[this.rng.int(0, Math.ceil(ranked.length / 3) - 1)] as { t: string };
    const chosen = [anchor.t];
    const rest = this.rng.shuffle(ranked.filter((r) => r.t !== anchor.t).map((r) => r.t));
    for (const t of rest) {
      chosen.push(t);
      if (chosen.length >= 2 && this.unique(target.doc, chosen)) return this.rng.shuffle(chosen).join(' ');
      if (chosen.length >= 5) break;
    }
    return null;
  }

  /** One edit (insert, delete, substitute; never the first letter) in the question's longest content word. */
  typo(target: Target): string | null {
    const base = this.rng.next() < 0.5 ? this.natural(target) : this.keyword(target);
    if (base === null) return null;
    const own = new Set(target.contentTerms);
    const candidates = [...base.matchAll(/\p{L}+/gu)]
      .filter((m) => m[0].length >= 6 && own.has(m[0].toLowerCase()))
      .sort((a, b) => b[0].length - a[0].length || a.index - b.index);
    const word = candidates[0];
    if (word === undefined) return null;
    for (let attempt = 0; attempt < 12; attempt++) {
      const misspelt = misspell(word[0], this.rng);
      if (misspelt === word[0] || this.index.has(misspelt.toLowerCase())) continue;
      return base.slice(0, word.index) + misspelt + base.slice(word.index + word[0].length);
    }
    return null;
  }

  none(absent: readonly string[]): string {
    const words = this.rng.shuffle(absent).slice(0, 3);
    return fill(this.rng.pick(NONE_TEMPLATES), words);
  }
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A letter next to `c` on a QWERTY keyboard (the way most substitution typos happen). */
function neighbour(c: string, rng: Rng): string {
  const lower = c.toLowerCase();
  for (let row = 0; row < KEYBOARD.length; row++) {
    const col = (KEYBOARD[row] as string).indexOf(lower);
    if (col < 0) continue;
    const near: string[] = [];
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [1, 0],
      [-1, 1],
      [1, -1],
    ] as const) {
      const ch = KEYBOARD[row + dr]?.charAt(col + dc);
      if (ch) near.push(ch);
    }
    return rng.pick(near);
  }
  return 'e';
}

/** Exactly one Levenshtein edit, never at the first letter. */
export function misspell(word: string, rng: Rng): string {
  const pos = rng.int(1, word.length - 1);
  const c = word.charAt(pos);
  switch (rng.int(0, 2)) {
    case 0: // substitution
      return word.slice(0, pos) + neighbour(c, rng) + word.slice(pos + 1);
    case 1: // deletion
      return word.slice(0, pos) + word.slice(pos + 1);
    default: // insertion: a doubled letter or a neighbouring key
      return word.slice(0, pos) + (rng.next() < 0.5 ? c : neighbour(c, rng)) + word.slice(pos);
  }
}

function quota(count: number): Record<QuestionKind, number> {
  const natural = Math.round(count * QUESTION_MIX.natural);
  const keyword = Math.round(count * QUESTION_MIX.keyword);
  const typo = Math.round(count * QUESTION_MIX.typo);
  return { natural, keyword, typo, none: Math.max(0, count - natural - keyword - typo) };
}

/**
 * `count` questions for the corpus, in a fixed shuffled order. Each answerable question has its own
 * target paragraph while the corpus has enough of them.
 */
export function generateQuestions(
  articles: readonly Article[],
  count: number,
  seed: number,
  index = new TermIndex(articles),
): BenchQuestion[] {
  const rng = Rng.derive(seed, `questions:${count}`);
  const factory = new QuestionFactory(index, rng);
  const q = quota(count);
  const kinds = rng.shuffle(QUESTION_KINDS.flatMap((k) => Array.from({ length: q[k] }, () => k)));
  const absent = ABSENT_WORDS.filter((w) => terms(w).every((t) => !index.has(t)));
  if (absent.length < 3) throw new Error('too few absent words for unanswerable questions');

  const texts = new Map<number, string>();
  for (const a of articles) for (const p of a.paragraphs) texts.set(texts.size, p.text);
  const order = rng.shuffle(index.keys.map((_, i) => i));
  let cursor = 0;
  let sinceSuccess = 0;

  const out: BenchQuestion[] = [];
  for (const kind of kinds) {
    if (kind === 'none') {
      out.push({ id: out.length + 1, kind, text: factory.none(absent), target: null });
      continue;
    }
    for (;;) {
      if (sinceSuccess > order.length) throw new Error(`cannot phrase a ${kind} question for this corpus`);
      const doc = order[cursor % order.length] as number;
      cursor++;
      sinceSuccess++;
      const target = new Target(doc, index.keys[doc] as string, texts.get(doc) ?? '');
      const text =
        kind === 'natural'
          ? factory.natural(target)
          : kind === 'keyword'
            ? factory.keyword(target)
            : factory.typo(target);
      if (text === null) continue;
      sinceSuccess = 0;
      out.push({ id: out.length + 1, kind, text, target: target.key });
      break;
    }
  }
  return out;
}

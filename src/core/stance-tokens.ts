import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A word of a sentence as the stance reader sees it. */
export interface Token {
  readonly value: string;
  /** Folded: lower case, typographic apostrophe as `'`. */
  readonly lower: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Inside quotation marks: the words of the one quoted. */
  readonly quoted: boolean;
}

let parser: ReturnType<typeof winkNLP> | undefined;
// Sentences come back as context for their neighbours and question after question: parses are kept.
const PARSE_CACHE_SIZE = 4096;
const parses = new Map<string, Token[]>();

/** Part-of-speech tokens of a sentence with their offsets, quotation marked. The model loads on first use. */
export function tokensOf(sentence: string): Token[] {
  const known = parses.get(sentence);
  if (known) return known;
  const tokens = parse(sentence);
  if (parses.size >= PARSE_CACHE_SIZE) parses.delete(parses.keys().next().value as string);
  parses.set(sentence, tokens);
  return tokens;
}

function parse(sentence: string): Token[] {
  parser ??= winkNLP(model);
  const its = parser.its;
  const tokens = parser.readDoc(sentence).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: Token[] = [];
  let at = 0;
  // A sentence that goes on with a quote opened in the sentence before starts inside it.
  let inQuote = startsInsideQuote(sentence);
  values.forEach((value, i) => {
    const found = sentence.indexOf(value, at);
    const start = found < 0 ? at : found;
    at = start + value.length;
    const opens = value === '“' || (value === '"' && !inQuote && !closingStraightQuote(sentence, start));
    const closes = value === '”' || (value === '"' && inQuote);
    if (opens) inQuote = true;
    out.push({
      value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      pos: tags[i] ?? 'X',
      start,
      end: at,
      quoted: inQuote && !opens,
    });
    if (closes) inQuote = false;
  });
  return out;
}

// A straight quote right after a word or punctuation and before a space (or the end) closes a quotation.
function closingStraightQuote(sentence: string, at: number): boolean {
  return (
    at > 0 &&
    /[\p{L}\p{N}.,!?]/u.test(sentence[at - 1] ?? '') &&
    /^(\s|$)/.test(sentence.slice(at + 1, at + 2))
  );
}

function startsInsideQuote(sentence: string): boolean {
  const first = /["“”]/.exec(sentence);
  if (!first) return false;
  return first[0] === '”' || (first[0] === '"' && closingStraightQuote(sentence, first.index));
}

/** The text a run of tokens covers in their sentence. */
export const textOf = (sentence: string, tokens: readonly Token[]) =>
  tokens.length === 0 ? '' : sentence.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A token of a text as wink reads it, with its character span in that text. */
export interface Token {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, NUM, ADP, …). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Whether whitespace comes right before the token. */
  readonly spaced: boolean;
}

/** A named entity of wink's (DATE, TIME, DURATION, CARDINAL, MONEY, PERCENT, …) over tokens first..last. */
export interface Entity {
  readonly type: string;
  readonly first: number;
  readonly last: number;
}

export interface Analysis {
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
}

// Only tagging and entities: sentence boundaries come from the caller (wink's own boundary detection
// costs about as much as the other two steps together), and sentiment and negation are not used.
const PIPE = ['pos', 'ner'];

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tokens with parts of speech and wink's entities, for a whole paragraph in one call. */
export function analyse(text: string): Analysis {
  nlp ??= winkNLP(model, PIPE);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const spacing = spaces[i] ?? '';
    // wink keeps the text as written, so offsets follow from lengths; searching is the safety net
    // should a token ever come back altered.
    let start = cursor + spacing.length;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i] ?? 'X',
      start,
      end: cursor,
      spaced: spacing.length > 0,
    });
  }
  const entities: Entity[] = [];
  // Entity spans are token indices; they stay valid because tokens are only ever skipped, never
  // reordered, and skipping never happens for text wink has not altered.
  const types = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  if (tokens.length === values.length) {
    types.forEach((type, i) => {
      const span = spans[i];
      if (span) entities.push({ type, first: span[0], last: span[1] });
    });
  }
  return { tokens, entities };
}

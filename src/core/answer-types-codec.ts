import type { Fact, FactKind, NumberUnit } from './answer-types.ts';

// One letter a kind and a unit, offsets in base 36: "pa.4" is a person at characters 10–14. A fact's text
// is not stored: it is the sentence's own text between the offsets.
const KIND_CODES: Record<FactKind, string> = {
  person: 'p',
  organization: 'o',
  place: 'l',
  time: 't',
  number: 'n',
  reason: 'r',
  name: 'm',
};
const UNIT_CODES: Record<NumberUnit, string> = {
  count: 'c',
  age: 'a',
  duration: 'd',
  money: '$',
  percent: '%',
  distance: 'k',
  size: 's',
  any: 'x',
};
const invert = <K extends string>(codes: Record<K, string>) =>
  new Map(Object.entries(codes).map(([key, code]) => [code as string, key as K]));
const KINDS = invert(KIND_CODES);
const UNITS = invert(UNIT_CODES);
// A number always carries its unit letter, other kinds never do, so letters and base-36 digits cannot mix.
const FACT_CODE = /^(n[cad$%ksx]|[poltrm])([0-9a-z]+)\.([0-9a-z]+)$/;
const FACT_SEPARATOR = ' ';
const SENTENCE_SEPARATOR = '|';

/** A sentence's facts as a short string, for saving beside the sentence. */
export function encodeFacts(facts: readonly Fact[]): string {
  return facts
    .map(
      (fact) =>
        `${KIND_CODES[fact.kind]}${fact.kind === 'number' ? UNIT_CODES[fact.unit ?? 'any'] : ''}` +
        `${fact.start.toString(36)}.${(fact.end - fact.start).toString(36)}`,
    )
    .join(FACT_SEPARATOR);
}

/** The facts {@link encodeFacts} saved, with their text taken from the same sentence. */
export function decodeFacts(code: string, sentence: string): Fact[] {
  if (!code) return [];
  return code.split(FACT_SEPARATOR).map((part) => {
    const match = FACT_CODE.exec(part);
    const kind = match && KINDS.get(match[1]?.[0] ?? '');
    const start = match ? Number.parseInt(match[2] ?? '', 36) : Number.NaN;
    const end = match ? start + Number.parseInt(match[3] ?? '', 36) : Number.NaN;
    if (!match || !kind || !(end <= sentence.length)) {
      throw new Error(
        `answer types: cannot read the saved fact "${part}" of a ${sentence.length}-character sentence`,
      );
    }
    const unit = UNITS.get(match[1]?.[1] ?? '');
    const text = sentence.slice(start, end);
    return kind === 'number' ? { kind, unit: unit ?? 'any', text, start, end } : { kind, text, start, end };
  });
}

/** A paragraph's facts, one list a sentence, as one short string. */
export function encodeParagraphFacts(factsBySentence: readonly (readonly Fact[])[]): string {
  return factsBySentence.map(encodeFacts).join(SENTENCE_SEPARATOR);
}

/** The facts {@link encodeParagraphFacts} saved, given the paragraph's sentences in the same order. */
export function decodeParagraphFacts(code: string, sentences: readonly string[]): Fact[][] {
  if (sentences.length === 0 && code === '') return [];
  const parts = code.split(SENTENCE_SEPARATOR);
  if (parts.length !== sentences.length) {
    throw new Error(
      `answer types: saved facts are for ${parts.length} sentences, the paragraph has ${sentences.length}`,
    );
  }
  return parts.map((part, i) => decodeFacts(part, sentences[i] ?? ''));
}

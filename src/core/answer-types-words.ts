import type { FactKind, NumberUnit } from './answer-types.ts';

// Word lists behind the answer-type rules. All entries are folded (lower case, no accents) and general
// English: titles, role nouns, organisation suffixes and units as news style uses them.

/** A set of the whitespace-separated words of a text: how every word list of the answer types is written. */
export const wordList = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));
const list = wordList;

/** Titles and roles written before a person's name ("Mr Jones", "President Lula", "coach Smith"). */
// A present participle ("leading", "going"): after "who is" it makes the "is" an auxiliary ("who is
// leading the firm", "who is going to lead it"), not a copula.
export const PRESENT_PARTICIPLE = /^\w{2,}ing$/;

export const PERSON_TITLES = list(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mister
  president premier chancellor minister secretary senator sen congressman congresswoman
  governor gov mayor ambassador envoy judge justice attorney lawyer barrister king queen prince princess
  emperor pope cardinal bishop archbishop rev reverend father sister brother imam rabbi ayatollah sheikh
  general gen colonel col captain capt lieutenant lt major maj sergeant sgt admiral marshal commander
  chief boss chairman chairwoman chair director spokesman spokeswoman spokesperson coach manager
  striker midfielder defender goalkeeper keeper player champion runner actor actress singer artist
  author writer producer presenter journalist editor reporter blogger analyst economist expert
  officer official founder owner investor executive ceo cfo cto mp mep mla leader deputy agent
  `);

/** Words that may precede a title without being part of the name ("former President X"). */
export const TITLE_MODIFIERS = list(`former ex late then acting deputy vice interim outgoing incoming new
  prime foreign home finance defence defense interior justice health education trade culture sports
  economy transport energy environment first second third senior junior assistant associate executive
  managing general chief head supreme`);

/** The last word of an organisation's name ("Vestey Group", "Foreign Ministry", "Electoral Commission"). */
export const ORGANIZATION_SUFFIXES = list(`
  ltd limited inc incorporated plc llc llp corp corporation co company companies group holdings partners
  party ministry department dept office council court commission committee board authority agency
  administration bureau service services institute institution university college school academy
  foundation trust society association federation union league alliance coalition front movement
  organisation organization bank fund exchange reserve airlines airways motors industries
  international systems technologies labs studios records pictures entertainment media news press
  times post herald telegraph guardian journal gazette tribune radio television tv network channel
  broadcasting army navy force forces police guard brigade militia assembly parliament congress senate
  cabinet government club team fc united monopoly cafe hospital church mosque
  `);

/** Heads of "X of Y" organisation names ("Bank of England", "House of Lords", "Ministry of Defence"). */
export const ORGANIZATION_HEADS = list(`bank ministry department university college house office council
  court board bureau church institute school academy federation union league association chamber`);

/** Nouns that name a place after a proper name ("Cojedes state", "Gaziantep province"). */
export const PLACE_NOUNS = list(`city town village capital province region state county district island
  islands valley river mountain mountains lake sea ocean coast street road square airport port border
  republic kingdom country territory peninsula desert bay gulf strait park`);

/** All-caps words that are not organisations' acronyms. */
export const NON_ACRONYMS = list(`i a ok am pm tv ad bc ce id ii iii iv vi vii viii ix xi xii`);

/** Country abbreviations common in news copy (the country list itself carries only codes and full names). */
export const COUNTRY_ABBREVIATIONS = list(`uk us usa uae drc eu`);

/** Prepositions after which a proper name is usually a place ("in Kampala", "from Syria"). */
export const PLACE_PREPOSITIONS =
  list(`in at from near to into across outside inside towards toward throughout
  around via off`);

/** Verbs of saying after a speaker's name ("Smith said"), or before it in news inversion ("said Smith"). */
export const SPEECH_VERBS = list(`said says told tells added adds explained insisted argued warned claimed
  admitted denied wrote noted stressed asked replied recalled confirmed announced declared`);

/** Units that make a number a duration, a distance, a size or a sum of money. */
export const UNIT_WORDS: ReadonlyMap<string, NumberUnit> = new Map([
  ...'second seconds minute minutes min mins hour hours hr hrs day days week weeks fortnight fortnights month months year years yr yrs decade decades century centuries night nights season seasons'
    .split(' ')
    .map((word) => [word, 'duration'] as const),
  ...'mile miles km kms kilometre kilometres kilometer kilometers metre metres meter meters feet foot ft yard yards inch inches cm mm'
    .split(' ')
    .map((word) => [word, 'distance'] as const),
  ...'hectare hectares acre acres sq square tonne tonnes ton tons kg kilogram kilograms kilo kilos lb lbs gram grams gramme grammes ounce ounces oz litre litres liter liters gallon gallons barrel barrels gb mb tb'
    .split(' ')
    .map((word) => [word, 'size'] as const),
  ...'dollar dollars pound pounds euro euros yen yuan rupee rupees rouble roubles ruble rubles franc francs lira naira shilling shillings rand peso pesos cents pence dinar dinars riyal riyals manat dram drams'
    .split(' ')
    .map((word) => [word, 'money'] as const),
  ...'percent per cent pc %'.split(' ').map((word) => [word, 'percent'] as const),
]);

/** Words after a currency amount that scale it ("£2.5m", "$11bn", "5 million"). */
export const MAGNITUDES = list(
  `k m mn bn b tn million millions billion billions trillion trillions thousand`,
);

/** Vague quantities that answer "how many" ("hundreds of", "dozens"). */
export const VAGUE_COUNTS = list(`dozens hundreds thousands millions billions scores tens`);

/**
 * The answer kind a noun asks for in "which X / what X" questions and "X of …" phrases; the first
 * source consulted, before WordNet's lexicographer classes.
 */
export interface NounKind {
  readonly kind: FactKind;
  readonly unit?: NumberUnit;
}

const nounKinds = (text: string, kind: FactKind): [string, NounKind][] =>
  text
    .trim()
    .split(/\s+/)
    .map((word) => [word, { kind }]);

export const HEAD_NOUN_KINDS: ReadonlyMap<string, NounKind> = new Map<string, NounKind>([
  ...nounKinds(
    `person man woman men women people boy girl player official minister president leader politician
    athlete runner actor actress singer artist author writer producer director spokesman spokeswoman
    spokesperson coach manager judge lawyer attorney journalist blogger editor officer soldier
    footballer striker candidate founder owner boss chief executive chairman victim suspect winner`,
    'person',
  ),
  ...nounKinds(
    `company firm business group organisation organization party agency ministry department council
    court commission committee bank club team newspaper paper magazine channel broadcaster network
    outlet outlets media station airline brand label studio university school government body union
    charity website site maker manufacturer retailer carrier operator publisher institution authority`,
    'organization',
  ),
  ...nounKinds(
    `place town city village country nation state region province county district area capital
    island continent location venue stadium site spot border territory neighbourhood street`,
    'place',
  ),
  ...nounKinds(`time date day year month week decade century season hour period era`, 'time'),
  ...nounKinds(`reason cause motive purpose explanation grounds basis`, 'reason'),
  ['age', { kind: 'number', unit: 'age' }],
  ['percentage', { kind: 'number', unit: 'percent' }],
  ['percent', { kind: 'number', unit: 'percent' }],
  ['proportion', { kind: 'number', unit: 'percent' }],
  ['share', { kind: 'number', unit: 'percent' }],
  ['rate', { kind: 'number', unit: 'percent' }],
  ['price', { kind: 'number', unit: 'money' }],
  ['cost', { kind: 'number', unit: 'money' }],
  ['fee', { kind: 'number', unit: 'money' }],
  ['sum', { kind: 'number', unit: 'money' }],
  ['salary', { kind: 'number', unit: 'money' }],
  ['fine', { kind: 'number', unit: 'money' }],
  ['value', { kind: 'number', unit: 'money' }],
  ['amount', { kind: 'number', unit: 'any' }],
  ['number', { kind: 'number', unit: 'count' }],
  ['population', { kind: 'number', unit: 'count' }],
  ['casualties', { kind: 'number', unit: 'count' }],
  ['toll', { kind: 'number', unit: 'count' }],
  ['total', { kind: 'number', unit: 'any' }],
  ['size', { kind: 'number', unit: 'size' }],
  ['distance', { kind: 'number', unit: 'distance' }],
  ['length', { kind: 'number', unit: 'any' }],
  ['duration', { kind: 'number', unit: 'duration' }],
]);

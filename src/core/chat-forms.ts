import { slipOf } from './lexicon.ts';
import { isWordNetWord } from './wordnet.ts';

// People ask in chat as they text: "hw much does denmark make a yr", "wat percent of ppl". Read as
// the words meant, these forms are stop words or ordinary words; read as written, they are words no
// article uses, which weigh as rare and telling and make the question look like one about something
// the articles lack. The common texting forms of English, and run-together or misspelt question words.
const CHAT_FORMS: ReadonlyMap<string, string> = new Map([
  // question words
  ['whos', 'who'],
  ['whose', 'who'],
  ['whom', 'who'],
  ['wich', 'which'],
  ['whcih', 'which'],
  ['whats', 'what'],
  ['wat', 'what'],
  ['wats', 'what'],
  ['wut', 'what'],
  ['wot', 'what'],
  ['wheres', 'where'],
  ['whens', 'when'],
  ['whys', 'why'],
  ['hw', 'how'],
  ['hows', 'how'],
  // function words
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['bcos', 'because'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['b4', 'before'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['gonna', 'will'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  ['dunno', "don't know"],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['lotta', 'lot of'],
  ['outta', 'out of'],
  ['ya', 'you'],
  // negations typed without the apostrophe ("wont" and "cant" are words too, but rarely in a question)
  ['dont', 'do not'],
  ['doesnt', 'does not'],
  ['didnt', 'did not'],
  ['isnt', 'is not'],
  ['arent', 'are not'],
  ['wasnt', 'was not'],
  ['werent', 'were not'],
  ['hasnt', 'has not'],
  ['havent', 'have not'],
  ['hadnt', 'had not'],
  ['cant', 'can not'],
  ['couldnt', 'could not'],
  ['wont', 'will not'],
  ['wouldnt', 'would not'],
  ['shouldnt', 'should not'],
  ['im', 'i am'],
  ['ive', 'i have'],
  ['idk', "i don't know"],
  ['imo', 'in my opinion'],
  ['tbh', 'to be honest'],
  ['btw', 'by the way'],
  ['rn', 'right now'],
  ['atm', 'at the moment'],
  // content words
  ['ppl', 'people'],
  ['peeps', 'people'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['govt', 'government'],
  ['dept', 'department'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['approx', 'approximately'],
  ['info', 'information'],
  ['msg', 'message'],
  ['pic', 'picture'],
  ['pics', 'pictures'],
  ['mins', 'minutes'],
  ['hrs', 'hours'],
  ['hr', 'hour'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tonite', 'tonight'],
  ['2day', 'today'],
  ['bday', 'birthday'],
  ['prez', 'president'],
  ['mgmt', 'management'],
  ['biz', 'business'],
  ['convo', 'conversation'],
  ['vid', 'video'],
  ['vids', 'videos'],
  ['fave', 'favourite'],
  ['diff', 'difference'],
  ['prob', 'probably'],
  ['probs', 'probably'],
  ['defo', 'definitely'],
]);

// The question words: a slip of one ("wher", "waht") is read as it, or the question is read as
// another kind and the slip as a rare word no article uses.
const QUESTION_WORDS = ['who', 'which', 'what', 'where', 'when', 'why', 'how'];

/**
 * The words a folded word stands for when typed as in chat ("ppl" → ["people"], "gonna" → ["going",
 * "to"]) or as a slip of a question word ("wher" → ["where"]), or the word itself.
 */
export function wordsMeant(word: string): readonly string[] {
  const meant = CHAT_FORMS.get(word);
  if (meant !== undefined) return meant.split(' ');
  return [slipOf(word, QUESTION_WORDS) ?? word];
}

/** The one word a folded word stands for (see {@link wordsMeant}); a form of several words stays as typed. */
export function wordMeant(word: string): string {
  const [meant, ...more] = wordsMeant(word);
  return meant !== undefined && more.length === 0 ? meant : word;
}

// Symbols typed for words: "what % of people", "the Bill & Melinda Gates foundation". The tokeniser
// reads no word in a symbol, so the question would lose what it asks for ("%" asks for a share).
const SYMBOL_WORDS: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'],
  ['&', 'and'],
]);

// An ampersand inside a name made of initials ("A&E", "P&O", "AT&T") is part of the name, which the
// tokeniser reads as one word (see `readAcronyms`).
const SYMBOL = /%|(?<!(?:^|[^\p{L}\p{N}])\p{L}{1,3})&|&(?!\p{L}{1,3}(?:$|[^\p{L}\p{N}]))/gu;

/** The question with each symbol that stands for a word written as that word. */
export function symbolsSpelled(question: string): string {
  return question.replace(SYMBOL, (symbol) => ` ${SYMBOL_WORDS.get(symbol) ?? symbol} `);
}

// Two words joined by a hyphen ("cut-off", "kick-off", "pay-out").
const HYPHENATED = /\b(\p{L}+)-(\p{L}+)\b/gu;

/**
 * The question with each hyphenated compound that WordNet knows written as one word ("the cut-off
 * date" → "the cutoff date"): split, its first half reads as a verb and the noun it names is lost
 * ("what is the kick-off time" asks for a time, not about a kick). The articles' compounds are indexed
 * joined as well (see `Lexicon.wordTerms`).
 * @example compoundsJoined('what is the cut-off date') // 'what is the cutoff date'
 */
export function compoundsJoined(question: string): string {
  return question.replace(HYPHENATED, (typed, first: string, second: string) =>
    isWordNetWord(`${first}${second}`.toLowerCase()) ? `${first}${second}` : typed,
  );
}

// A year typed with two digits after a word of time ("in 85", "since '99", "back in 05"), as chat does;
// not a count or a measure ("in 85 minutes", "by 20%", "in 10 km": a plural noun or a unit follows).
const SHORT_YEAR =
  /\b(in|since|until|till|before|after|from|by|around|circa)\s+['’]?(\d\d)\b(?!\s*(?:[%.,]\d|%|\p{L}+s\b|(?:km|kg|mph|cm|mm|m|ft|lb|bn|k)\b))/giu;
// The centuries a two-digit year may be in, the nearer first.
const CENTURIES = ['20', '19'];

/**
 * The question with each year typed with two digits written in full, in the century the articles
 * write it in ("defected in 85" → "defected in 1985" where an article writes 1985): as typed it is a
 * number no article gives, which a passage would need to hold. Left as typed when the articles write
 * the year in neither century, or in both.
 * @example yearsInFull('who defected in 85', (year) => year === '1985') // 'who defected in 1985'
 */
export function yearsInFull(question: string, written: (year: string) => boolean): string {
  return question.replace(SHORT_YEAR, (typed, word: string, digits: string) => {
    const years = CENTURIES.map((century) => century + digits).filter(written);
    return years.length === 1 ? `${word} ${years[0]}` : typed;
  });
}

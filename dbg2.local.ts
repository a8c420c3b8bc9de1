import { Newsdesk } from '/work/main/src/core/engine.ts';
import { analyzeQuestion } from '/work/main/src/core/answer.ts';
import { words } from '/work/main/src/core/text.ts';
const e = await Newsdesk.open({ corpusDir: '/work/main/corpus' });
const [q, key] = process.argv.slice(2);
const a = analyzeQuestion(e.searchIndex, q!);
const p = e.searchIndex.paragraph(key!)!;
const terms = new Set(words(p.text).map(w => e.lexicon.term(w)).filter(Boolean));
for (const c of a.concepts) console.log(c.word, c.weight.toFixed(2), c.wordings.filter(w => w.terms.every(t => terms.has(t))).map(w => w.terms.join('+') + ':' + w.factor));

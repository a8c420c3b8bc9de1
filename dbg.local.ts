import { Newsdesk } from '/work/main/src/core/engine.ts';
import { analyzeQuestion, rankParagraphs } from '/work/main/src/core/answer.ts';
const e = await Newsdesk.open({ corpusDir: '/work/main/corpus' });
for (const q of process.argv.slice(2)) {
  const a = analyzeQuestion(e.searchIndex, q);
  console.log('Q', q, a.expects, a.concepts.map(c => `${c.word}/${c.term} w=${c.weight.toFixed(2)} k=${c.known} [${c.wordings.map(w=>w.terms.join('+')+':'+w.factor.toFixed(2)).join(' ')}]`).join(' | '));
  for (const r of rankParagraphs(e.searchIndex, a).slice(0, 5)) console.log(`  ${r.score.toFixed(3)} cov=${r.coverage.toFixed(2)} ${r.paragraph.key} ${r.paragraph.text.slice(0, 110)}`);
  console.log('  ->', e.ask(q).answered);
}

import { readFileSync } from 'node:fs';
import { Newsdesk } from '/work/main/src/core/engine.ts';
import { analyzeQuestion, rankParagraphs } from '/work/main/src/core/answer.ts';
import { supports } from '/work/main/src/eval/score.ts';
const e = await Newsdesk.open({ corpusDir: '/work/main/corpus' });
const qs = JSON.parse(readFileSync(process.argv[2] ?? '/work/main/tests/quality/dev.json', 'utf8'));
const rows = [];
for (const q of qs) {
  const r = rankParagraphs(e.searchIndex, analyzeQuestion(e.searchIndex, q.question));
  const best = r[0];
  const hit = best && (q.evidence ?? []).some((ev) => supports({ file: best.article.file, text: best.paragraph.text }, ev));
  const goldRank = r.findIndex((x) => (q.evidence ?? []).some((ev) => supports({ file: x.article.file, text: x.paragraph.text }, ev)));
  rows.push([best?.coverage ?? 0, q.answerable === false ? 'UNANS' : hit ? 'hit' : 'miss', goldRank, q.question]);
}
rows.sort((a, b) => a[0] - b[0]);
for (const r of rows) console.log(r[0].toFixed(2), r[1], r[2], r[3]);

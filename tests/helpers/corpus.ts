import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CORPUS, tempDir } from './bot-harness.ts';

/** An article whose metadata and text try to ping everyone and format themselves. */
export const EVERYONE_ARTICLE = `---
title: Harbour town hall called for @everyone
source: The @here Gazette
date: 2020-10-20
url: https://gazette.example/town-hall
---
Harbour residents were told that @everyone must attend the town hall meeting about the bridge repairs on Friday.

The mayor, <@123456789012345678>, said the **bridge** repairs would take three months and cost four million dollars.

Fishermen from the harbour district sent @here complaints about the noise of the bridge repairs.
`;

/** Small unrelated articles, so that lists run over one page. */
function filler(i: number): string {
  return `---
title: Library opening hours, notice ${i}
source: City Bulletin
date: 2020-11-0${i}
---
The central library will open at nine in the morning on weekdays during notice period ${i}.

Readers may borrow up to ${i + 2} books at a time, the librarian said.
`;
}

/** A temporary copy of the default corpus plus the `@everyone` article and six fillers (12 articles). */
export async function testCorpus(): Promise<{ dir: string; remove(): Promise<void> }> {
  const temp = await tempDir('newsdesk-corpus-');
  await cp(DEFAULT_CORPUS, temp.dir, { recursive: true, filter: (src) => !src.includes('.newsdesk') });
  await writeFile(path.join(temp.dir, '010_town_hall.txt'), EVERYONE_ARTICLE);
  for (let i = 1; i <= 6; i++) await writeFile(path.join(temp.dir, `02${i}_library.md`), filler(i));
  return temp;
}

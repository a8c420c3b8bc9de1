import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractHtmlArticle, type HtmlArticle } from '../../src/core/html.ts';

describe('extractHtmlArticle on a news page', () => {
  let article: HtmlArticle | null;
  beforeAll(async () => {
    article = await extractHtmlArticle(
      await readFile(new URL('./fixtures/news-page.html', import.meta.url), 'utf8'),
    );
  });

  it('finds the title, outlet, date and address', () => {
    expect(article).toMatchObject({
      title: 'Harbour ferry fares to rise in March',
      source: 'The Coast Herald',
      date: '2024-02-14',
      url: 'https://coastherald.example/news/harbour-ferry-fares',
    });
  });

  it('keeps the body paragraphs, in order', () => {
    expect(article?.paragraphs).toEqual([
      'Single tickets on the harbour ferry will cost $4.20 from March 1, up from $3.80, the port authority said on Tuesday, the first increase in five years.',
      'The authority blamed higher fuel prices and the cost of repairing the ageing vessel Marguerite, which was out of service for six weeks last winter after a gearbox failure.',
      'Commuters who buy a monthly pass will pay $96 instead of $88. Children under twelve and holders of a senior card will continue to travel free on weekdays before 4 pm.',
      '“Nobody likes paying more, but the alternative was cutting the early sailings that shift workers depend on,” said harbour master Tom Okafor.',
      'The ferry carries about 2,300 passengers on an average weekday, according to the authority’s annual report, most of them between the north quay and the town centre.',
      'The town council will discuss a proposal to subsidise fares for students at its meeting on February 27.',
    ]);
  });

  const furniture = [
    ['navigation', 'Business'],
    ['the subscription banner', 'Subscribe for one dollar'],
    ['advertisements', 'Seaview 3000'],
    ['advertisements inside the article', 'QuickLend'],
    ['the sidebar advertisement', 'Coastal Realty'],
    ['the photo caption', 'Photo: Coast Herald'],
    ['related stories', 'New bus timetable'],
    ['most read', 'Fish market reopens'],
    ['comments', 'Disgraceful'],
    ['share buttons', 'Share on Facebook'],
    ['the footer', 'All rights reserved'],
  ] as const;
  for (const [what, text] of furniture) {
    it(`leaves out ${what}`, () => {
      expect(article?.paragraphs.join('\n')).not.toContain(text);
    });
  }
});

describe('extractHtmlArticle', () => {
  it('splits a block at a blank line made of <br> tags and joins lines broken by one', async () => {
    const html = `<html><head><title>Notice</title></head><body><article><div class="text">
      <p>The first paragraph of the notice runs across<br>two lines of the page, as printed in the bulletin.<br><br>
      The second paragraph begins after two line breaks and says something else entirely about the harbour.</p>
      </div></article></body></html>`;
    expect((await extractHtmlArticle(html))?.paragraphs).toEqual([
      'The first paragraph of the notice runs across two lines of the page, as printed in the bulletin.',
      'The second paragraph begins after two line breaks and says something else entirely about the harbour.',
    ]);
  });

  it('never runs the page’s scripts', async () => {
    const html = `<html><body><script>globalThis.ranPageScript = true</script>
      <article><p>A paragraph of the article that is long enough to be the article of the page for sure.</p></article></body></html>`;
    await extractHtmlArticle(html);
    expect((globalThis as { ranPageScript?: boolean }).ranPageScript).toBeUndefined();
  });
});

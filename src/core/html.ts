import { parseDate } from './dates.ts';

/** What a web page's article says, as found by Readability; a field that was not found is the empty string. */
export interface HtmlArticle {
  readonly title: string;
  /** The site's name (`og:site_name` and the like). */
  readonly source: string;
  /** `YYYY-MM-DD` from the page's publication time, when it has one. */
  readonly date: string;
  /** The page's canonical address (`<link rel="canonical">` or `og:url`). */
  readonly url: string;
  readonly byline: string;
  /** The article's paragraphs of text, in order; headings, captions and lists of links left out. */
  readonly paragraphs: readonly string[];
}

// Class and id words of page furniture that Readability keeps when it sits inside the article body.
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'sponsor',
  'sponsored',
  'promo',
  'newsletter',
  'paywall',
  'outbrain',
  'taboola',
]);
// Blocks whose text is article text; the deepest ones are taken so nothing is read twice.
const TEXT_BLOCKS = 'p, li, blockquote, pre, dd';
const SKIPPED_INSIDE = 'figcaption, h1, h2, h3, h4, h5, h6, nav, aside, table';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function isFurniture(element: Element): boolean {
  const words = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => FURNITURE_WORDS.has(word));
}

function metaContent(document: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute(element.tagName === 'LINK' ? 'href' : 'content')?.trim();
    if (value) return value;
  }
  return '';
}

/** Paragraphs of the Readability output: the text of each innermost text block, `<br><br>` splitting one. */
function paragraphsOf(root: Element): string[] {
  const document = root.ownerDocument;
  for (const br of [...root.querySelectorAll('br')]) br.replaceWith(document.createTextNode('\n'));
  const paragraphs: string[] = [];
  for (const block of root.querySelectorAll(TEXT_BLOCKS)) {
    if (block.querySelector(TEXT_BLOCKS) || block.closest(SKIPPED_INSIDE)) continue;
    for (const part of (block.textContent ?? '').split(/\n[ \t]*\n/)) {
      const text = collapse(part);
      if (text) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/**
 * Reduces a web page to its article with Mozilla Readability (in jsdom, scripts off, nothing fetched):
 * navigation, advertisements, related links and comments are left out. Returns `null` when the page
 * has no article Readability can find.
 *
 * @example const article = await extractHtmlArticle(await readFile('page.html', 'utf8'));
 */
export async function extractHtmlArticle(html: string): Promise<HtmlArticle | null> {
  // Loaded on first use: jsdom takes a while to import and most engines never see HTML.
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    // Read before Readability, which rewrites the document.
    const url = metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
    const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
    for (const element of [...document.querySelectorAll('[class], [id]')]) {
      const isRoot = element === document.body || element === document.documentElement;
      if (element.isConnected && !isRoot && isFurniture(element)) element.remove();
    }
    const parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
    if (!parsed?.content) return null;
    const published = parsed.publishedTime ?? '';
    return {
      title: collapse(parsed.title ?? ''),
      source: collapse(parsed.siteName ?? ''),
      date: parseDate(published) || parseDate(time.trim()),
      url: /^https?:\/\//i.test(url) ? url : '',
      byline: collapse(parsed.byline ?? ''),
      paragraphs: paragraphsOf(parsed.content),
    };
  } finally {
    dom.window.close();
  }
}

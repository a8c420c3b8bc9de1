import { type Fact, factsOf } from './answer-types.ts';
import type { NewsIndex } from './search-index.ts';
import { splitSentences } from './text.ts';
import type { Article } from './types.ts';

// Paragraph texts, headlines and sentences come back for question after question: their terms,
// sentences and facts are kept in bounded caches per index.
const CACHE_SIZE = 8192;
// Whole articles' term sets are large (hundreds of terms each): only those of the articles the last
// few questions touched are kept.
const ARTICLE_CACHE_SIZE = 256;

class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly size = CACHE_SIZE) {}
  get(key: K, make: () => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const value = make();
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
    return value;
  }
}

interface TextCaches {
  readonly terms: BoundedCache<string, ReadonlySet<string>>;
  readonly sentences: BoundedCache<string, readonly string[]>;
  readonly facts: BoundedCache<string, readonly Fact[]>;
  // Keyed by the article itself: a changed article is a new object.
  readonly articles: BoundedCache<Article, ReadonlySet<string>>;
}

const cachesByIndex = new WeakMap<NewsIndex, TextCaches>();

function cachesOf(index: NewsIndex): TextCaches {
  let caches = cachesByIndex.get(index);
  if (!caches) {
    caches = {
      terms: new BoundedCache(),
      sentences: new BoundedCache(),
      facts: new BoundedCache(),
      articles: new BoundedCache(ARTICLE_CACHE_SIZE),
    };
    cachesByIndex.set(index, caches);
  }
  return caches;
}

/** The index terms of a text (cached). */
export function termsOf(index: NewsIndex, text: string): ReadonlySet<string> {
  return cachesOf(index).terms.get(text, () => new Set(index.lexicon.termsOf(text)));
}

/** The sentences of a paragraph (cached). */
export function sentencesOf(index: NewsIndex, text: string): readonly string[] {
  return cachesOf(index).sentences.get(text, () => splitSentences(text));
}

/** The facts a sentence holds (cached). */
export function factsIn(index: NewsIndex, sentence: string): readonly Fact[] {
  return cachesOf(index).facts.get(sentence, () => factsOf(sentence));
}

/** Every term of an article, headline included (cached for the articles of the last few questions). */
export function articleTermsOf(index: NewsIndex, article: Article): ReadonlySet<string> {
  return cachesOf(index).articles.get(article, () => {
    const all = new Set(termsOf(index, article.title));
    for (const paragraph of article.paragraphs)
      for (const term of index.paragraphTerms(paragraph)) all.add(term);
    return all;
  });
}

import { createHash } from 'node:crypto';

/**
 * What a button does, encoded in its `custom_id` (at most 100 characters, far below here).
 * `/ask` and `/search` results point at an in-memory session; article lists are stateless and carry
 * the user who opened them, so a click by anyone else gets a private copy instead of changing theirs.
 */
export type CustomId =
  | {
      readonly view: 'ask';
      readonly session: string;
      readonly action: 'cite' | 'paragraph';
      readonly n: number;
    }
  | { readonly view: 'search'; readonly session: string; readonly page: number }
  | { readonly view: 'claims'; readonly session: string; readonly page: number }
  | { readonly view: 'sources'; readonly owner: string; readonly page: number }
  | { readonly view: 'source'; readonly owner: string; readonly article: string; readonly page: number };

export type View = CustomId['view'];

const SESSION = '[a-z0-9]{10}';
const SNOWFLAKE = '\\d{17,20}';
const NUMBER = '(0|[1-9]\\d{0,4})';
const ARTICLE_KEY = '[0-9a-f]{12}';

const PATTERNS = {
  ask: new RegExp(`^ask:(${SESSION}):([cp]):${NUMBER}$`),
  search: new RegExp(`^search:(${SESSION}):${NUMBER}$`),
  claims: new RegExp(`^claims:(${SESSION}):${NUMBER}$`),
  sources: new RegExp(`^sources:(${SNOWFLAKE}):${NUMBER}$`),
  source: new RegExp(`^source:(${SNOWFLAKE}):(${ARTICLE_KEY}):${NUMBER}$`),
} as const;

/** A short, stable key for an article id of any length, so `/source` buttons survive restarts and reloads. */
export function articleKey(articleId: string): string {
  return createHash('sha256').update(articleId).digest('hex').slice(0, 12);
}

export function formatCustomId(id: CustomId): string {
  switch (id.view) {
    case 'ask':
      return `ask:${id.session}:${id.action === 'cite' ? 'c' : 'p'}:${id.n}`;
    case 'search':
      return `search:${id.session}:${id.page}`;
    case 'claims':
      return `claims:${id.session}:${id.page}`;
    case 'sources':
      return `sources:${id.owner}:${id.page}`;
    case 'source':
      return `source:${id.owner}:${id.article}:${id.page}`;
  }
}

/** Parses a custom id; `null` for anything this bot did not make (forged, or from an older version). */
export function parseCustomId(raw: string): CustomId | null {
  let m = PATTERNS.ask.exec(raw);
  if (m) {
    return {
      view: 'ask',
      session: m[1] as string,
      action: m[2] === 'c' ? 'cite' : 'paragraph',
      n: Number(m[3]),
    };
  }
  m = PATTERNS.search.exec(raw);
  if (m) return { view: 'search', session: m[1] as string, page: Number(m[2]) };
  m = PATTERNS.claims.exec(raw);
  if (m) return { view: 'claims', session: m[1] as string, page: Number(m[2]) };
  m = PATTERNS.sources.exec(raw);
  if (m) return { view: 'sources', owner: m[1] as string, page: Number(m[2]) };
  m = PATTERNS.source.exec(raw);
  if (m) return { view: 'source', owner: m[1] as string, article: m[2] as string, page: Number(m[3]) };
  return null;
}

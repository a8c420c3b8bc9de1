import 'dotenv/config';
import type { EngineOptions } from '../core/engine.ts';

/** The engine settings of the command-line tools, from the environment (and `.env`). */
export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): EngineOptions {
  const options: EngineOptions = { corpusDir: env.CORPUS_DIR || 'corpus' };
  if (env.SYNONYMS_FILE) options.synonymsFile = env.SYNONYMS_FILE;
  if (env.STOPWORDS_FILE) options.stopwordsFile = env.STOPWORDS_FILE;
  if (env.MAX_ARTICLE_BYTES) options.maxArticleBytes = Number(env.MAX_ARTICLE_BYTES);
  return options;
}

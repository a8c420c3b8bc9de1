import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuestionCase } from './score.ts';

/** The project's development question sets. */
export const QUALITY_DIR = fileURLToPath(new URL('../../tests/quality', import.meta.url));
/** The default corpus, which the top-level set of {@link QUALITY_DIR} asks about. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

/** The file name of a question set, at the top of the sets folder or in a subfolder beside its `corpus/`. */
export const QUESTIONS_FILE = 'dev.json';
const SET_CORPUS = 'corpus';
/** The name of the set at the top of the sets folder. */
export const TOP_LEVEL_SET = 'dev';

/** A question set that cannot be read or found: a mistake on the command line or in the sets folder. */
export class QuestionSetError extends Error {
  override readonly name = 'QuestionSetError';
}

/** A question set and the corpus folder it asks about. */
export interface QuestionSetLocation {
  /** `dev` for the top-level set, otherwise the subfolder's name. */
  readonly name: string;
  readonly questionsFile: string;
  readonly corpusDir: string;
}

/**
 * The question sets of a folder: its own `dev.json`, asked of `defaultCorpusDir`, then every subfolder
 * holding a `dev.json`, asked of that subfolder's `corpus/`, in name order.
 * @throws QuestionSetError when a subfolder has questions but no `corpus/` folder.
 * @example findQuestionSets(QUALITY_DIR, DEFAULT_CORPUS_DIR) // [{ name: 'dev', … }, { name: 'news-a', … }, …]
 */
export function findQuestionSets(dir: string, defaultCorpusDir: string): QuestionSetLocation[] {
  const sets: QuestionSetLocation[] = [];
  const topLevel = join(dir, QUESTIONS_FILE);
  if (existsSync(topLevel))
    sets.push({ name: TOP_LEVEL_SET, questionsFile: topLevel, corpusDir: defaultCorpusDir });
  const subfolders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of subfolders) {
    const questionsFile = join(dir, name, QUESTIONS_FILE);
    if (!existsSync(questionsFile)) continue;
    const corpusDir = join(dir, name, SET_CORPUS);
    if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
      throw new QuestionSetError(
        `question set ${join(name, QUESTIONS_FILE)} has no ${join(name, SET_CORPUS)} folder`,
      );
    }
    sets.push({ name, questionsFile, corpusDir });
  }
  return sets;
}

/**
 * Reads a question set: a JSON array of questions, each with at least an `id` and a `question`.
 * @throws QuestionSetError naming the file and what is wrong with it.
 */
export function readQuestionSet(file: string): QuestionCase[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new QuestionSetError(`cannot read question set ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed))
    throw new QuestionSetError(`cannot read question set ${file}: expected a JSON array of questions`);
  parsed.forEach((entry, i) => {
    const q = entry as Partial<QuestionCase> | null;
    if (typeof q?.question !== 'string' || typeof q.id !== 'string') {
      throw new QuestionSetError(
        `cannot read question set ${file}: entry ${i + 1} needs a string "id" and "question"`,
      );
    }
  });
  return parsed as QuestionCase[];
}

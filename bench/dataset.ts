/** A benchmark data set: a cached corpus of a given size and its cached, labelled question mix. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/types.ts';
import { CACHE_DIR, type CorpusHeader, DEFAULT_SEED, GENERATOR_VERSION, loadCorpus } from './corpus.ts';
import { type BenchQuestion, DEFAULT_QUESTION_COUNT, generateQuestions, TermIndex } from './questions.ts';
import { hash32 } from './rng.ts';

/** Bump when the question generator changes. */
export const QUESTIONS_VERSION = 1;
/** Questions used only to warm engines up, never timed: the timed ones are all asked for the first time. */
export const WARMUP_QUESTIONS = 50;

export interface Dataset {
  readonly size: number;
  readonly seed: number;
  readonly articles: Article[];
  readonly questions: BenchQuestion[];
  /** A separate mix (another seed) for warming engines up. */
  readonly warmup: BenchQuestion[];
  readonly header: CorpusHeader;
  /** True when both the corpus and the questions came from `bench/.cache`. */
  readonly cached: boolean;
  readonly tookMs: number;
}

interface QuestionsFile {
  readonly version: number;
  readonly corpusVersion: number;
  readonly digest: string;
  readonly seed: number;
  readonly count: number;
  readonly questions: BenchQuestion[];
  readonly warmup: BenchQuestion[];
}

export function questionsCachePath(size: number, count: number, seed: number, cacheDir = CACHE_DIR): string {
  return join(
    cacheDir,
    `questions-v${GENERATOR_VERSION}.${QUESTIONS_VERSION}-seed${seed.toString(16)}-${size}-q${count}.json`,
  );
}

export async function loadDataset(
  size: number,
  options: { seed?: number; questions?: number; cacheDir?: string } = {},
): Promise<Dataset> {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.questions ?? DEFAULT_QUESTION_COUNT;
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const t0 = performance.now();
  const corpus = await loadCorpus(size, { seed, cacheDir });
  const path = questionsCachePath(size, count, seed, cacheDir);
  let questions: BenchQuestion[] | null = null;
  let warmup: BenchQuestion[] = [];
  if (existsSync(path)) {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as QuestionsFile;
      if (
        file.version === QUESTIONS_VERSION &&
        file.corpusVersion === GENERATOR_VERSION &&
        file.digest === corpus.header.digest &&
        file.seed === seed &&
        file.questions.length === count &&
        Array.isArray(file.warmup)
      ) {
        questions = file.questions;
        warmup = file.warmup;
      }
    } catch {
      questions = null;
    }
  }
  const cached = corpus.fromCache && questions !== null;
  if (questions === null) {
    const index = new TermIndex(corpus.articles);
    questions = generateQuestions(corpus.articles, count, seed, index);
    warmup = generateQuestions(corpus.articles, WARMUP_QUESTIONS, hash32('warmup', seed), index);
    const file: QuestionsFile = {
      version: QUESTIONS_VERSION,
      corpusVersion: GENERATOR_VERSION,
      digest: corpus.header.digest,
      seed,
      count,
      questions,
      warmup,
    };
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(file));
    renameSync(tmp, path);
  }
  return {
    size,
    seed,
    articles: corpus.articles,
    questions,
    warmup,
    header: corpus.header,
    cached,
    tookMs: performance.now() - t0,
  };
}

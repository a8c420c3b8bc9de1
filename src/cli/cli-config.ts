import { engineOptionsOf, loadConfig } from '../config.ts';
import type { EngineOptions } from '../core/engine.ts';

/**
 * The engine settings of the command-line tools: the same validated configuration as the bot, but
 * without the index folder, so that `ask` and `eval` never write to disk.
 */
export function loadCliConfig(): EngineOptions {
  const { indexDir: _unused, ...options } = engineOptionsOf(loadConfig());
  return options;
}

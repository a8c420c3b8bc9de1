import { engineOptionsOf, loadConfigOrReport } from '../config.ts';
import type { EngineOptions } from '../core/engine.ts';

/**
 * The engine settings of the command-line tools: the same validated configuration as the bot, but
 * without the index folder, so that `ask` and `eval` never write to disk. `undefined` after a
 * configuration problem, which has been printed.
 */
export function loadCliConfig(): EngineOptions | undefined {
  const config = loadConfigOrReport({ indexAccess: 'read' });
  if (!config) return undefined;
  const { indexDir: _unused, ...options } = engineOptionsOf(config);
  return options;
}

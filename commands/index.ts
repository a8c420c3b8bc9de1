import type { Command } from '../src/discord/command.ts';
import { ask } from './ask.ts';
import { claims } from './claims.ts';
import { corpus } from './corpus.ts';
import { help } from './help.ts';
import { reload } from './reload.ts';
import { search } from './search.ts';
import { source } from './source.ts';
import { sources } from './sources.ts';

/** Every slash command, in the order Discord lists them; the bot and the registration script both use this. */
export const commands: readonly Command[] = [ask, search, claims, sources, source, reload, corpus, help];

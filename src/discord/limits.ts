/** Discord platform limits, in UTF-16 code units (stricter than Discord's own count). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedUrl: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandTotal: 8000,
  stringOptionMaxLength: 6000,
} as const;

/** Discord's first-response deadline for an interaction. */
export const INTERACTION_DEADLINE_MS = 3000;

/**
 * A handler still running this long after the interaction arrived gets deferred automatically,
 * leaving margin for the defer request itself to reach Discord.
 */
export const AUTO_DEFER_AFTER_MS = 2000;

/** Buttons of `/ask` and `/search` results keep working this long (in memory, lost on restart). */
export const VIEW_SESSION_TTL_MS = 30 * 60 * 1000;
export const VIEW_SESSION_MAX = 2000;

export const SEARCH_PAGE_SIZE = 5;
export const CLAIMS_PAGE_SIZE = 5;
export const SOURCES_PAGE_SIZE = 10;
export const SOURCE_PARAGRAPHS_PAGE_SIZE = 5;

/** Longest question accepted by `/ask` (the string option's `max_length`). */
export const QUESTION_MAX_LENGTH = 500;
export const QUERY_MAX_LENGTH = 200;

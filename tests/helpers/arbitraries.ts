import fc from 'fast-check';

/** The pieces of text most likely to break Discord's limits and escaping: mentions, markdown, surrogates. */
const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '**',
  '\\',
  '`',
  '[1]',
  '\n# ',
  '😀',
  '\ud83d',
  'https://example.com/a_(b)',
  ' ',
);

/** Text as articles and users produce it, up to `maxPieces` pieces, with the nasty ones mixed in. */
export const discordText = (maxPieces: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nasty, fc.string({ maxLength: 3000 })), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

import type { CorpusStats } from '../context.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { COLOR, corpusFooter } from './elements.ts';

/** `/help`: what the bot does and how to ask. */
export function renderHelp(stats: CorpusStats, ephemeral: boolean): ReplyPayload {
  return fitPayload({
    embeds: [
      {
        color: COLOR.answer,
        title: 'Newsdesk',
        description:
          'I answer questions about a folder of news articles by quoting them, with numbered citations like **[1]** you can check. When the articles do not say, I say so instead of guessing.',
        fields: [
          {
            name: '/ask question',
            value:
              'Ask anything about the articles. Set `private` to see the answer alone. Buttons step through the citations and open the full paragraph of one.',
          },
          {
            name: '/search query [source]',
            value:
              'Find the paragraphs that use your words, best first, five a page; `source` keeps to one article.',
          },
          { name: '/sources', value: 'Every article: outlet, title, date and number of paragraphs.' },
          { name: '/source article', value: 'One article: its details and its paragraphs, page by page.' },
          {
            name: '/reload',
            value: 'Moderators: rescan the corpus folder and see what was added, changed or skipped.',
          },
          {
            name: '/corpus add · remove · restore · status',
            value:
              'Moderators: add an article from a .txt, .md or .html file, move one to the trash or bring it back, and see the state of the corpus and who changed what.',
          },
          {
            name: 'Without a command',
            value: 'Send me a direct message, or mention me in a server followed by your question.',
          },
          {
            name: 'Asking well',
            value:
              'Ask one thing at a time, with the names the news uses: who, what, when, where, how many. Start typing in /ask to see words the articles use.',
          },
        ],
        footer: corpusFooter(stats),
        timestamp: stats.loadedAt.toISOString(),
      },
    ],
    components: [],
    ephemeral,
  });
}

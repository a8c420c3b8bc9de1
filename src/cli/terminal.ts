import { printable, wordSpans } from '../core/text.ts';
import type { Answer, Article } from '../core/types.ts';

export interface TerminalStyle {
  color: boolean;
}

const ansi = (code: string) => (text: string, style: TerminalStyle) =>
  style.color ? `\x1b[${code}m${text}\x1b[0m` : text;
const bold = ansi('1');
export const dim = ansi('2');
export const yellow = ansi('33');
export const cyan = ansi('36');

/** Marks the words of a text that matched the question (bold yellow on a colour terminal, *word* otherwise). */
export function highlight(text: string, matchedWords: readonly string[], style: TerminalStyle): string {
  if (matchedWords.length === 0) return text;
  const wanted = new Set(matchedWords);
  let out = '';
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!wanted.has(span.word)) continue;
    const word = text.slice(span.start, span.end);
    out += text.slice(at, span.start) + (style.color ? bold(yellow(word, style), style) : `*${word}*`);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * "Al Jazeera · Azerbaijan denies … · 2020-09-29" with the parts that are known; control and
 * bidirectional characters shown as escapes.
 */
export function describeArticle(article: Pick<Article, 'source' | 'title' | 'date'>): string {
  return [article.source, article.title ? `“${article.title}”` : '', article.date]
    .filter(Boolean)
    .map(printable)
    .join(' · ');
}

export function renderAnswerForTerminal(answer: Answer, style: TerminalStyle): string {
  if (!answer.answered) return answer.answer;
  const lines = [highlight(answer.answer, answer.matchedWords, style), ''];
  for (const c of answer.citations) {
    lines.push(
      `${cyan(`[${c.n}]`, style)} ${describeArticle(c) || printable(c.file)}, ${dim(`paragraph ${c.paragraph}`, style)}`,
    );
  }
  return lines.join('\n');
}

export function renderSourcesForTerminal(articles: readonly Article[], style: TerminalStyle): string {
  if (articles.length === 0) return 'The corpus is empty.';
  return articles
    .map(
      (a, i) =>
        `${cyan(`${i + 1}.`, style)} ${describeArticle(a) || '(untitled)'} ${dim(`${printable(a.file)}, ${a.paragraphs.length} paragraphs`, style)}`,
    )
    .join('\n');
}

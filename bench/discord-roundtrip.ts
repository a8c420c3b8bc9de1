/**
 * Interaction round trip on loopback: the fake Discord sends INTERACTION_CREATE over the gateway and
 * times the bot's reply arriving at the callback route (the span Discord's 3-second deadline covers).
 *
 *   npx tsx bench/discord-roundtrip.ts [--count 500] [--json]
 */
import { startHarness } from '../tests/helpers/bot-harness.ts';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--count') + 1]) || 500;
const json = args.includes('--json');

const QUESTIONS = [
  'Who denied that Turkey sent fighters?',
  'How many fighters did Turkey send to Azerbaijan?',
  'What did TASS report about foreign troops?',
  'Where did the Syrian fighters come from?',
  'What did the Armenian ambassador to Russia say?',
];

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    median: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

const h = await startHarness();
try {
  const user = h.fake.user('bench');
  const place = { guild: h.fake.guild };
  const ask = async (i: number) =>
    (
      await h.fake.interact(
        h.fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length] as string }, user, place),
      ).response
    ).latencyMs;

  for (let i = 0; i < 50; i++) await ask(i);

  const sequential: number[] = [];
  for (let i = 0; i < count; i++) sequential.push(await ask(i));

  const commands = ['ask', 'search', 'sources', 'help'] as const;
  const burst = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const name = commands[i % commands.length] as (typeof commands)[number];
      const options: Record<string, string> =
        name === 'ask'
          ? { question: QUESTIONS[i % QUESTIONS.length] as string }
          : name === 'search'
            ? { query: 'Syrian fighters' }
            : {};
      return h.fake.interact(h.fake.slash(name, options, h.fake.user(`burst${i}`), place)).response;
    }),
  );

  const results = {
    sequentialAsk: summary(sequential),
    burst200Mixed: summary(burst.map((r) => r.latencyMs)),
    node: process.version,
  };
  if (json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log(`Interaction round trip on loopback (ms), Node ${process.version}`);
    console.log(
      `  /ask, one at a time (n=${results.sequentialAsk.n}): median ${results.sequentialAsk.median}, p99 ${results.sequentialAsk.p99}, max ${results.sequentialAsk.max}`,
    );
    console.log(
      `  200 at once, mixed commands:  median ${results.burst200Mixed.median}, p99 ${results.burst200Mixed.p99}, max ${results.burst200Mixed.max}`,
    );
  }
} finally {
  await h.stop();
}

// `npm run --silent analyze < messages.jsonl > predictions.jsonl`
// Streams stdin line by line (huge inputs never sit in memory whole) and writes one
// output line per input line, in order. A malformed line gets an error on stderr naming
// its line number and a {"id":…,"error":…} placeholder on stdout so lines stay aligned.
import { createInterface } from 'node:readline';
import { parseInputLine, predict } from '../lib/analysis/prediction';

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  let buf: string[] = [];
  const flush = async () => {
    if (buf.length === 0) return;
    const chunk = buf.join('');
    buf = [];
    // Respect back-pressure so a slow consumer does not make us buffer everything.
    if (!process.stdout.write(chunk)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
  };
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue; // blank lines (e.g. a trailing newline) are not messages
    let out: string;
    let id: unknown = null;
    try {
      const parsed = parseInputLine(line);
      id = parsed.id;
      out = JSON.stringify(predict(parsed.id, parsed.input));
    } catch (e) {
      failed++;
      const msg = `line ${n}: ${(e as Error).message}`;
      process.stderr.write(`analyze: ${msg}\n`);
      out = JSON.stringify({ id, error: msg });
    }
    buf.push(out + '\n');
    if (buf.length >= 256) await flush();
  }
  await flush();
  if (failed > 0) process.stderr.write(`analyze: ${failed} malformed line(s) of ${n}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`analyze: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});

/**
 * `digest`: the engine's command-line front end. Its interface is a public contract (users script it and the
 * benchmarks depend on it): extend it, never break it.
 *
 *   npm run digest -- PAGE.html | TEXT.txt | -   [--json] [--sentences N] [--figures N] [--url URL] [--title T]
 *   npm run digest -- --jsonl < in.jsonl > out.jsonl
 *
 * Exit codes: 0 ok; 1 the input had no article (reason on stderr); 2 bad arguments.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Digest, type DigestOptions, digestArticle } from '../utils/engine/digest';
import { failureText } from './lib/failure-text';
import { articleFromInput, decode } from './lib/load';
import { toJson, toJsonlResult, toText } from './lib/output';

const USAGE = `usage: digest FILE|- [--json] [--sentences N] [--figures N] [--url URL] [--title TITLE]
       digest --jsonl < records.jsonl      (one {id, text|html, title?, lang?} per line)`;

const NO_SENTENCES = 'No sentences worth a digest were found in the input.';

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`digest: ${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      sentences: { type: 'string' },
      figures: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(2, `${(e as Error).message}\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const options: DigestOptions = { sentences: count('sentences'), figures: count('figures') };

function count(name: 'sentences' | 'figures'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) fail(2, `--${name} must be a whole number from 1 to 100, got "${raw}"`);
  return n;
}

if (values.jsonl) {
  if (positionals.length > 0 || values.json)
    fail(2, `--jsonl reads standard input and takes no file or --json\n${USAGE}`);
  await runJsonl();
} else {
  if (positionals.length !== 1) fail(2, USAGE);
  const name = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = name === '-' ? readFileSync(0) : readFileSync(name);
  } catch (e) {
    fail(2, `cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = articleFromInput(decode(bytes), { name, url: values.url, title: values.title });
  if (!result.ok) fail(1, failureText(result));
  const digest = digestArticle(result.article, options);
  if (digest.sentences.length === 0) fail(1, NO_SENTENCES);
  process.stdout.write(values.json ? `${JSON.stringify(toJson(digest), null, 2)}\n` : toText(digest));
}

/** Batch mode: one result line per input line, in order, in one process; a bad line never stops the run. */
async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    let id: unknown = null;
    let output: object;
    try {
      // Every input line gets its output line, a blank one included, so results stay aligned with inputs.
      if (!line.trim()) throw new Error('the line is empty');
      const record: unknown = JSON.parse(line);
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new Error('each line must be a JSON object like {"id": …, "text": …}');
      }
      id = (record as Record<string, unknown>).id ?? null;
      output = toJsonlResult(id, digestRecord(record as Record<string, unknown>));
    } catch (e) {
      output = { id, error: `line ${n}: ${(e as Error).message}` };
    }
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function digestRecord(record: Record<string, unknown>): Digest {
  const source = typeof record.html === 'string' ? record.html : record.text;
  if (typeof source !== 'string') throw new Error('each line needs a "text" or "html" string');
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const result = articleFromInput(source, {
    name: typeof record.html === 'string' ? 'input.html' : undefined,
    title: str(record.title),
    lang: str(record.lang),
    url: str(record.url),
  });
  if (!result.ok) throw new Error(failureText(result));
  const digest = digestArticle(result.article, options);
  if (digest.sentences.length === 0) throw new Error(NO_SENTENCES);
  return digest;
}

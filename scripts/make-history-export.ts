/**
 * Writes a Digest history export (format version 1) of N generated digests with their articles, as the history
 * page would export them: the input of `bench:history`, or a file to try an import with by hand.
 *   npx tsx scripts/make-history-export.ts --digests 5000 --out /tmp/history-5000.json [--chinese 0.3]
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { digestArticle } from '../utils/engine/digest';
import { EXPORT_FORMAT } from '../utils/store/export/history-json';
import { generatedHistory } from './lib/generated-history';

const { values } = parseArgs({
  options: {
    digests: { type: 'string', default: '5000' },
    out: { type: 'string' },
    chinese: { type: 'string', default: '0.3' },
  },
});
if (!values.out) throw new Error('--out FILE is required');
const history = generatedHistory({ chineseShare: Number(values.chinese) });
if (!history) {
  console.log('skipped: ../shared/eval is absent');
  process.exit(0);
}
const total = Number(values.digests);
const out = createWriteStream(values.out);
const write = (text: string) =>
  new Promise<void>((done) => (out.write(text) ? done() : out.once('drain', () => done())));
await write(`{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"${new Date().toISOString()}","digests":[`);
const TAGS = ['politics', 'economy', 'sport', '科技', '云计算', 'reading list'];
for (let n = 0; n < total; n++) {
  const { article, at } = history.article(n);
  const tags = n % 7 === 0 ? [TAGS[n % TAGS.length]!] : [];
  const digest = { ...digestArticle(article), id: n + 1, createdAt: at, updatedAt: at, tags, article };
  await write((n ? ',' : '') + JSON.stringify(digest));
}
await write(']}');
await new Promise((done) => out.end(done));
console.log(`wrote ${total.toLocaleString('en')} digests to ${values.out}`);

import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/api/createBackend';
import { openStore } from '../../electron/repositories/openStore';
import { bodyToPlainText } from '../../shared/body/bodyToPlainText';
import { generated, random, vocabulary } from './generatedCommuniques';
import type { BenchRow } from './measure';
import { repeat, summarize, timed } from './measure';

const ms = (value: number) => `${value.toFixed(2)} ms`;

/**
 * The archive at 1k, 10k and 100k communiqués: how fast they go in (with their search index), how fast words are
 * found (common, rare, prefix, phrase; p50 and p95 through the dispatcher), the list's first page, the file's size;
 * beside `grep -ril` over the same texts as files, the office's way of finding things today.
 */
export async function archiveBench(dir: string, sizes: readonly number[] = [1000, 10_000, 100_000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const words = vocabulary();
  const queries = { common: 'instituto', rare: 'xochimilcatl', prefix: 'tecnol*', phrase: '"instituto politecnico nacional"' } as const;
  // Each query's p95 at the smallest archive, so the larger ones show how it grows (the target: at most 2×).
  const smallest = new Map<string, number>();
  for (const size of sizes) {
    const databasePath = join(dir, `archive-${size}.sqlite3`);
    const textDir = join(dir, `archive-${size}-txt`);
    mkdirSync(textDir);
    const next = random(size);
    const store = openStore(databasePath);
    const at = new Date().toISOString();
    const insertTime = await timed(async () => {
      for (let start = 0; start < size; start += 1000)
        await store.write(async (repos) => {
          for (let i = start; i < Math.min(size, start + 1000); i++) {
            const content = generated(words, next, i, size);
            await repos.communiques.insert({ content, letterheadId: 1, actor: 'bench', at });
            writeFileSync(join(textDir, `${i}.txt`), `${content.title}\n${content.summary.join('\n')}\n${bodyToPlainText(content.body, '')}`);
          }
        });
    });
    await store.close();
    rows.push({
      what: `archive ${size}: store and index`,
      figure: ms(insertTime),
      note: `${Math.round(size / (insertTime / 1000))} communiqués/s (texts also written as files)`,
    });
    const backend = createBackend({ databasePath });
    // A hundred samples each: a p95 of fewer is one garbage-collection pause (queries take milliseconds now).
    const times = 100;
    // Every query warmed first: the first calls read the archive's pages from the disk and run before the JIT has compiled the search.
    for (let warm = 0; warm < 20; warm++) for (const text of Object.values(queries)) await backend.dispatch('findCommuniques', { text });
    for (const [kind, text] of Object.entries(queries)) {
      const timings = summarize(await repeat(times, () => backend.dispatch('findCommuniques', { text })));
      const found = await backend.dispatch('findCommuniques', { text, limit: 1 });
      const total = found.ok ? (found.value as { total: number }).total : -1;
      const grepWord = kind === 'prefix' ? 'tecnol' : kind === 'phrase' ? 'instituto politécnico nacional' : text;
      const grep = await timed(async () => {
        try {
          execFileSync('grep', ['-ril', grepWord, textDir], { maxBuffer: 1 << 30 });
        } catch {
          // grep exits 1 when nothing matches
        }
      });
      const base = smallest.get(kind) ?? timings.p95;
      smallest.set(kind, base);
      const growth = size === sizes[0] ? '' : `; p95 ${(timings.p95 / base).toFixed(1)}× the ${sizes[0]}'s`;
      rows.push({
        what: `  search ${kind} (${text}), p50`,
        figure: ms(timings.median),
        note: `p95 ${ms(timings.p95)}; ${total} found${growth}; grep -ril ${ms(grep)} (${(grep / timings.median).toFixed(0)}×)`,
      });
    }
    const first = summarize(await repeat(times, () => backend.dispatch('findCommuniques', {})));
    rows.push({ what: '  first page of the list (50 rows and the total)', figure: ms(first.median), note: `p95 ${ms(first.p95)}` });
    await backend.close();
    rows.push({ what: '  database file size', figure: `${(statSync(databasePath).size / 1024 / 1024).toFixed(1)} MB`, note: '' });
  }
  return rows;
}

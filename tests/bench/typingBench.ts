import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createBackend } from '../../electron/api/createBackend';
import { startServe } from '../e2e/support/startServe';
import { seedContent } from '../helpers/fixtures';
import type { BenchRow } from './measure';
import { timed } from './measure';
import { keyNamed, nameKeys, typeAsPerson } from './typeAsPerson';

/** The composer's heavy texts: a translation still in Spanish, a style issue in every paragraph, 1 MB of text. */
const cases = {
  flagged: 'every word flagged (English speller on Spanish text)',
  styled: 'a style issue (double space) in every paragraph',
  megabyte: '1 MB of text (about 300 pages)',
} as const;
type Case = keyof typeof cases;

function body(kind: Case): { language: 'es' | 'en'; body: string } {
  const seed = String(seedContent('seed-000-es').body);
  if (kind === 'flagged') return { language: 'en', body: Array.from({ length: 24 }, () => seed).join('\n\n') };
  if (kind === 'styled')
    return {
      language: 'es',
      body: Array.from({ length: 24 }, () => seed.replace(/ de /g, (match, at: number) => (at % 7 === 0 ? ' de  ' : match)))
        .join('\n\n')
        .replace(/\n\n/g, '  \n\n'),
    };
  return { language: 'es', body: Array.from({ length: Math.ceil(1_000_000 / seed.length) }, () => seed).join('\n\n') };
}

/** Keystrokes as the Event Timing API saw them (duration: key down to the next paint), and long tasks meanwhile. */
async function watchInput(page: Page): Promise<void> {
  await nameKeys(page);
  await page.evaluate(() => {
    const win = window as unknown as { __keys: [number, number][]; __long: number[]; __longStarts: number[] };
    win.__keys = [];
    win.__long = [];
    win.__longStarts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) if (entry.name === 'keydown') win.__keys.push([entry.startTime, entry.duration]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        win.__long.push(entry.duration);
        win.__longStarts.push(entry.startTime);
      }
    }).observe({ type: 'longtask' });
  });
}

/** The typed characters' keys (key down to paint, ms), the other keys' (Ctrl+End), and the long tasks, since `watchInput`. */
async function observed(page: Page): Promise<{ keys: number[]; jump: number[]; long: number[] }> {
  const { entries, long } = await page.evaluate(() => {
    const win = window as unknown as { __keys: [number, number][]; __long: number[] };
    return { entries: win.__keys, long: win.__long };
  });
  const names = await keyNamed(
    page,
    entries.map(([start]) => start),
  );
  const durations = entries.map(([, duration]) => duration);
  return {
    keys: durations.filter((_, index) => names[index]?.length === 1),
    jump: durations.filter((_, index) => names[index]?.length !== 1),
    long,
  };
}

/** A database with one communiqué of the case's text; its id is 1. */
async function databaseFor(dir: string, kind: Case): Promise<string> {
  const databasePath = join(dir, `typing-${kind}.sqlite3`);
  const backend = createBackend({ databasePath });
  const created = await backend.dispatch('createCommunique', { content: { ...seedContent('seed-000-es'), ...body(kind) } });
  await backend.close();
  if (!created.ok) throw new Error(created.error.message);
  return databasePath;
}

/** Opens the communiqué; resolves when the editor shows its text, then again when the preview has its pages. */
async function open(page: Page, url: string): Promise<{ editorMs: number; previewMs: number }> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => (document.querySelector('.body-content p')?.textContent ?? '').length > 0, null, { timeout: 120_000 });
  const editorMs = Date.now() - start;
  await page.waitForFunction(() => Number(document.querySelector('.page-preview-pages')?.getAttribute('data-pages')) > 0, null, { timeout: 300_000 });
  return { editorMs, previewMs: Date.now() - start };
}

/** Opens the communiqué as a person does, from the list: from the click on Abrir to its text in the editor and its pages. */
async function openFromList(page: Page, url: string): Promise<{ editorMs: number; previewMs: number }> {
  await page.goto(url);
  const link = page.getByRole('link', { name: /^Abrir / }).first();
  await link.waitFor();
  const start = Date.now();
  await link.click();
  await page.waitForFunction(() => (document.querySelector('.body-content p')?.textContent ?? '').length > 0, null, { timeout: 120_000 });
  const editorMs = Date.now() - start;
  await page.waitForFunction(() => Number(document.querySelector('.page-preview-pages')?.getAttribute('data-pages')) > 0, null, { timeout: 300_000 });
  return { editorMs, previewMs: Date.now() - start };
}

/**
 * Three bursts of a sentence at the end of the body, with pauses (checks and preview run then), typed as a person does
 * (`typeAsPerson`), or as Playwright's `type` does with `fixed` (each key a fixed 35 ms after the last was answered).
 */
async function typeBursts(page: Page, cadence: 'person' | 'fixed' = 'person'): Promise<number> {
  await page.getByRole('textbox', { name: 'Cuerpo del comunicado' }).click();
  await page.keyboard.press('Control+End');
  const sentence = 'The institute said the call remains open. ';
  for (let burst = 0; burst < 3; burst++) {
    if (cadence === 'fixed') await page.keyboard.type(sentence, { delay: 35 });
    else await typeAsPerson(page, sentence);
    await page.waitForTimeout(800);
  }
  return sentence.length * 3;
}

const share = (count: number, of: number) => `${((count / of) * 100).toFixed(1)} %`;

/** How many times each typing cell is typed afresh, its keys pooled: one run of 126 keys is weak evidence on a busy machine. */
const runs = Math.max(1, Math.floor(Number(process.env.REDACTA_TYPING_RUNS ?? 3)) || 3);

/** Types the bursts and counts: typed keys over 16 and over 100 ms, the slowest, the long tasks, and Ctrl+End's keys. */
async function typeAndCount(page: Page, cadence: 'person' | 'fixed') {
  await watchInput(page);
  const typed = await typeBursts(page, cadence);
  const { keys, jump, long } = await observed(page);
  return {
    typed,
    over16: keys.filter((duration) => duration > 16).length,
    over100: keys.filter((duration) => duration > 100).length,
    slowest: Math.max(0, ...keys),
    jump: Math.max(0, ...jump),
    long,
  };
}
type Typing = Awaited<ReturnType<typeof typeAndCount>>;

/** `once` typed `runs` times (each in a page of its own), its keys pooled; `shares` gives each run's share over 16 ms. */
async function pooled(once: (run: number) => Promise<Typing>) {
  const all: Typing[] = [];
  for (let run = 0; run < runs; run++) all.push(await once(run));
  const sum = (count: (typing: Typing) => number) => all.reduce((total, typing) => total + count(typing), 0);
  const typed = sum((typing) => typing.typed);
  const over16 = sum((typing) => typing.over16);
  const jump = Math.max(...all.map((typing) => typing.jump));
  return {
    typed,
    over16,
    share: share(over16, typed),
    over100: sum((typing) => typing.over100),
    slowest: Math.max(...all.map((typing) => typing.slowest)).toFixed(0),
    jump: jump > 0 ? `${jump.toFixed(0)} ms` : 'within a frame',
    long: all.flatMap((typing) => typing.long),
    shares: all.map((typing) => share(typing.over16, typing.typed)).join(', '),
  };
}

/**
 * Typing in the composer's heavy texts, unpaced and paced; opening 300 pages; pasting 30 pages and the next key; the
 * JS heap after a minute of typing in 1 MB (issue 12).
 */
export async function typingBench(paced: Browser, unpaced: Browser, dir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // The floors: the same bursts typed into a bare contenteditable (the browser alone), holding one line, the flagged
  // case's 30 pages and the 1 MB case's text as plain paragraphs, in the same browsers, in this run.
  const floor: Record<string, string> = {};
  const floors = { 'one line': ['Hola'], '30 pages': body('flagged').body.split(/\n+/), '1 MB': body('megabyte').body.split(/\n+/) } as const;
  for (const [browser, pacing] of [
    [unpaced, 'unpaced'],
    [paced, 'paced at 60 Hz'],
  ] as const) {
    for (const [holding, paragraphs] of Object.entries(floors)) {
      const cadences = pacing === 'unpaced' || holding === 'one line' ? (['person'] as const) : (['person', 'fixed'] as const);
      for (const cadence of cadences) {
        const typing = await pooled(async () => {
          const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
          await page.setContent('<div contenteditable role="textbox" aria-label="Cuerpo del comunicado" spellcheck="false" style="max-width: 50rem"></div>');
          await page.evaluate((texts) => {
            const box = document.querySelector('[contenteditable]');
            for (const text of texts) box?.appendChild(document.createElement('p')).append(text);
          }, paragraphs);
          const counted = await typeAndCount(page, cadence);
          await page.close();
          return counted;
        });
        if (cadence === 'fixed') floor[`fixed, ${holding}`] = typing.share;
        if (cadence === 'person') floor[pacing] = `${floor[pacing] ? `${floor[pacing]}, ` : ''}${holding} ${typing.share}`;
        rows.push({
          what: `typing, bare contenteditable (the browser alone) holding ${holding}, ${pacing}${cadence === 'fixed' ? ', keys at a fixed cadence' : ''}: keys over 16 ms`,
          figure: typing.share,
          note: `${typing.over16} of ${typing.typed} in ${runs} runs (${typing.shares}); Ctrl+End ${typing.jump}`,
        });
      }
    }
  }
  // REDACTA_TYPING_CASES=flagged,paste runs some of the cases (see `cases`; `paste` for the paste row).
  const only = process.env.REDACTA_TYPING_CASES?.split(',');
  for (const kind of (Object.keys(cases) as Case[]).filter((kind) => !only || only.includes(kind))) {
    const databasePath = await databaseFor(dir, kind);
    const host = await startServe(databasePath);
    try {
      for (const [browser, pacing] of [
        [unpaced, 'unpaced'],
        [paced, 'paced at 60 Hz'],
      ] as const) {
        if (kind === 'megabyte' && pacing === 'unpaced') {
          const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
          const opened = await open(page, `${host.url}#/c/1`);
          // Once the first open's checks are done (they take about a second in 1 MB), as a person opening it again would.
          await page.waitForTimeout(4000);
          const fromList = await openFromList(page, host.url);
          rows.push({
            what: `open ${cases.megabyte} from the list: Abrir clicked to editor painted`,
            figure: `${fromList.editorMs} ms`,
            note: `preview filled in ${fromList.previewMs} ms; by its address on a server just started (page and app loaded too): editor ${opened.editorMs} ms, preview ${opened.previewMs} ms; target: editor under 1 s`,
          });
          await page.close();
        }
        const typing = await pooled(async (run) => {
          const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
          await open(page, `${host.url}#/c/1`);
          await page.waitForTimeout(4000);
          const counted = await typeAndCount(page, 'person');
          if (kind === 'megabyte' && pacing === 'paced at 60 Hz' && run === runs - 1) rows.push(await heapAfterAMinute(page));
          await page.close();
          return counted;
        });
        // Paced, the same bursts again at Playwright's fixed cadence, in a page opened afresh, beside the earlier stops' figures.
        let fixed = '';
        if (pacing === 'paced at 60 Hz') {
          const again = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
          await open(again, `${host.url}#/c/1`);
          await again.waitForTimeout(4000);
          const locked = await typeAndCount(again, 'fixed');
          // Beside the bare contenteditable holding as much text: the 1 MB case's, or the others' 30 pages.
          const holding = kind === 'megabyte' ? '1 MB' : '30 pages';
          fixed = `; at a fixed cadence (one run) ${share(locked.over16, locked.typed)} (bare, holding ${holding}: ${floor[`fixed, ${holding}`]})`;
          await again.close();
        }
        rows.push({
          what: `typing, ${cases[kind]}, ${pacing}: keys over 16 ms`,
          figure: typing.share,
          note: `${typing.over16} of ${typing.typed} in ${runs} runs (${typing.shares}); over 100 ms: ${typing.over100}; slowest ${typing.slowest} ms; long tasks ${typing.long.length} (max ${Math.max(0, ...typing.long).toFixed(0)} ms); Ctrl+End ${typing.jump}; bare contenteditable: ${floor[pacing]}${fixed}; target ≤ 5 %, none over 100`,
        });
      }
    } finally {
      await host.stop();
    }
  }
  if (!only || only.includes('paste')) rows.push(...(await pasteBench(unpaced, dir)));
  return rows;
}

/** A minute of typing in the open 1 MB body, then the renderer's JS heap. */
async function heapAfterAMinute(page: Page): Promise<BenchRow> {
  const cdp = await page.context().newCDPSession(page);
  const minute = await timed(async () => {
    for (let second = 0; second < 60; second += 6) await page.keyboard.type('Se abrió la convocatoria. ', { delay: 200 });
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return {
    what: `JS heap, 1 MB body after ${(minute / 1000).toFixed(0)} s of typing`,
    figure: `${(heap.usedSize / 1024 / 1024).toFixed(0)} MB`,
    note: 'target under 300 MB',
  };
}

/** Pasting 30 pages into a one-page body: how soon the next key is answered, and the longest task in the 10 s after. */
async function pasteBench(browser: Browser, dir: string): Promise<BenchRow[]> {
  const databasePath = join(dir, 'typing-paste.sqlite3');
  const backend = createBackend({ databasePath });
  await backend.dispatch('createCommunique', { content: seedContent('seed-000-es') });
  await backend.close();
  const host = await startServe(databasePath);
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await open(page, `${host.url}#/c/1`);
    await page.waitForTimeout(3000);
    await page.getByRole('textbox', { name: 'Cuerpo del comunicado' }).click();
    await page.keyboard.press('Control+End');
    await watchInput(page);
    const text = body('flagged').body.replace(/\n\n/g, '\n');
    // The paste is handled inside this call's task; what runs once it has returned is "after the paste".
    const pasted = await page.evaluate((clipboard) => {
      const start = performance.now();
      const data = new DataTransfer();
      data.setData('text/plain', clipboard);
      document.querySelector('.body-content')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return { start, end: performance.now() };
    }, text);
    await page.keyboard.type('x');
    await page.waitForTimeout(10_000);
    const { keys, long } = await observed(page);
    const starts = await page.evaluate(() => (window as unknown as { __longStarts: number[] }).__longStarts);
    const after = long.filter((_, index) => (starts[index] ?? 0) >= pasted.end);
    return [
      {
        what: 'paste 30 pages: the next key, key down to paint',
        figure: `${Math.max(16, ...keys).toFixed(0)} ms`,
        note: `target under 200 ms; the paste itself took ${(pasted.end - pasted.start).toFixed(0)} ms; after it, ${after.length} long tasks, longest ${Math.max(0, ...after).toFixed(0)} ms (target none over 50 ms)`,
      },
    ];
  } finally {
    await page.close();
    await host.stop();
  }
}

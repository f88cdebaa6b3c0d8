import type { Content } from '../../shared/domain/content';
import { plainTextToBody } from '../../shared/body/plainTextToBody';
import { bodyToPlainText } from '../../shared/body/bodyToPlainText';
import { seedContent } from '../helpers/fixtures';

/** A deterministic stream of numbers, so every run builds the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The office's words: every word of the two seeds, so the archive reads like theirs (common and rare words alike). */
export function vocabulary(): string[] {
  const texts = (['seed-000-es', 'seed-001-en'] as const).map((name) => {
    const seed = seedContent(name) as Content;
    return `${seed.title} ${seed.summary.join(' ')} ${bodyToPlainText(seed.body, '')}`;
  });
  return [...new Set(texts.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** A realistic communiqué made of the office's words: a title, two bullets, five paragraphs of 60 words. */
export function generated(words: string[], next: () => number, index: number): Content {
  const pick = () => words[Math.floor(next() * words.length)] ?? 'IPN';
  const sentence = (count: number) => Array.from({ length: count }, pick).join(' ');
  const year = 2016 + (index % 10);
  const day = `${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  // One communiqué in a thousand speaks of the rare word; every one has the common ones the seeds use most.
  const rare = index % 1000 === 7 ? ' xochimilcatl' : '';
  return {
    series: 'comunicado',
    language: 'es',
    place: 'Ciudad de México',
    date: `${year}-${day}`,
    title: `${sentence(8)}${rare}`,
    summary: [sentence(14), sentence(12)],
    body: plainTextToBody(Array.from({ length: 5 }, () => `Instituto Politécnico Nacional ${sentence(60)}.`).join('\n\n')),
  };
}

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

/** How many communiqués of an archive name the rare word, whatever its size: a name the office mentioned a dozen times. */
export const rareWordCount = 12;

/** A realistic communiqué (a title, two bullets, five paragraphs of 60 words) of an archive of `size`, in the office's words. */
export function generated(words: string[], next: () => number, index: number, size = 1000): Content {
  const pick = () => words[Math.floor(next() * words.length)] ?? 'IPN';
  const sentence = (count: number) => Array.from({ length: count }, pick).join(' ');
  const year = 2016 + (index % 10);
  const day = `${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  // A dozen communiqués speak of the rare word at every size; every one has the common ones the seeds use most.
  const rare = index % Math.floor(size / rareWordCount) === 7 ? ' xochimilcatl' : '';
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

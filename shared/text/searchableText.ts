import { bodyToPlainText } from '../body/bodyToPlainText';
import type { Content } from '../domain/content';
import { foldForSearch } from './foldForSearch';
import { quotedPeople } from './quotedPeople';

/** The parts of a communiqué a search reads, as plain text: its title, its bullets, its body. */
export function searchableText(content: Pick<Content, 'title' | 'summary' | 'body'>): { title: string; summary: string; body: string } {
  return { title: content.title, summary: content.summary.join('\n'), body: bodyToPlainText(content.body, '') };
}

/** The same parts folded as every engine indexes them (see `foldForSearch`), and the people the text quotes, one a line. */
export function foldedSearchText(content: Pick<Content, 'title' | 'summary' | 'body'>): { title: string; summary: string; body: string; people: string } {
  const text = searchableText(content);
  const people = quotedPeople(`${text.title}\n${text.summary}\n${text.body}`).join('\n');
  return { title: foldForSearch(text.title), summary: foldForSearch(text.summary), body: foldForSearch(text.body), people: foldForSearch(people) };
}

import type { Content } from '../domain/content';
import type { StyleIssue } from './StyleIssue';
import type { TextUnit } from './textUnits';

/** Longest title and bullet the house style accepts before asking for a shorter one. */
export const styleLimits = { title: 120, bullet: 220, bullets: 4 } as const;

/** Title, place and date must be there; two to four bullets of reasonable length; a title that fits in two lines. */
export function checkRequiredParts(content: Content): StyleIssue[] {
  const issues: StyleIssue[] = [];
  if (!content.title.trim()) issues.push({ rule: 'missingTitle', severity: 'error', field: 'title', values: {} });
  if (!content.place.trim()) issues.push({ rule: 'missingPlace', severity: 'error', field: 'place', values: {} });
  if (!content.date.trim()) issues.push({ rule: 'missingDate', severity: 'error', field: 'date', values: {} });
  const bullets = content.summary.filter((bullet) => bullet.trim() !== '');
  if (bullets.length === 0) issues.push({ rule: 'noBullets', severity: 'warning', field: 'summary', values: {} });
  if (bullets.length > styleLimits.bullets) {
    issues.push({ rule: 'tooManyBullets', severity: 'warning', field: 'summary', values: { count: bullets.length, max: styleLimits.bullets } });
  }
  const titleLength = [...content.title.trim()].length;
  if (titleLength > styleLimits.title) {
    issues.push({ rule: 'longTitle', severity: 'warning', field: 'title', values: { length: titleLength, max: styleLimits.title } });
  }
  content.summary.forEach((bullet, index) => {
    const length = [...bullet.trim()].length;
    if (length > styleLimits.bullet) {
      issues.push({ rule: 'longBullet', severity: 'warning', field: 'summary', index, values: { n: index + 1, length, max: styleLimits.bullet } });
    }
  });
  return issues;
}

/** The letterhead must give this language a closing mark; the body must not repeat it by hand (it prints by itself). */
export function checkClosingMark(content: Content, closingMark: string, body: readonly TextUnit[]): StyleIssue[] {
  const issues: StyleIssue[] = [];
  const mark = closingMark.trim();
  if (!mark) issues.push({ rule: 'missingClosingMark', severity: 'error', field: 'letterhead', values: { language: content.language } });
  for (const unit of mark ? body.filter((candidate) => candidate.text.trim() === mark) : []) {
    const from = unit.base;
    const to = unit.base + unit.text.length;
    // The fix removes the whole paragraph, not just its text.
    issues.push({
      rule: 'closingMarkInBody',
      severity: 'warning',
      field: 'body',
      from,
      to,
      values: { mark },
      fix: [{ field: 'body', from: from - 1, to: to + 1, insert: '' }],
    });
  }
  return issues;
}

import type { StyleIssue } from './StyleIssue';
import type { TextUnit } from './textUnits';
import { unitEdit } from './textUnits';
import { acronymExceptions, knownAcronyms } from './knownAcronyms';

const acronymPattern = /(?<![\p{L}\p{N}])\p{Lu}{2,8}(?![\p{L}\p{N}])/gu;
const romanNumeral = /^[IVXLCDM]+$/;

/**
 * Each acronym must be spelled out the first time the body uses it: "Instituto Politécnico Nacional (IPN)".
 * Title and bullets are display text and may use it bare. Spelled out means: the first use is in parentheses
 * ("(IPN)", "(STEM por sus siglas en inglés)"), or the known full name appears earlier in the body.
 */
export function checkAcronyms(body: readonly TextUnit[]): StyleIssue[] {
  const seen = new Set<string>();
  const issues: StyleIssue[] = [];
  let before = '';
  for (const unit of body) {
    for (const match of unit.text.matchAll(acronymPattern)) {
      const acronym = match[0];
      if (seen.has(acronym) || romanNumeral.test(acronym) || acronymExceptions.has(acronym)) continue;
      seen.add(acronym);
      const start = match.index ?? 0;
      const inParentheses = unit.text.slice(0, start).trimEnd().endsWith('(');
      const name = knownAcronyms[acronym];
      const namedBefore = name !== undefined && (before + unit.text.slice(0, start)).toLocaleLowerCase('es').includes(name.toLocaleLowerCase('es'));
      if (inParentheses || namedBefore) continue;
      issues.push({
        rule: 'acronymNotSpelledOut',
        severity: 'warning',
        field: 'body',
        from: unit.base + start,
        to: unit.base + start + acronym.length,
        values: { acronym, name: name ?? '' },
        fix: name ? [unitEdit(unit, start, start + acronym.length, `${name} (${acronym})`)] : undefined,
      });
    }
    before += `${unit.text}\n`;
  }
  return issues;
}

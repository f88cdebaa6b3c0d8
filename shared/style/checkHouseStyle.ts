import type { Content } from '../domain/content';
import { checkAcronyms } from './acronymRule';
import { checkQuoteAttribution, checkQuoteBalance } from './quoteRules';
import { checkClosingMark, checkRequiredParts } from './requiredParts';
import type { StyleIssue } from './StyleIssue';
import { bodyUnits, textUnits } from './textUnits';
import { checkAcuteAsApostrophe, checkCapitalizedMonths, checkDoubleSpaces } from './typographyRules';

/** Every house-style observation on a communiqué, in reading order of the rules. Pure: same content, same issues. */
export function checkHouseStyle(content: Content, closingMark: string): StyleIssue[] {
  const units = textUnits(content);
  const body = bodyUnits(content);
  const prose = units.filter((unit) => unit.field !== 'place');
  return [
    ...checkRequiredParts(content),
    ...checkClosingMark(content, closingMark, body),
    ...checkQuoteAttribution(prose),
    ...checkQuoteBalance(prose),
    ...checkDoubleSpaces(units),
    ...checkAcuteAsApostrophe(units),
    ...checkCapitalizedMonths(prose, content.language),
    ...checkAcronyms(body),
  ];
}

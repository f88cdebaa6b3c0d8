/** The house-style rules, each explained in es/en under `style.<rule>` in the catalogs. */
export const styleRules = [
  'missingTitle',
  'missingPlace',
  'missingDate',
  'noBullets',
  'tooManyBullets',
  'longTitle',
  'longBullet',
  'quoteWithoutAttribution',
  'unbalancedQuotes',
  'doubleSpaces',
  'acuteAsApostrophe',
  'missingClosingMark',
  'closingMarkInBody',
  'capitalizedMonth',
  'acronymNotSpelledOut',
] as const;

/** One house-style rule. */
export type StyleRule = (typeof styleRules)[number];

/** Fields a rule can point at; `body` positions are ProseMirror document positions, the others character offsets. */
export type StyleField = 'title' | 'place' | 'date' | 'summary' | 'body' | 'letterhead';

/** One replacement: `insert` takes the place of [from, to) in a field (a bullet when `index` is set). */
export interface TextEdit {
  field: 'title' | 'place' | 'summary' | 'body';
  index?: number | undefined;
  from: number;
  to: number;
  insert: string;
}

/** Something the house style would change, where it is, and (when obvious) the fix. */
export interface StyleIssue {
  rule: StyleRule;
  severity: 'error' | 'warning';
  field: StyleField;
  index?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Interpolated into the rule's explanation. */
  values: Record<string, string | number>;
  fix?: TextEdit[] | undefined;
}

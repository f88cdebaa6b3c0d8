import type { Content } from '../../../shared/domain/content';
import type { TextEdit } from '../../../shared/style/StyleIssue';
import { textUnits } from '../../../shared/style/textUnits';
import { wordsToCheck } from '../../../shared/text/wordsToCheck';

/** The edits that replace every occurrence of `word` in the content as it is now (the person may have typed since the check). */
export function wordReplacements(content: Content, word: string, replacement: string): TextEdit[] {
  return wordsToCheck(textUnits(content), content.language)
    .filter((occurrence) => occurrence.word === word)
    .map((occurrence) => ({ field: occurrence.field, index: occurrence.index, from: occurrence.from, to: occurrence.to, insert: replacement }));
}

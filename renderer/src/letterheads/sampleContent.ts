import type { TFunction } from 'i18next';
import { plainTextToBody } from '../../../shared/body/plainTextToBody';
import type { Content } from '../../../shared/domain/content';
import { defaultPlace } from '../../../shared/domain/defaultPlace';
import type { Language } from '../../../shared/domain/language';

/** A sample communiqué, in the interface's language, to see a letterhead on real-looking paper. */
export function sampleContent(series: string, language: Language, t: TFunction): Content {
  return {
    series,
    language,
    place: defaultPlace[language],
    date: '2021-11-17',
    title: t('letterheads.sample.title'),
    summary: [t('letterheads.sample.bullet1'), t('letterheads.sample.bullet2')],
    body: plainTextToBody(Array.from({ length: 6 }, () => t('letterheads.sample.paragraph')).join('\n\n')),
  };
}

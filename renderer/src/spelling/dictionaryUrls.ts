import enAff from '@dictionaries/en/index.aff?url';
import enDic from '@dictionaries/en/index.dic?url';
import esAff from '@dictionaries/es/index.aff?url';
import esDic from '@dictionaries/es/index.dic?url';
import type { Language } from '../../../shared/domain/language';

/** The bundled Hunspell dictionaries (npm dictionary-es and dictionary-en), served with the app. */
export const dictionaryUrls: Record<Language, { aff: string; dic: string }> = {
  es: { aff: esAff, dic: esDic },
  en: { aff: enAff, dic: enDic },
};

import type { Language } from '../../shared/domain/language';

/** The language of a command-line user: `REDACTA_LANG`, else the locale variables; Spanish unless they say English. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): Language {
  const tag = env.REDACTA_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'es';
}

import { useTranslation } from 'react-i18next';
import { languageSchema, languages } from '../../../shared/domain/language';
import { setUiLanguage } from '../i18n/setupI18n';

/** Chooses the interface language (not the document's). Each option names its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const names = { es: 'Español', en: 'English' } as const;
  return (
    <label className="language-switch">
      <span>{t('app.uiLanguage')}</span>
      <select
        title={t('app.uiLanguage')}
        value={i18n.language}
        onChange={(event) => {
          const parsed = languageSchema.safeParse(event.target.value);
          if (parsed.success) void setUiLanguage(parsed.data);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {names[language]}
          </option>
        ))}
      </select>
    </label>
  );
}

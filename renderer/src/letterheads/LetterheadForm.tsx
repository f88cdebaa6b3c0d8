import { useTranslation } from 'react-i18next';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { bundledFontFamilies } from '../../../shared/print/bundledFonts';
import { DateField } from '../components/DateField';
import { LetterheadImagesField } from './LetterheadImagesField';

/** The letterhead being edited: a name, a valid-from date and its definition. */
export interface LetterheadDraft {
  name: string;
  validFrom: string;
  definition: LetterheadDefinition;
}

/** Every field of a letterhead; lines are edited one per line. */
export function LetterheadForm({ draft, onChange, readOnly }: { draft: LetterheadDraft; onChange(draft: LetterheadDraft): void; readOnly: boolean }) {
  const { t } = useTranslation();
  const def = draft.definition;
  const set = (patch: Partial<LetterheadDefinition>) => onChange({ ...draft, definition: { ...def, ...patch } });
  const lines = (value: string) => value.split('\n').slice(0, 6);
  const margin = (side: keyof LetterheadDefinition['marginsMm']) => (
    <label key={side}>
      {t(`letterheads.margin.${side}`)}
      <input
        type="number"
        min={5}
        max={80}
        step={1}
        value={def.marginsMm[side]}
        onChange={(event) => set({ marginsMm: { ...def.marginsMm, [side]: Number(event.target.value) } })}
      />
    </label>
  );
  return (
    <div className="letterhead-form">
      <fieldset disabled={readOnly}>
        <legend>{t('letterheads.identity')}</legend>
        <label>
          {t('letterheads.name')}
          <input type="text" value={draft.name} maxLength={120} onChange={(event) => onChange({ ...draft, name: event.target.value })} />
        </label>
        <label>
          {t('letterheads.validFrom')}
          <DateField value={draft.validFrom} onDate={(validFrom) => onChange({ ...draft, validFrom })} />
        </label>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{t('letterheads.texts')}</legend>
        <label>
          {t('letterheads.institutionName')}
          <input type="text" value={def.institutionName} maxLength={200} onChange={(event) => set({ institutionName: event.target.value })} />
        </label>
        <label>
          {t('letterheads.motto')}
          <input type="text" value={def.motto} maxLength={200} onChange={(event) => set({ motto: event.target.value })} />
        </label>
        <label>
          {t('letterheads.commemorativeLine')}
          <input type="text" value={def.commemorativeLine} maxLength={200} onChange={(event) => set({ commemorativeLine: event.target.value })} />
        </label>
        <label>
          {t('letterheads.headerLines')}
          <textarea rows={3} value={def.headerLines.join('\n')} onChange={(event) => set({ headerLines: lines(event.target.value) })} />
        </label>
        <label>
          {t('letterheads.footerLines')}
          <textarea rows={4} value={def.footerLines.join('\n')} onChange={(event) => set({ footerLines: lines(event.target.value) })} />
        </label>
        <label>
          {t('letterheads.closingEs')}
          <input
            type="text"
            value={def.closingMarks.es}
            maxLength={40}
            onChange={(event) => set({ closingMarks: { ...def.closingMarks, es: event.target.value } })}
          />
        </label>
        <label>
          {t('letterheads.closingEn')}
          <input
            type="text"
            value={def.closingMarks.en}
            maxLength={40}
            onChange={(event) => set({ closingMarks: { ...def.closingMarks, en: event.target.value } })}
          />
        </label>
      </fieldset>
      <fieldset disabled={readOnly}>
        <legend>{t('letterheads.page')}</legend>
        <label>
          {t('letterheads.pageSize')}
          <select value={def.pageSize} onChange={(event) => set({ pageSize: event.target.value === 'a4' ? 'a4' : 'letter' })}>
            <option value="letter">{t('letterheads.letter')}</option>
            <option value="a4">A4</option>
          </select>
        </label>
        <label>
          {t('letterheads.font')}
          <select
            value={def.font.family}
            onChange={(event) => set({ font: { ...def.font, family: event.target.value as LetterheadDefinition['font']['family'] } })}
          >
            {bundledFontFamilies.map((family) => (
              <option key={family} value={family}>
                {family}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('letterheads.fontSize')}
          <input
            type="number"
            min={8}
            max={16}
            step={0.5}
            value={def.font.sizePt}
            onChange={(event) => set({ font: { ...def.font, sizePt: Number(event.target.value) } })}
          />
        </label>
        {(['top', 'right', 'bottom', 'left'] as const).map(margin)}
      </fieldset>
      <LetterheadImagesField images={def.images} onChange={(images) => set({ images })} disabled={readOnly} />
    </div>
  );
}

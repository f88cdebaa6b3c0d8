import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { readLetterheadImage } from './readLetterheadImage';

type Images = LetterheadDefinition['images'];

/** Why an image file was not taken, as the catalog names it. */
const refusalKeys = { tooBig: 'imageTooBig', wrongType: 'imageWrongType', external: 'imageExternal' } as const;

/** The letterhead's images (PNG, JPEG or SVG, stored in the database): position, width, description. */
export function LetterheadImagesField({ images, onChange, disabled }: { images: Images; onChange(images: Images): void; disabled: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const update = (index: number, patch: Partial<Images[number]>) => onChange(images.map((image, i) => (i === index ? { ...image, ...patch } : image)));
  const add = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLetterheadImage(file);
    if ('refused' in read) return setProblem(t(`letterheads.${refusalKeys[read.refused]}`, { name: file.name }));
    setProblem(null);
    onChange([...images, { src: read.src, alt: file.name.replace(/\.[^.]+$/, ''), position: 'left', widthMm: 30 }]);
  };
  return (
    <fieldset className="letterhead-images" disabled={disabled}>
      <legend>{t('letterheads.images')}</legend>
      <ol>
        {images.map((image, index) => {
          const n = index + 1;
          return (
            <li key={index}>
              <img src={image.src} alt="" />
              <label>
                {t('letterheads.imageAlt', { n })}
                <input type="text" value={image.alt} maxLength={200} onChange={(event) => update(index, { alt: event.target.value })} />
              </label>
              <label>
                {t('letterheads.imagePosition', { n })}
                <select value={image.position} onChange={(event) => update(index, { position: event.target.value as Images[number]['position'] })}>
                  <option value="left">{t('letterheads.left')}</option>
                  <option value="center">{t('letterheads.center')}</option>
                  <option value="right">{t('letterheads.right')}</option>
                </select>
              </label>
              <label>
                {t('letterheads.imageWidth', { n })}
                <input
                  type="number"
                  min={5}
                  max={200}
                  step={1}
                  value={image.widthMm}
                  onChange={(event) => update(index, { widthMm: Number(event.target.value) || 5 })}
                />
              </label>
              <button type="button" onClick={() => onChange(images.filter((_, i) => i !== index))}>
                {t('letterheads.removeImage', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/svg+xml"
        hidden
        aria-label={t('letterheads.imageFile')}
        onChange={(event) => {
          void add(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={images.length >= 6}>
        {t('letterheads.addImage')}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../shared/contract/errorCode';
import { en } from '../../../../shared/i18n/en';
import { es } from '../../../../shared/i18n/es';
import { translate } from '../../../../electron/i18n/translate';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('give every Spanish message an English one with the same placeholders', () => {
    const spanish = leaves(es as unknown as Tree);
    const english = leaves(en as unknown as Tree);
    expect([...english.keys()].sort()).toEqual([...spanish.keys()].sort());
    for (const [key, text] of spanish) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('say one thing in the singular and more in the plural', () => {
    expect(translate('es', 'batch.heading', { count: 1 })).toBe('Exportar 1 comunicado');
    expect(translate('es', 'batch.heading', { count: 3 })).toBe('Exportar 3 comunicados');
    expect(translate('es', 'batch.summary', { count: 1 })).toMatch(/^1 archivo\. /);
    expect(translate('en', 'batch.summary', { count: 2 })).toMatch(/^2 files\. /);
    // Every singular has its plural, in both languages.
    for (const catalog of [es, en]) {
      const keys = [...leaves(catalog as unknown as Tree).keys()];
      for (const key of keys.filter((name) => name.endsWith('_one'))) expect(keys, key).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('explain every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(es.errors[code], code).toBeTruthy();
      expect(en.errors[code], code).toBeTruthy();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../shared/contract/errorCode';
import { en } from '../../../../shared/i18n/en';
import { es } from '../../../../shared/i18n/es';

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

  it('explain every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(es.errors[code], code).toBeTruthy();
      expect(en.errors[code], code).toBeTruthy();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSeries } from '../../../../electron/db/defaults/defaultSeries';
import type { Series } from '../../../../shared/domain/series';
import { formatNumberLine } from '../../../../shared/format/formatNumberLine';

const series = (id: string): Series => defaultSeries.find((s) => s.id === id) as Series;

describe('formatNumberLine', () => {
  it('writes numbers by series and language, as the seeds do', () => {
    expect(formatNumberLine(series('comunicado'), 'es', 223, '')).toBe('Comunicado 223');
    expect(formatNumberLine(series('comunicado'), 'en', 223, '')).toBe('Press Release 223');
    expect(formatNumberLine(series('comunicado-conjunto'), 'en', 35, '')).toBe('Joint Release n. 035');
    expect(formatNumberLine(series('comunicado-conjunto'), 'es', 1234, '')).toBe('Comunicado conjunto 1234');
  });

  it('says the number is pending until approval', () => {
    expect(formatNumberLine(series('comunicado'), 'es', null, '(número al aprobar)')).toBe('Comunicado (número al aprobar)');
    expect(formatNumberLine(series('comunicado-conjunto'), 'en', null, '(number on approval)')).toBe('Joint Release (number on approval)');
  });

  it('never numbers an unnumbered series', () => {
    expect(formatNumberLine(series('nota-informativa'), 'es', null, '(número al aprobar)')).toBe('Nota informativa');
    expect(formatNumberLine(series('nota-informativa'), 'en', 4, '')).toBe('Briefing Note');
  });
});

import { refusedByDatabase } from '../../../helpers/queryDatabase';
import { describe, expect, it } from 'vitest';
import { readyContent } from '../../../helpers/readyContent';
import type { TestOffice } from '../../../helpers/office';
import { officesClosedAfterAll } from '../../../helpers/office';

const office = officesClosedAfterAll();

/** Ana drafts and submits, Eva approves: the number the approval took. */
async function approve({ ok }: TestOffice, date: string): Promise<number | null> {
  const draft = await ok('ana', 'createCommunique', { content: readyContent('Comunicado del archivo', { date }) });
  const sent = await ok('ana', 'submitForReview', { id: draft.id, revision: draft.revision });
  const version = sent.latestVersion as { id: number; sha256: string };
  return (await ok('eva', 'approveVersion', { id: draft.id, versionId: version.id, sha256: version.sha256 })).number;
}

describe('numbering continues the office’s own', () => {
  it('an office that issued 222 this year before Redacta approves its first communiqué as 223, and the statement is kept with who and why', async () => {
    const made = await office();
    const { ok } = made;
    expect(await ok('eva', 'getNumbering', { series: 'comunicado', year: 2026 })).toEqual({ series: 'comunicado', year: 2026, next: 1, issuedOutside: [] });
    const stated = await ok('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 223, reason: 'Emitidos en Word de enero a noviembre' });
    expect(stated).toMatchObject({ next: 223, issuedOutside: [{ upTo: 222, statedBy: 'admin', reason: 'Emitidos en Word de enero a noviembre' }] });
    expect(await approve(made, '2026-12-01')).toBe(223);
    expect(await approve(made, '2026-12-02')).toBe(224);
    // Another year and another series are untouched.
    expect(await approve(made, '2025-12-31')).toBe(1);
    expect((await ok('eva', 'getNumbering', { series: 'comunicado-conjunto', year: 2026 })).next).toBe(1);
    const log = await ok('admin', 'listAudit', { limit: 50 });
    expect(log.find((entry) => entry.action === 'numbers-continue')).toMatchObject({
      actor: 'admin',
      details: { series: 'comunicado', year: 2026, next: 223 },
    });
  });

  it('never goes back: a number already given or stated is refused, with where numbering stands', async () => {
    const made = await office();
    const { ok, call } = made;
    await approve(made, '2026-03-01');
    await approve(made, '2026-03-02');
    expect(await call('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 3, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NUMBERING_BACKWARDS', details: { next: 3, requested: 3 } },
    });
    await ok('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 50, reason: 'Boletines impresos' });
    expect(await call('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 40, reason: 'otra vez' })).toMatchObject({
      ok: false,
      error: {
        code: 'NUMBERING_BACKWARDS',
        message: 'La numeración de Comunicado 2026 ya va en el 50: no puede seguir desde el 40, porque los números nunca se repiten.',
      },
    });
    expect(await approve(made, '2026-03-03')).toBe(50);
  });

  it('only an administrator states it; an unknown or unnumbered series, a number below 2 and an empty reason are refused; nothing changes', async () => {
    const made = await office();
    const { ok, call } = made;
    for (const who of ['ana', 'eva', 'dora'] as const) {
      expect(await call(who, 'continueNumbering', { series: 'comunicado', year: 2026, next: 10, reason: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await call('admin', 'continueNumbering', { series: 'no-existe', year: 2026, next: 10, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_SERIES' },
    });
    expect(await call('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 1, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 10, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await ok('eva', 'getNumbering', { series: 'comunicado', year: 2026 })).next).toBe(1);
  });

  it('the store itself keeps the statements: they cannot be deleted or changed', async () => {
    const made = await office();
    await made.ok('admin', 'continueNumbering', { series: 'comunicado', year: 2026, next: 223, reason: 'Emitidos antes' });
    await made.backend.close();
    expect(await refusedByDatabase(made.databasePath, 'DELETE FROM numbers_issued_outside')).toContain('numbers are never deleted');
    expect(await refusedByDatabase(made.databasePath, 'UPDATE numbers_issued_outside SET up_to = 1')).toContain('never changed');
  });
});

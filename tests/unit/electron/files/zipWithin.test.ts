import { describe, expect, it } from 'vitest';
import { zipWithin } from '../../../../electron/files/zipWithin';
import { readImportFile } from '../../../../electron/import/readImportFile';
import { zipBomb } from '../../../helpers/zipBomb';
import { testBackend } from '../../../helpers/backend';

const bounds = { entries: 10, inflatedBytes: 1024 * 1024 };

describe('zips read within bounds', () => {
  it('measures a zip by what it really unpacks to, whatever its directory claims', async () => {
    expect(await zipWithin(zipBomb('a.txt', 512 * 1024), bounds)).toBe(true);
    expect(await zipWithin(zipBomb('a.txt', 8 * 1024 * 1024), bounds)).toBe(false);
    expect(await zipWithin(zipBomb('a.txt', 8 * 1024 * 1024, 100), bounds)).toBe(false);
  });

  it('keeps other calls answering while it measures', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 1);
    await zipWithin(zipBomb('a.txt', 40 * 1024 * 1024), { entries: 10, inflatedBytes: 100 * 1024 * 1024 });
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(3);
  });

  it('refuses a Word file that lies about its size before mammoth unpacks it', async () => {
    expect(await readImportFile('mentira.docx', zipBomb('word/document.xml', 70 * 1024 * 1024, 2000))).toEqual({ format: 'docx', refused: 'tooLarge' });
  });

  it('«Verificar» reads no more of a zip bomb than its small properties entry, honest or lying', async () => {
    const { call } = testBackend();
    for (const bomb of [zipBomb('docProps/core.xml', 100 * 1024 * 1024), zipBomb('docProps/core.xml', 100 * 1024 * 1024, 300)]) {
      const before = process.memoryUsage().arrayBuffers;
      const result = await call('verifyExport', { base64: Buffer.from(bomb).toString('base64') });
      expect(result).toMatchObject({ ok: true, value: { status: 'unknown' } });
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
    }
  });
});

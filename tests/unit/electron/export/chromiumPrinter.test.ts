import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { testOffice } from '../../../helpers/office';
import { pdfPages } from '../../../helpers/pdfPages';
import { threePageContent } from '../../../helpers/threePageContent';

const offices: Awaited<ReturnType<typeof testOffice>>[] = [];
const previousChromium = process.env.REDACTA_CHROMIUM;
afterEach(async () => {
  if (previousChromium === undefined) delete process.env.REDACTA_CHROMIUM;
  else process.env.REDACTA_CHROMIUM = previousChromium;
  await Promise.all(offices.splice(0).map((office) => office.backend.close()));
});

async function officeWithCommunique() {
  const office = await testOffice();
  offices.push(office);
  const created = await office.ok('ana', 'createCommunique', { content: threePageContent() });
  return { ...office, id: created.id };
}

/** The Chromium processes this test process started (Playwright runs the browser as its child). */
function ownChromium(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'chrom'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

describe('PDF printing with the machine’s Chromium', () => {
  it('fails every waiting export with a clear message when the browser cannot start, and leaves none waiting', async () => {
    process.env.REDACTA_CHROMIUM = '/bin/false';
    const { call, id } = await officeWithCommunique();
    // Three at once against two print pages: the third waits for a page, and must hear of the failure too.
    const results = await Promise.all([1, 2, 3].map(() => call('dora', 'renderExport', { id, format: 'pdf' })));
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('PDF_PRINT_FAILED');
        expect(result.error.message).toMatch(
          /^No se pudo imprimir el PDF: el navegador que lo imprime falló \(.+\)\. Nada se escribió; vuelva a intentarlo\.$/,
        );
      }
    }
  }, 60_000);

  it('starts the browser afresh when it was killed between two exports, and the next export goes through', async () => {
    const { ok, id } = await officeWithCommunique();
    const first = await ok('dora', 'renderExport', { id, format: 'pdf' });
    expect(pdfPages(Buffer.from(first.base64, 'base64'))).toHaveLength(3);
    const killed = ownChromium();
    expect(killed.length).toBeGreaterThan(0);
    for (const pid of killed) process.kill(pid, 'SIGKILL');

    const second = await ok('dora', 'renderExport', { id, format: 'pdf' });
    expect(pdfPages(Buffer.from(second.base64, 'base64'))).toHaveLength(3);
    expect(ownChromium().some((pid) => !killed.includes(pid))).toBe(true);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import type { ExportFormat } from '../../../../shared/export/exportFormat';
import type { TestOffice } from '../../../helpers/office';
import { officesClosedAfterAll } from '../../../helpers/office';

const office = officesClosedAfterAll();

/** Ana drafts a whole communiqué, Eva approves it: Comunicado 1 of 2026. */
async function approved({ ok }: TestOffice) {
  const draft = await ok('ana', 'createCommunique', {
    content: {
      place: 'Zacatenco',
      date: '2026-03-06',
      title: 'El IPN abre su Centro de Datos con energía solar',
      summary: ['Tiene 400 servidores y atiende a 190 mil estudiantes', 'Funcionará con paneles solares en sus azoteas'],
      body: 'El Instituto Politécnico Nacional inauguró hoy su centro de datos.\n\nEl director destacó que «la educación pública avanza».\n\nLa obra costó 120 millones de pesos.',
    },
  });
  const sent = await ok('ana', 'submitForReview', { id: draft.id, revision: draft.revision });
  const version = sent.latestVersion as { id: number; sha256: string };
  return ok('eva', 'approveVersion', { id: draft.id, versionId: version.id, sha256: version.sha256 });
}

describe('Redacta’s own exports import back to the same fields', () => {
  for (const format of ['txt', 'docx', 'pdf', 'html'] as const satisfies readonly ExportFormat[]) {
    it(`${format}: number, series, dateline, title, bullets and every paragraph`, async () => {
      const made = await office();
      const original = await approved(made);
      const file = await made.ok('dora', 'renderExport', { id: original.id, format });
      const reading = await made.ok('admin', 'readImportFile', { name: file.fileName, data: file.base64 });
      expect(reading.refused).toBeNull();
      const [item] = reading.items;
      expect(item).toMatchObject({ number: 1, content: { ...original.content, body: item?.content.body }, duplicateOf: { id: original.id, why: 'number' } });
      expect(bodyToPlainText(item?.content.body ?? { type: 'doc' }, '')).toBe(bodyToPlainText(original.content.body, ''));
    });
  }
});

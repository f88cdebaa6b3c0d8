import { spawn } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearStrayTemps } from '../../../../electron/export/clearStrayTemps';
import { writeExportFile } from '../../../../electron/export/writeExportFile';
import { tempDir } from '../../../helpers/tempDir';

/** A real process: still running (until `end`), or already ended. */
async function aProcess(keepRunning: boolean) {
  const child = spawn(process.execPath, ['-e', keepRunning ? 'setInterval(() => {}, 1000)' : '']);
  const ended = new Promise((resolve) => child.on('close', resolve));
  if (!keepRunning) await ended;
  const end = async () => {
    child.kill('SIGKILL');
    await ended;
  };
  return { pid: child.pid ?? 0, end };
}

const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);

describe('temporary files an export killed mid-write left behind', () => {
  it('are cleared from the folder when their writer has ended or they are old; a running export’s and other files are kept', async () => {
    const folder = tempDir();
    const running = await aProcess(true);
    const ended = await aProcess(false);
    const files = {
      endedWriter: `.Comunicado-001-2026.docx.${ended.pid}-0123456789ab.tmp`,
      runningWriter: `.Comunicado-002-2026.docx.${running.pid}-0123456789ab.tmp`,
      thisProcess: `.Comunicado-003-2026.txt.${process.pid}-0123456789ab.tmp`,
      olderNameFresh: '.Comunicado-004-2026.txt.0123456789ab.tmp',
      olderNameOld: '.Comunicado-005-2026.txt.0123456789ab.tmp',
      someoneElses: '.notas.tmp',
      export: 'Comunicado-006-2026.txt',
    };
    for (const name of Object.values(files)) writeFileSync(join(folder, name), 'a medias');
    utimesSync(join(folder, files.olderNameOld), twoHoursAgo, twoHoursAgo);

    expect(await clearStrayTemps(folder)).toBe(2);
    await running.end();
    expect(readdirSync(folder).sort()).toEqual([files.runningWriter, files.thisProcess, files.olderNameFresh, files.someoneElses, files.export].sort());
  });

  it('the next export into the folder clears them, and leaves no temporary file of its own', async () => {
    const folder = tempDir();
    const ended = await aProcess(false);
    const stray = `.Comunicado-001-2026.docx.${ended.pid}-0123456789ab.tmp`;
    writeFileSync(join(folder, stray), 'a medias');
    expect(await writeExportFile(folder, 'Comunicado-002-2026.txt', Buffer.from('Texto\n'), 'ask')).toBe('written');
    expect(readdirSync(folder)).toEqual(['Comunicado-002-2026.txt']);
  });
});

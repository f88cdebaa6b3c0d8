import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { exportTempOwner } from './exportTempName';

/** A temporary file this old is a leftover whoever wrote it: an export takes seconds. */
const abandonedAfterMs = 60 * 60 * 1000;

/** Whether a process of this machine is still running (a pid it cannot signal is someone else's, running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary export files a process that ended mid-write left in the folder (killed, or the machine lost
 * power): its own or another's export still being written is left alone. Best effort: a file it cannot remove stays.
 */
export async function clearStrayTemps(folder: string, now = Date.now()): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  let cleared = 0;
  for (const name of names) {
    const owner = exportTempOwner(name);
    if (!owner || owner.pid === process.pid) continue;
    const path = join(folder, name);
    const ended = owner.pid !== null && !running(owner.pid);
    const abandoned =
      ended ||
      (await stat(path).then(
        (found) => now - found.mtimeMs > abandonedAfterMs,
        () => false,
      ));
    if (
      abandoned &&
      (await unlink(path).then(
        () => true,
        () => false,
      ))
    )
      cleared += 1;
  }
  return cleared;
}

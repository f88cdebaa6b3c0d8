import { Unzip, UnzipInflate } from 'fflate';

/** What a zip may unpack to: how many entries, how many bytes in all (counted as they really inflate, not as declared). */
export interface ZipBounds {
  entries: number;
  inflatedBytes: number;
}

/**
 * Packed bytes handed to the inflater at a time: deflate packs at most about 1,000 to 1, so a slice unpacks to 4 MB at
 * most (a few milliseconds); between slices the event loop runs, so other calls are not held up.
 */
const sliceBytes = 4 * 1024;

/**
 * True when every entry of the zip inflates within the bounds. The entries are inflated and counted, not kept, a slice
 * at a time with a turn of the event loop between slices; inflation stops at the first byte past a bound. A zip whose
 * directory lies about its sizes is measured by what it really holds.
 */
export async function zipWithin(bytes: Uint8Array, bounds: ZipBounds): Promise<boolean> {
  let entries = 0;
  let inflated = 0;
  let beyond = false;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > bounds.entries) {
      beyond = true;
      return;
    }
    file.ondata = (error, chunk) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > bounds.inflatedBytes && !beyond) {
        beyond = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !beyond; at += sliceBytes) {
    unzip.push(bytes.subarray(at, at + sliceBytes), at + sliceBytes >= bytes.length);
    await new Promise<void>((resume) => setImmediate(resume));
  }
  return !beyond;
}

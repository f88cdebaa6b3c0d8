import { base64ToBytes } from './base64';

/** Hands a file to the browser's download (the desktop app asks where to save it), under its own name. */
export function downloadFile(fileName: string, mimeType: string, base64: string): void {
  downloadBytes(fileName, mimeType, base64ToBytes(base64));
}

/** Hands bytes to the browser's download under a name. */
export function downloadBytes(fileName: string, mimeType: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the download a moment to start before letting go of the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

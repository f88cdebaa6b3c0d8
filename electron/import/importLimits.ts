/** Bounds on what one imported file may cost: its size, a Word file's unpacked size, a PDF's pages, an archive's lines. */
export const importLimits = {
  fileBytes: 20 * 1024 * 1024,
  docxInflatedBytes: 60 * 1024 * 1024,
  docxEntries: 2_000,
  pdfPages: 300,
  /** Past this, a PDF's text is not read further: the file is refused rather than holding the back end. */
  pdfMillis: 20_000,
  archiveLines: 200_000,
  archiveLineChars: 2_100_000,
} as const;

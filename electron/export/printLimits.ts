import { inputBeyondLimits } from '../../shared/contract/inputLimits';
import { maxBodyDepth } from '../../shared/body/storableBody';
import type { PrintDocument } from '../../shared/print/PrintDocument';
import { AppError } from '../api/AppError';

/** What any exporter lays out at most: nesting a little past what a body may store, and about 2,000 pages of text. */
export const printLimits = { depth: 4 * maxBodyDepth, values: 1_500_000 } as const;

/** Refuses a document too deep or too large to lay out in bounded time, before any exporter walks it. */
export function assertPrintable(doc: PrintDocument): void {
  const beyond = inputBeyondLimits(doc.body, printLimits);
  if (beyond === 'depth') throw new AppError('INVALID_BODY', { reason: 'depth', max: maxBodyDepth });
  if (beyond === 'values') throw new AppError('INVALID_BODY', { reason: 'size' });
}

/** How long one print may take: the page's start, then a share for each page the text will make (estimated from its size). */
export function printBudgetMs(doc: PrintDocument): number {
  const pages = 1 + Math.ceil(JSON.stringify(doc.body).length / 2500);
  return 20_000 + 1_000 * pages;
}

/** The print, or a failure once its budget is spent (the caller then drops the page or window that was printing). */
export function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`print took longer than ${Math.round(budgetMs / 1000)} s`)), budgetMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

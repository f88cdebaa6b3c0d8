import type { Locator, Page } from '@playwright/test';

interface WordBox {
  word: string;
  left: number;
  right: number;
  bottom: number;
}

/** The words of `text` on screen, each with its box (a word over two lines keeps its first). */
function wordBoxes(text: Locator): Promise<WordBox[]> {
  return text.evaluate((root) => {
    const boxes: WordBox[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const box = range.getClientRects()[0];
        if (box && box.width > 0 && box.bottom > 0 && box.top < window.innerHeight)
          boxes.push({ word: match[0], left: box.left, right: box.right, bottom: box.bottom });
      }
    }
    return boxes;
  });
}

/**
 * The words a person sees underlined in `text` on screen, in order: read from the screen's picture (reddish or amber
 * pixels just under each word), whatever draws the marks.
 */
export async function underlinedWords(page: Page, text: Locator): Promise<string[]> {
  const boxes = await wordBoxes(text);
  const picture = (await page.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64');
  return page.evaluate(
    async ({ boxes, picture }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${picture}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return [];
      context.drawImage(image, 0, 0);
      const scale = image.width / window.innerWidth;
      return boxes
        .filter((box) => {
          const left = Math.ceil(box.left * scale);
          const width = Math.max(1, Math.floor((box.right - box.left) * scale));
          const top = Math.floor((box.bottom - 3) * scale);
          const { data } = context.getImageData(left, top, width, Math.ceil(7 * scale));
          let marked = 0;
          // Text is dark grey and paper white: a mark's red or amber has much more red than blue.
          for (let at = 0; at < data.length; at += 4) if ((data[at] ?? 0) > 120 && (data[at] ?? 0) - (data[at + 2] ?? 0) > 60) marked += 1;
          return marked >= 2;
        })
        .map((box) => box.word);
    },
    { boxes, picture },
  );
}

/** The middle of the first `word` of `text` on screen, where a person points at it. */
async function middleOf(text: Locator, word: string): Promise<{ x: number; y: number }> {
  const box = (await wordBoxes(text)).find((candidate) => candidate.word === word);
  if (!box) throw new Error(`«${word}» is not on screen`);
  return { x: (box.left + box.right) / 2, y: box.bottom - 4 };
}

/** Clicks the first `word` of `text` on screen, as a person clicks a word. */
export async function clickWord(page: Page, text: Locator, word: string): Promise<void> {
  const { x, y } = await middleOf(text, word);
  await page.mouse.click(x, y);
}

/** Rests the pointer on the first `word` of `text` on screen. */
export async function pointAtWord(page: Page, text: Locator, word: string): Promise<void> {
  const { x, y } = await middleOf(text, word);
  await page.mouse.move(x, y);
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Blocks shorter than this tell little about a line's length: they are left out of the estimate. */
const shortBlock = 120;

/** Heights of a long body's blocks as last measured on screen, and an estimate for those never shown. */
export class BlockHeights {
  private measured = new WeakMap<ProseMirrorNode, number>();
  private pixels = 0;
  private characters = 0;
  private gap = 14;

  of(node: ProseMirrorNode): number {
    const known = this.measured.get(node);
    if (known !== undefined) return known;
    // About 90 characters to a 27-pixel line until a few long blocks have been measured.
    const perCharacter = this.characters > 0 ? this.pixels / this.characters : 0.3;
    return Math.max(24, node.content.size * perCharacter) + this.gap;
  }

  /** A block's box as shown, and the spacing below it. */
  set(node: ProseMirrorNode, box: number, spacing: number) {
    if (this.measured.has(node)) return;
    this.measured.set(node, box + spacing);
    this.gap = spacing;
    if (node.content.size < shortBlock) return;
    this.pixels += box;
    this.characters += node.content.size;
  }

  /** A new width wraps lines anew: every height is measured again. */
  forget() {
    this.measured = new WeakMap();
    this.pixels = 0;
    this.characters = 0;
  }
}

// The CSS paint worklet that draws a block's marks under its text, from the block's `--marks` property (see blockMarks.ts).

interface PaintContext {
  strokeStyle: string;
  lineWidth: number;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}
interface PaintProperties {
  get(name: string): { toString(): string };
}
declare function registerPaint(
  name: string,
  painter: { inputProperties: string[]; new (): { paint(context: PaintContext, size: unknown, properties: PaintProperties): void } },
): void;

/** Each kind's colour property and dash: spelling dotted, style dashed (never wavy: a wave is a path, slow in software). */
const looks = [
  { color: '--mark-spelling', dash: [1.5, 2] },
  { color: '--mark-style-warning', dash: [4, 2] },
  { color: '--mark-style-error', dash: [4, 2] },
];

registerPaint(
  'redacta-marks',
  class {
    static inputProperties = ['--marks', ...looks.map((look) => look.color)];
    paint(context: PaintContext, _size: unknown, properties: PaintProperties) {
      // Four numbers a line: left, right, y, kind.
      const numbers = properties.get('--marks').toString().trim().split(/\s+/).map(Number);
      context.lineWidth = 1.5;
      for (let at = 0; at + 3 < numbers.length; at += 4) {
        const look = looks[numbers[at + 3] ?? 0] ?? looks[0];
        if (!look) continue;
        context.strokeStyle = properties.get(look.color).toString().trim() || '#a11d2b';
        context.setLineDash(look.dash);
        context.beginPath();
        context.moveTo(numbers[at] ?? 0, numbers[at + 2] ?? 0);
        context.lineTo(numbers[at + 1] ?? 0, numbers[at + 2] ?? 0);
        context.stroke();
      }
    }
  },
);

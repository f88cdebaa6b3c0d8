import { describe, expect, it } from 'vitest';
import { taskPacer } from '../../../renderer/src/taskPacer';

/** Whether `step` gave the page its turn: a message posted before it is handled first only if it yielded. */
async function yielded(step: () => Promise<void>): Promise<boolean> {
  let other = false;
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    other = true;
    port1.close();
  };
  port2.postMessage(null);
  await step();
  const result = other;
  port1.close();
  return result;
}

describe('long work in short tasks', () => {
  it('goes on in the same task while within its budget, and yields once the task has run it', async () => {
    const roomy = taskPacer(5_000);
    expect(await yielded(() => roomy.pace())).toBe(false);
    expect(await yielded(() => roomy.yield())).toBe(true);
    const tight = taskPacer(200);
    const start = performance.now();
    while (performance.now() - start < 210) {
      // the work of a long step
    }
    expect(await yielded(() => tight.pace())).toBe(true);
    // After yielding, the next task starts with a full budget.
    await tight.yield();
    expect(await yielded(() => tight.pace())).toBe(false);
  });
});

import { nextTask } from './nextTask';

/** Long work cut into short tasks, so a key pressed meanwhile waits little. */
export interface TaskPacer {
  /** Goes on at once, or first yields to the page if the current task has already run its budget. */
  pace(): Promise<void>;
  /** Yields to the page now; the next task starts with a full budget. */
  yield(): Promise<void>;
}

/** A pacer giving each task `budgetMs` of work; call it at the start of the work's first task. */
export function taskPacer(budgetMs: number): TaskPacer {
  let since = performance.now();
  const pacer: TaskPacer = {
    async pace() {
      if (performance.now() - since >= budgetMs) await pacer.yield();
    },
    async yield() {
      await nextTask();
      since = performance.now();
    },
  };
  return pacer;
}

/** Resolves in a later task: long work that awaits it between its steps lets the page answer a key meanwhile. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

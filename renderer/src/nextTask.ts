/**
 * Resolves in a later task: long work that awaits it between its steps lets the page answer a key meanwhile. A
 * message, not a timer: nested timers are held back 4 ms each, which made a long text's many steps idle for nothing.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

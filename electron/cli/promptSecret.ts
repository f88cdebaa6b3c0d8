import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Asks for a secret on the terminal without echoing it; resolves undefined when there is no terminal to ask on. */
export async function promptSecret(question: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => reader.question(question, resolve));
  muted = true;
  const secret = await answer;
  reader.close();
  process.stderr.write('\n');
  return secret;
}

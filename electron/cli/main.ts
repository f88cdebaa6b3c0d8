import { systemLocale } from '../i18n/systemLocale';
import { promptSecret } from './promptSecret';
import { runCli } from './runCli';

// The `redacta` command: a thin layer over the contract (see runCli).
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  locale: systemLocale(),
  askSecret: promptSecret,
});

import { toIsoDate } from '../../../shared/domain/toIsoDate';
import { isoDateSchema } from '../../../shared/domain/isoDate';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { parseId } from '../parseInteger';
import { startsFrom } from '../../../shared/workflow/workflowRules';

/** Runs `each` for every ID given, in this one process; reports each outcome and fails (exit 1) if any failed. */
async function forEachId(context: CliContext, each: (id: number) => Promise<{ line: string; json: unknown }>): Promise<void> {
  const ids = context.positionals.slice(1).map((value) => parseId(value, context.t));
  if (ids.length === 0) throw new CliError(2, context.t('cli.missingArgument', { what: context.t('cli.arg.ids') }));
  const results: unknown[] = [];
  let failures = 0;
  for (const id of ids) {
    try {
      const { line, json } = await each(id);
      results.push(json);
      if (!context.options.json) context.io.out(line);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures += 1;
      results.push({ id, error: error.message });
      context.io.err(`${id}: ${error.message}`);
    }
  }
  if (context.options.json) context.io.out(JSON.stringify(results, null, 2));
  if (failures > 0) throw new CliError(1, context.t('cli.someFailed', { failures, total: ids.length }));
}

/** `submit ID…`: freezes each working copy as a version and puts it in review. */
export function submitCommand(context: CliContext): Promise<void> {
  return forEachId(context, async (id) => {
    const { revision } = await context.call('getCommunique', { id });
    const submitted = await context.call('submitForReview', { id, revision });
    const seq = submitted.latestVersion?.seq ?? 0;
    return { line: context.t('cli.submitted', { id, seq }), json: { id, status: submitted.status, version: seq, sha256: submitted.latestVersion?.sha256 } };
  });
}

/** `approve ID…`: approves the version each communiqué has in review, bound to that version's hash. */
export function approveCommand(context: CliContext): Promise<void> {
  return forEachId(context, async (id) => {
    const { latestVersion, status } = await context.call('getCommunique', { id });
    if (!latestVersion || !startsFrom('approve', status)) throw new CliError(1, context.t('cli.notInReview', { id }));
    const approved = await context.call('approveVersion', { id, versionId: latestVersion.id, sha256: latestVersion.sha256 });
    const json = { id, status: approved.status, number: approved.number, year: approved.year, version: latestVersion.seq, sha256: latestVersion.sha256 };
    return {
      line: context.t('cli.approved', {
        id,
        seq: latestVersion.seq,
        number: approved.number ?? '—',
        year: approved.year ?? '—',
        sha: latestVersion.sha256.slice(0, 12),
      }),
      json,
    };
  });
}

/** `request-changes ID --comment TEXT`: sends the version in review back with what to change. */
export async function requestChangesCommand(context: CliContext): Promise<void> {
  const comment = context.options.comment;
  if (!comment) throw new CliError(2, context.t('cli.missingArgument', { what: context.t('cli.arg.comment') }));
  return forEachId(context, async (id) => {
    const { latestVersion, status } = await context.call('getCommunique', { id });
    if (!latestVersion || !startsFrom('requestChanges', status)) throw new CliError(1, context.t('cli.notInReview', { id }));
    const sent = await context.call('requestChanges', { id, versionId: latestVersion.id, sha256: latestVersion.sha256, comment });
    return { line: context.t('cli.changesRequested', { id, seq: latestVersion.seq }), json: { id, status: sent.status } };
  });
}

/** `publish ID… [--date YYYY-MM-DD]`: marks each approved version as published (today unless a date is given). */
export async function publishCommand(context: CliContext): Promise<void> {
  const publishedOn = context.options.date ?? toIsoDate(new Date());
  if (!isoDateSchema.safeParse(publishedOn).success) throw new CliError(2, context.t('cli.badDate', { value: publishedOn }));
  return forEachId(context, async (id) => {
    const published = await context.call('publishCommunique', { id, publishedOn });
    return { line: context.t('cli.published', { id, date: publishedOn }), json: { id, status: published.status, publishedOn } };
  });
}

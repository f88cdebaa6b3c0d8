import { plainTextToBody } from '../../shared/body/plainTextToBody';
import { defaultPlace } from '../../shared/domain/defaultPlace';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import { formatDateline } from '../../shared/format/formatDateline';
import { formatNumberLine } from '../../shared/format/formatNumberLine';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { translate } from '../i18n/translate';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';

/** Distribution: publishing approved versions, withdrawing, voiding numbers, the number report, corrections. */
export const distributionService: Pick<
  Handlers,
  'publishCommunique' | 'withdrawCommunique' | 'voidNumber' | 'listNumbers' | 'listNumberYears' | 'createCorrection'
> = {
  publishCommunique: async ({ id, publishedOn }, { repos, actor, now }) => {
    const communique = await requireCommunique(repos, id);
    assertAllowed(actor, 'publish', communique);
    const at = now().toISOString();
    await repos.communiques.setPublication(id, publishedOn, actor.name, at);
    await repos.audit.append({
      at,
      actor: actor.name,
      action: 'publish',
      communiqueId: id,
      details: { version: communique.approvedVersion?.seq, publishedOn },
    });
    return await requireCommunique(repos, id);
  },

  withdrawCommunique: async ({ id, reason }, { repos, actor, now }) => {
    assertAllowed(actor, 'withdraw', await requireCommunique(repos, id));
    const at = now().toISOString();
    // A withdrawn communiqué gives up its number: it stays in the log, voided, and is never reused.
    const held = await repos.numbers.assignedTo(id);
    if (held) await repos.numbers.void(held.series, held.year, held.number, actor.name, at, reason);
    await repos.communiques.setStatus(id, 'withdrawn', actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'withdraw', communiqueId: id, details: { reason, voided: held?.number ?? null } });
    return await requireCommunique(repos, id);
  },

  voidNumber: async ({ series, year, number, reason }, { repos, actor, now }) => {
    const entry = await repos.numbers.get(series, year, number);
    if (entry?.state !== 'assigned') throw new AppError('NUMBER_NOT_FOUND', { series, year, number });
    const communique = await requireCommunique(repos, entry.communiqueId);
    assertAllowed(actor, 'voidNumber', communique);
    const at = now().toISOString();
    await repos.numbers.void(series, year, number, actor.name, at, reason);
    // A live text with a dead number would be incoherent: voiding withdraws its communiqué.
    if (communique.status !== 'withdrawn') await repos.communiques.setStatus(communique.id, 'withdrawn', actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'void-number', communiqueId: communique.id, details: { series, year, number, reason } });
    const voided = await repos.numbers.get(series, year, number);
    if (!voided) throw new AppError('NUMBER_NOT_FOUND', { series, year, number });
    return voided;
  },

  listNumbers: async ({ series, year }, { repos }) => await repos.numbers.list(series, year),

  listNumberYears: async ({ series }, { repos }) => await repos.numbers.years(series),

  createCorrection: async ({ id }, { repos, actor, now }) => {
    const original = await requireCommunique(repos, id);
    assertAllowed(actor, 'correct', original);
    const at = now().toISOString();
    const today = toIsoDate(now());
    const { language } = original.content;
    const series = await repos.series.get(original.content.series);
    const numberLine = series ? formatNumberLine(series, language, original.number, '') : original.content.title;
    const published = formatDateline('', original.publishedOn ?? original.content.date, language);
    const content = {
      series: 'fe-de-erratas',
      language,
      place: defaultPlace[language],
      date: today,
      title: translate(language, 'correction.title', { numberLine }),
      summary: [],
      body: plainTextToBody(translate(language, 'correction.body', { numberLine, published })),
    };
    const letterheadId = (await repos.letterheads.idValidOn(today)) ?? original.letterheadId;
    const correctionId = await repos.communiques.insert({ content, letterheadId, actor: actor.name, at, correctionOf: id });
    await repos.audit.append({ at, actor: actor.name, action: 'correction-create', communiqueId: correctionId, details: { original: id } });
    return await requireCommunique(repos, correctionId);
  },
};

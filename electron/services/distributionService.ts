import { plainTextToBody } from '../../shared/body/plainTextToBody';
import { defaultPlace } from '../../shared/domain/defaultPlace';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import { formatDateline } from '../../shared/format/formatDateline';
import { formatNumberLine } from '../../shared/format/formatNumberLine';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { letterheadRepository } from '../repositories/letterheadRepository';
import { numberLogRepository } from '../repositories/numberLogRepository';
import { seriesRepository } from '../repositories/seriesRepository';
import { requireCommunique } from './requireCommunique';
import { assertTransition } from './transitions';

/** Distribution: publishing approved versions, withdrawing, voiding numbers, the number report, corrections. */
export const distributionService: Pick<Handlers, 'publishCommunique' | 'withdrawCommunique' | 'voidNumber' | 'listNumbers' | 'createCorrection'> = {
  publishCommunique: ({ id, publishedOn }, { db, actor, now }) =>
    db
      .transaction(() => {
        const communique = requireCommunique(db, id);
        assertTransition(communique, 'publish');
        const at = now().toISOString();
        communiqueRepository(db).setPublication(id, publishedOn, actor.name, at);
        auditRepository(db).append({
          at,
          actor: actor.name,
          action: 'publish',
          communiqueId: id,
          details: { version: communique.approvedVersion?.seq, publishedOn },
        });
        return requireCommunique(db, id);
      })
      .immediate(),

  withdrawCommunique: ({ id, reason }, { db, actor, now }) =>
    db
      .transaction(() => {
        const communique = requireCommunique(db, id);
        assertTransition(communique, 'withdraw');
        const at = now().toISOString();
        // A withdrawn communiqué gives up its number: it stays in the log, voided, and is never reused.
        const held = numberLogRepository(db).assignedTo(id);
        if (held) numberLogRepository(db).void(held.series, held.year, held.number, actor.name, at, reason);
        communiqueRepository(db).setStatus(id, 'withdrawn', actor.name, at);
        auditRepository(db).append({ at, actor: actor.name, action: 'withdraw', communiqueId: id, details: { reason, voided: held?.number ?? null } });
        return requireCommunique(db, id);
      })
      .immediate(),

  voidNumber: ({ series, year, number, reason }, { db, actor, now }) =>
    db
      .transaction(() => {
        const log = numberLogRepository(db);
        const entry = log.get(series, year, number);
        if (entry?.state !== 'assigned') throw new AppError('NUMBER_NOT_FOUND', { series, year, number });
        const communique = requireCommunique(db, entry.communiqueId);
        if (communique.status !== 'withdrawn') assertTransition(communique, 'withdraw');
        const at = now().toISOString();
        log.void(series, year, number, actor.name, at, reason);
        if (communique.status !== 'withdrawn') communiqueRepository(db).setStatus(communique.id, 'withdrawn', actor.name, at);
        auditRepository(db).append({ at, actor: actor.name, action: 'void-number', communiqueId: communique.id, details: { series, year, number, reason } });
        const voided = log.get(series, year, number);
        if (!voided) throw new AppError('NUMBER_NOT_FOUND', { series, year, number });
        return voided;
      })
      .immediate(),

  listNumbers: ({ series, year }, { db }) => numberLogRepository(db).list(series, year),

  createCorrection: ({ id }, { db, actor, now }) =>
    db
      .transaction(() => {
        const original = requireCommunique(db, id);
        assertTransition(original, 'correct');
        const at = now().toISOString();
        const today = toIsoDate(now());
        const { language } = original.content;
        const series = seriesRepository(db).get(original.content.series);
        const numberLine = series ? formatNumberLine(series, language, original.number, '') : original.content.title;
        const published = formatDateline('', original.publishedOn ?? original.content.date, language);
        const text =
          language === 'es'
            ? { title: `Fe de erratas al ${numberLine}`, body: `En el ${numberLine}, publicado el ${published}, dice:\n\n…\n\nDebe decir:\n\n…` }
            : { title: `Correction to ${numberLine}`, body: `In ${numberLine}, published on ${published}, it reads:\n\n…\n\nIt should read:\n\n…` };
        const content = {
          series: 'fe-de-erratas',
          language,
          place: defaultPlace[language],
          date: today,
          title: text.title,
          summary: [],
          body: plainTextToBody(text.body),
        };
        const letterheadId = letterheadRepository(db).idValidOn(today) ?? original.letterheadId;
        const correctionId = communiqueRepository(db).insert({ content, letterheadId, actor: actor.name, at, correctionOf: id });
        auditRepository(db).append({ at, actor: actor.name, action: 'correction-create', communiqueId: correctionId, details: { original: id } });
        return requireCommunique(db, correctionId);
      })
      .immediate(),
};

import type { Letterhead } from '../../shared/domain/letterhead';
import { svgIsSelfContained } from '../../shared/print/svgIsSelfContained';
import { letterheadLocked } from '../../shared/workflow/letterheadLocked';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Repositories } from '../repositories/createRepositories';

/** Letterheads: what every page carries. A letterhead in use never changes, so old communiqués keep their paper. */
export const letterheadService: Pick<Handlers, 'listLetterheads' | 'getLetterhead' | 'createLetterhead' | 'updateLetterhead'> = {
  listLetterheads: async (_input, { repos }) => await repos.letterheads.list(),
  getLetterhead: async ({ id }, { repos }) => await requireLetterhead(repos, id),
  createLetterhead: async (input, { repos, actor, now }) => {
    assertSafeImages(input);
    const at = now().toISOString();
    const id = await repos.letterheads.insert(input, at);
    await repos.audit.append({ at, actor: actor.name, action: 'letterhead-create', communiqueId: null, details: { id, name: input.name } });
    return await requireLetterhead(repos, id);
  },
  updateLetterhead: async ({ id, ...input }, { repos, actor, now }) => {
    await requireLetterhead(repos, id);
    const usedBy = await repos.letterheads.usedBy(id);
    if (letterheadLocked(usedBy)) throw new AppError('LETTERHEAD_IN_USE', { id, count: usedBy });
    assertSafeImages(input);
    await repos.letterheads.update(id, input);
    await repos.audit.append({
      at: now().toISOString(),
      actor: actor.name,
      action: 'letterhead-update',
      communiqueId: null,
      details: { id, name: input.name },
    });
    return await requireLetterhead(repos, id);
  },
};

/** Refuses an SVG image that would make a renderer read a file or an address outside it. */
function assertSafeImages(input: Pick<Letterhead, 'definition'>): void {
  const svgText = (src: string) => /^data:image\/svg\+xml;base64,(.*)$/s.exec(src)?.[1];
  const unsafe = input.definition.images.find((image) => {
    const svg = svgText(image.src);
    return svg !== undefined && !svgIsSelfContained(Buffer.from(svg, 'base64').toString('utf8'));
  });
  if (unsafe) throw new AppError('LETTERHEAD_IMAGE_EXTERNAL', { alt: unsafe.alt });
}

async function requireLetterhead(repos: Repositories, id: number): Promise<Letterhead> {
  const letterhead = await repos.letterheads.get(id);
  if (!letterhead) throw new AppError('LETTERHEAD_NOT_FOUND', { id });
  return letterhead;
}

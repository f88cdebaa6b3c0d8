// @vitest-environment happy-dom
// happy-dom gives the browser's localStorage, where the rescue copies and unsent drafts are kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../shared/contract/createClient';
import type { Transport } from '../../../shared/contract/redactaApi';
import { unavailable } from '../../../shared/contract/result';
import type { Content } from '../../../shared/domain/content';
import { setStoragePerson } from '../../../renderer/src/desk/storageScope';
import type { AutosaveControl, AutosaveOptions } from '../../../renderer/src/editor/createAutosave';
import { createAutosave } from '../../../renderer/src/editor/createAutosave';
import { readRescueCopy } from '../../../renderer/src/editor/rescueCopy';
import { readUnsentDraft } from '../../../renderer/src/editor/unsentDrafts';
import { testBackend } from '../../helpers/backend';
import { seedContent } from '../../helpers/fixtures';

/** A real back end behind a line that can be cut (the office out of reach) or held (a save still on its way). */
function desk() {
  const { backend, ok } = testBackend();
  const line = { cut: false, held: null as Promise<void> | null, calls: [] as string[] };
  const transport: Transport = async (method, input, meta) => {
    line.calls.push(method);
    if (line.cut) return unavailable('Failed to fetch');
    if (line.held) await line.held;
    return backend.dispatch(method, input, meta);
  };
  const create = async () => {
    const created = await ok('createCommunique', { content });
    asStored = created.content;
    return created;
  };
  return { api: createClient(transport, () => ({ locale: 'es' })), ok, line, create };
}

/** Holds the line until the returned function is called. */
function hold(line: { held: Promise<void> | null }): () => void {
  let release = () => {};
  line.held = new Promise((resolve) => {
    release = () => {
      line.held = null;
      resolve();
    };
  });
  return release;
}

// Seed 000's communiqué; its body as the store gives it back (a document, as the form holds it) once created.
const content = seedContent('seed-000-es') as Content;
let asStored: Content = content;
const titled = (title: string): Content => ({ ...asStored, title });

/** The form: its text as the person leaves it, typed a key at a time with `type`. */
function form(autosave: () => AutosaveControl, start: Content) {
  let now = start;
  return {
    read: () => now,
    type(title: string) {
      now = titled(title);
      autosave().markChanged();
    },
    /** Typing on without a pause: a key every `every` ms for `ms` ms, each adding a letter to the title. */
    async typeOn(ms: number, every: number) {
      for (let at = 0; at < ms; at += every) {
        this.type(`${now.title}a`);
        await vi.advanceTimersByTimeAsync(every);
      }
    },
  };
}

/** The autosave of a form opened on the communiqué `created`, reading the form's text with `read`. */
function opened(
  api: AutosaveOptions['api'],
  created: { id: number; revision: number; updatedAt: string; content: Content },
  read: () => Content,
  more: Partial<AutosaveOptions> = {},
) {
  const { id, revision, updatedAt, content: initial } = created;
  return createAutosave({ api, me: undefined, describe: (error) => error.message, id, revision, updatedAt, initial, getContent: read, ...more });
}

/** The autosave of a draft started on this computer under `key`, not yet at the office. */
function startedHere(api: AutosaveOptions['api'], key: string, read: () => Content, more: Partial<AutosaveOptions> = {}) {
  const unsaved = { id: null, draftKey: key, revision: 0, updatedAt: new Date(0).toISOString(), initial: null };
  return createAutosave({ api, me: undefined, describe: (error) => error.message, ...unsaved, getContent: read, ...more });
}

/** A form on a stored communiqué whose first save («Sin red») found the office out of reach. */
async function firstSaveOffline() {
  const { api, ok, line, create } = desk();
  const created = await create();
  const typing = form(() => autosave, asStored);
  const autosave = opened(api, created, typing.read);
  line.cut = true;
  typing.type('Sin red');
  await vi.advanceTimersByTimeAsync(700);
  return { ok, line, created, typing, autosave };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  setStoragePerson(null);
});

describe('the autosave', () => {
  it('saves once the person pauses, the text as it was last left, in one save', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read);
    line.calls.length = 0;
    for (const title of ['C', 'Co', 'Con', 'Conv', 'Convocatoria']) {
      typing.type(title);
      expect(autosave.saveState.get().kind).toBe('pending');
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(line.calls).toEqual([]);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe(content.title);
    await vi.advanceTimersByTimeAsync(600);
    expect(line.calls).toEqual(['saveCommunique']);
    const stored = await ok('getCommunique', { id: created.id });
    expect(stored.content.title).toBe('Convocatoria');
    expect(stored.revision).toBe(created.revision + 1);
    expect(autosave.saveState.get()).toEqual({ kind: 'saved', at: stored.updatedAt });
    expect(autosave.settled()).toBe(true);
  });

  it('saves what was typed during a save right after it, and only then says saved', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read);
    typing.type('Primera');
    const release = hold(line);
    await vi.advanceTimersByTimeAsync(700);
    expect(autosave.saveState.get().kind).toBe('saving');
    typing.type('Primera y segunda');
    release();
    await vi.advanceTimersByTimeAsync(0);
    // The first save landed with the text it read; what came after is still to be saved.
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('Primera');
    expect(autosave.saveState.get().kind).toBe('pending');
    expect(autosave.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(700);
    const stored = await ok('getCommunique', { id: created.id });
    expect(stored.content.title).toBe('Primera y segunda');
    expect(stored.revision).toBe(created.revision + 2);
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('typing on through a save saves nothing more between keys: the next save waits for a pause', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read);
    line.calls.length = 0;
    typing.type('P');
    const release = hold(line);
    await vi.advanceTimersByTimeAsync(700);
    typing.type('Pr');
    await vi.advanceTimersByTimeAsync(100);
    release();
    // Keys every 100 ms for three seconds after the save landed: none of them is followed by a save.
    await typing.typeOn(3000, 100);
    expect(line.calls).toEqual(['saveCommunique']);
    expect(autosave.saveState.get().kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(700);
    expect(line.calls).toEqual(['saveCommunique', 'saveCommunique']);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe(typing.read().title);
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('typing on without a pause is still saved, ten seconds after the first change not saved', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read);
    line.calls.length = 0;
    await typing.typeOn(9800, 200);
    expect(line.calls).toEqual([]);
    const byThen = typing.read().title;
    await typing.typeOn(400, 200);
    expect(line.calls).toEqual(['saveCommunique']);
    // What was typed by the tenth second is stored; the keys since wait for the next save.
    expect((await ok('getCommunique', { id: created.id })).content.title).toContain(byThen);
    expect(autosave.saveState.get().kind).toBe('pending');
    await typing.typeOn(9400, 200);
    expect(line.calls).toEqual(['saveCommunique']);
    await typing.typeOn(1000, 200);
    expect(line.calls).toEqual(['saveCommunique', 'saveCommunique']);
    await vi.advanceTimersByTimeAsync(700);
    expect(line.calls).toEqual(['saveCommunique', 'saveCommunique', 'saveCommunique']);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe(typing.read().title);
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('stops at a conflict when another window saved meanwhile, never writing over it, until told to', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    // This desk's person, who also saved from their other window: the conflict names nobody else.
    const me = (await ok('getSession', {})).actor?.name;
    const autosave = opened(api, created, typing.read, { me, describe: (error) => `refused: ${error.code}` });
    const other = await ok('saveCommunique', { id: created.id, revision: created.revision, content: titled('Desde la otra ventana') });
    typing.type('Desde esta ventana');
    await vi.advanceTimersByTimeAsync(700);
    expect(autosave.saveState.get()).toEqual({ kind: 'conflict', message: 'refused: REVISION_CONFLICT', by: null });
    // Typing on saves nothing: the other window's text stays until the person chooses.
    line.calls.length = 0;
    typing.type('Desde esta ventana, más');
    await vi.advanceTimersByTimeAsync(5000);
    expect(line.calls).toEqual([]);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('Desde la otra ventana');
    expect(autosave.lastStored()?.title).toBe(content.title);
    await autosave.overwriteFrom(other.revision);
    const stored = await ok('getCommunique', { id: created.id });
    expect(stored.content.title).toBe('Desde esta ventana, más');
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('keeps the text on this computer while the office is out of reach, and sends it when it answers', async () => {
    const { ok, line, created, typing, autosave } = await firstSaveOffline();
    expect(autosave.saveState.get().kind).toBe('offline');
    expect(readRescueCopy(created.id)?.content.title).toBe('Sin red');
    // Typing on while offline: kept here within a second, with no save tried on each key.
    line.calls.length = 0;
    typing.type('Sin red, y más');
    await vi.advanceTimersByTimeAsync(1000);
    expect(readRescueCopy(created.id)?.content.title).toBe('Sin red, y más');
    expect(line.calls).toEqual([]);
    // Retried later (3 s after the first failure), still out of reach: the next try waits longer.
    await vi.advanceTimersByTimeAsync(2000);
    expect(line.calls).toEqual(['saveCommunique']);
    // The browser says the network is back: sent at once, and the copy here forgotten once stored.
    line.cut = false;
    autosave.online();
    await vi.advanceTimersByTimeAsync(0);
    const stored = await ok('getCommunique', { id: created.id });
    expect(stored.content.title).toBe('Sin red, y más');
    expect(readRescueCopy(created.id)).toBeNull();
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('once the office answers again, even with a refusal, the next change is saved as usual', async () => {
    const { ok, line, created, typing, autosave } = await firstSaveOffline();
    expect(autosave.saveState.get().kind).toBe('offline');
    // Back online, the retry sends a title too long for the office, which refuses it.
    line.cut = false;
    typing.type('T'.repeat(401));
    await vi.advanceTimersByTimeAsync(3000);
    expect(autosave.saveState.get().kind).toBe('failed');
    typing.type('Título corregido');
    await vi.advanceTimersByTimeAsync(700);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('Título corregido');
    expect(autosave.saveState.get().kind).toBe('saved');
  });

  it('makes a draft started away from the office there once, under its name, then saves it as that communiqué', async () => {
    const { api, ok, line, create } = desk();
    await create();
    const key = '3f2c7a4e-9b1d-4c55-8e0a-6d2f1b7c9a10';
    const arrived: number[] = [];
    const typing = form(() => autosave, asStored);
    const autosave = startedHere(api, key, typing.read, { onArrived: (id) => arrived.push(id) });
    line.cut = true;
    typing.type('Desde el portátil');
    await vi.advanceTimersByTimeAsync(700);
    expect(readUnsentDraft(key)?.content.title).toBe('Desde el portátil');
    line.cut = false;
    autosave.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(arrived).toHaveLength(1);
    typing.type('Desde el portátil, corregido');
    line.calls.length = 0;
    await vi.advanceTimersByTimeAsync(700);
    expect(line.calls).toEqual(['saveCommunique']);
    const list = await ok('listCommuniques', {});
    expect(list.filter((row) => row.title.startsWith('Desde el portátil'))).toEqual([expect.objectContaining({ id: arrived[0] })]);
    expect((await ok('getCommunique', { id: arrived[0] ?? 0 })).content.title).toBe('Desde el portátil, corregido');
  });

  it('never sends a planned save once someone else is signed in on this computer', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    setStoragePerson('ana');
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read, { me: 'ana' });
    typing.type('Lo que escribió Ana');
    setStoragePerson('beto');
    line.calls.length = 0;
    await vi.advanceTimersByTimeAsync(5000);
    expect(line.calls).toEqual([]);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe(content.title);
  });

  it('leaving the form keeps the text here before trying to store it, and forgets the copy once stored', async () => {
    const { api, ok, line, create } = desk();
    const created = await create();
    const typing = form(() => autosave, asStored);
    const autosave = opened(api, created, typing.read);
    typing.type('Antes de salir');
    const release = hold(line);
    autosave.leave();
    expect(readRescueCopy(created.id)?.content.title).toBe('Antes de salir');
    expect(autosave.closing()).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect((await ok('getCommunique', { id: created.id })).content.title).toBe('Antes de salir');
    expect(readRescueCopy(created.id)).toBeNull();
    expect(autosave.closing()).toBe(false);
  });

  it('a form left while the office is out of reach tries once, then leaves its text to the list: it never sends it later by itself', async () => {
    const { api, ok, line } = desk();
    const key = '7d0e5b2a-1c3f-4e6a-9b8d-2f4a6c8e0b13';
    const typing = form(() => autosave, content);
    const autosave = startedHere(api, key, typing.read);
    line.cut = true;
    typing.type('Dejado sin red');
    autosave.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(line.calls).toEqual(['createCommunique']);
    expect(readUnsentDraft(key)?.content.title).toBe('Dejado sin red');
    // The office answers again: the list, which holds the draft while it sends it, is the one to send it.
    line.cut = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(line.calls).toEqual(['createCommunique']);
    expect((await ok('listCommuniques', {})).filter((row) => row.title === 'Dejado sin red')).toEqual([]);
    expect(readUnsentDraft(key)?.content.title).toBe('Dejado sin red');
  });
});

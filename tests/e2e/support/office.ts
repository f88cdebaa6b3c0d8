import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { readyContent } from '../../helpers/readyContent';
import { asOtherWriter } from './secondWriter';

/** The passphrase every e2e profile uses. */
export const passphrase = (name: string) => `frase de ${name} para entrar`;

/** Gives the store an office: an administrator first (a workstation's first profile), then the people given. */
export async function createProfiles(databasePath: string, people: Record<string, ('redaccion' | 'edicion' | 'difusion' | 'admin')[]>): Promise<void> {
  await asOtherWriter(databasePath, 'createUser', { name: 'admin', displayName: 'Administración', roles: ['admin'], passphrase: passphrase('admin') });
  for (const [name, roles] of Object.entries(people)) {
    const displayName = `${name[0]?.toUpperCase()}${name.slice(1)}`;
    await asOtherWriter(
      databasePath,
      'createUser',
      { name, displayName, roles, passphrase: passphrase(name) },
      { name: 'admin', passphrase: passphrase('admin') },
    );
  }
}

/** Signs a page in as someone, the way a person does on the sign-in screen. */
export async function signInAs(page: Page, name: string): Promise<void> {
  await page.reload();
  const form = page.getByRole('form', { name: '¿Quién trabaja?' });
  const signOut = page.getByRole('button', { name: 'Salir' });
  await expect(form.or(signOut)).toBeVisible();
  if (await signOut.isVisible()) await signOut.click();
  // A desk lists its profiles; an office server asks each person to type theirs.
  const listed = form.getByRole('combobox', { name: 'Perfil' });
  const typed = form.getByRole('textbox', { name: 'Perfil' });
  await expect(listed.or(typed)).toBeVisible();
  if (await listed.isVisible()) await listed.selectOption(name);
  else await typed.fill(name);
  await form.getByLabel('Frase de acceso').fill(passphrase(name));
  await form.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByText(new RegExp(`^Trabaja: ${name}`, 'i'))).toBeVisible();
}

/** A communiqué Ana drafted and submitted and Eva approved, made from outside the window; returns its id. */
export async function approvedCommunique(databasePath: string, title: string, body = 'El Instituto Politécnico Nacional informa.'): Promise<number> {
  const ana = { name: 'ana', passphrase: passphrase('ana') };
  const eva = { name: 'eva', passphrase: passphrase('eva') };
  const draft = await asOtherWriter(databasePath, 'createCommunique', { content: readyContent(title, { body }) }, ana);
  const submitted = await asOtherWriter(databasePath, 'submitForReview', { id: draft.id, revision: draft.revision }, ana);
  const version = submitted.latestVersion;
  if (!version) throw new Error('submitForReview left no version');
  await asOtherWriter(databasePath, 'approveVersion', { id: draft.id, versionId: version.id, sha256: version.sha256 }, eva);
  return draft.id;
}

/** Opens a communiqué's editor by its address inside the app (the same in a browser tab and the desktop window). */
export async function openCommunique(page: Page, id: number): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/c/${target}`;
  }, id);
  await expect(page.getByRole('heading', { name: `Comunicado #${id}` })).toBeVisible();
}

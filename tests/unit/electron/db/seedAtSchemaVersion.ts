import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../../../../shared/text/foldForSearch';

// What an office wrote with an older Redacta, in that version's own columns, by hand (no current repository code).

/** The person every legacy database has, with the passphrase they sign in with. */
export const legacyAdmin = { name: 'ana', passphrase: 'una frase de paso larga' } as const;

/** The approved communiqué's content, as the office typed it. */
export function approvedContent(series: string) {
  return {
    series,
    language: 'es',
    place: 'Ciudad de México',
    date: '2025-03-14',
    title: 'Presenta IPN prototipo de celda de hidrógeno para transporte público',
    summary: ['Investigadores del CICATA diseñaron la celda con materiales nacionales'],
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'El Instituto Politécnico Nacional presentó una celda de combustible de hidrógeno.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'La directora del proyecto explicó que el prototipo opera a baja temperatura.' }] },
      ],
    },
  };
}

/** The draft's content. */
export function draftContent(series: string) {
  return {
    series,
    language: 'es',
    place: 'Ciudad de México',
    date: '2025-03-20',
    title: 'Convoca IPN a jornada de puertas abiertas en Zacatenco',
    summary: [],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Las escuelas abrirán sus laboratorios al público.' }] }] },
  };
}

/** The hash of a version document, computed here from the RFC 8785 bytes (the oracle for the app's own hash). */
export function versionHash(content: unknown, letterheadId: number): string {
  return createHash('sha256')
    .update(canonicalize({ schemaVersion: 1, letterheadId, content }) ?? '', 'utf8')
    .digest('hex');
}

/** Whether schema `version` had review (people, versions, decisions, numbers): it came with 0004, nothing wrote them before. */
export function hasReview(version: number): boolean {
  return version >= 4;
}

/** Which series and letterhead the seeded communiqués use at schema `version` (the default ones arrive in 0002). */
export function seededSeries(version: number): { series: string; letterheadId: number } {
  return version >= 2 ? { series: 'comunicado', letterheadId: 1 } : { series: 'boletin', letterheadId: 1 };
}

/** Inserts two communiqués and their audit, then what the tables of `version` hold: people, a version, a number, comments, exports, …. */
export function seedAtSchemaVersion(db: Database, version: number, passphraseHash: string): void {
  const at = '2025-03-14T17:00:00.000Z';
  const { series, letterheadId } = seededSeries(version);
  if (version < 2) {
    db.prepare(
      `INSERT INTO series (id, label_es, label_en, number_format_es, number_format_en, numbered, yearly_reset, position, created_at)
       VALUES ('boletin', 'Boletín', 'Bulletin', 'Boletín {n}', 'Bulletin {n}', 1, 1, 0, ?)`,
    ).run(at);
    db.prepare(`INSERT INTO letterheads (id, name, valid_from, definition, created_at) VALUES (1, 'Institucional', '2020-01-01', '{}', ?)`).run(at);
  }

  const approved = approvedContent(series);
  const draft = draftContent(series);
  const insertCommunique = db.prepare(
    `INSERT INTO communiques (id, series_id, language, letterhead_id, status, number, year, content, revision, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'es', ?, ?, ?, ?, ?, ?, ?, 'ana', ?, 'ana')`,
  );
  const reviewed = hasReview(version);
  insertCommunique.run(
    1,
    series,
    letterheadId,
    reviewed ? 'approved' : 'draft',
    reviewed ? 7 : null,
    reviewed ? 2025 : null,
    JSON.stringify(approved),
    3,
    at,
    at,
  );
  insertCommunique.run(2, series, letterheadId, 'draft', null, null, JSON.stringify(draft), 1, at, at);
  const audit = db.prepare('INSERT INTO audit_log (at, actor, action, communique_id, details) VALUES (?, ?, ?, ?, ?)');
  audit.run(at, 'ana', 'create', 1, '{}');
  audit.run(at, 'ana', 'create', 2, '{}');
  if (version >= 3) db.prepare(`INSERT INTO office_words VALUES ('es', 'Zacatenco', 'ana', ?)`).run(at);
  if (reviewed) {
    db.prepare(`INSERT INTO users (id, name, display_name, passphrase_hash, created_at) VALUES (1, 'ana', 'Ana Ruiz', ?, ?)`).run(passphraseHash, at);
    db.prepare(`INSERT INTO users (id, name, display_name, passphrase_hash, created_at) VALUES (2, 'beto', 'Beto Salas', ?, ?)`).run(passphraseHash, at);
    db.exec(`INSERT INTO user_roles VALUES (1, 'admin'), (1, 'redaccion'), (2, 'edicion')`);
    const sha = versionHash(approved, letterheadId);
    db.prepare(
      `INSERT INTO versions (id, communique_id, seq, content, schema_version, sha256, reason, author, created_at, letterhead_id)
       VALUES (1, 1, 1, ?, 1, ?, 'submit', 'ana', ?, ?)`,
    ).run(canonicalize(approved) ?? '', sha, at, letterheadId);
    db.prepare('UPDATE communiques SET approved_version_id = 1 WHERE id = 1').run();
    db.prepare(`INSERT INTO decisions (version_id, decision, version_sha256, decided_by, decided_at) VALUES (1, 'approve', ?, 'beto', ?)`).run(sha, at);
    db.prepare(
      `INSERT INTO comments (communique_id, version_id, anchor_field, body, author, created_at) VALUES (1, 1, 'title', 'Revisen la sigla CICATA', 'beto', ?)`,
    ).run(at);
    db.prepare(
      `INSERT INTO number_log (series_id, year, number, communique_id, version_id, state, assigned_by, assigned_at) VALUES (?, 2025, 7, 1, 1, 'assigned', 'beto', ?)`,
    ).run(series, at);
    audit.run(at, 'ana', 'submit', 1, JSON.stringify({ version: 1, sha256: sha }));
    audit.run(at, 'beto', 'approve', 1, JSON.stringify({ version: 1, sha256: sha, number: 7, year: 2025 }));
  }
  if (version >= 5) {
    db.prepare(
      `INSERT INTO exports (export_key, communique_id, version_id, revision, format, draft, number, year, file_name, sha256, size, exported_by, exported_at)
       VALUES ('0f8c3a52-6b1e-4d0a-9a57-3c2e1b7d9f41', 1, 1, 3, 'pdf', 0, 7, 2025, 'comunicado-7-2025.pdf', ?, 48213, 'ana', ?)`,
    ).run('a'.repeat(64), at);
  }
  if (version >= 7) {
    db.prepare(`INSERT INTO numbers_issued_outside VALUES (?, 2025, 6, 'beto', ?, 'Numerados en papel antes de Redacta')`).run(series, at);
  }
  if (version >= 8) indexForSearch(db, version, [approved, draft]);
  if (version >= 9) {
    db.prepare(`INSERT INTO imported_sources VALUES (2, 'jornada-zacatenco.docx', ?, 'docx', ?, 'ana', ?)`).run('b'.repeat(64), 'c'.repeat(64), at);
  }
}

/** What that version's app wrote into its search index: folded title, summary and body (and, from 0010, quoted people). */
function indexForSearch(db: Database, version: number, contents: ReturnType<typeof approvedContent>[]): void {
  const plain = (content: ReturnType<typeof approvedContent>) => ({
    title: foldForSearch(content.title),
    summary: foldForSearch(content.summary.join('\n')),
    body: foldForSearch(content.body.content.map((p) => p.content.map((t) => t.text).join('')).join('\n')),
  });
  contents.forEach((content, index) => {
    const text = plain(content);
    if (version >= 10) {
      db.prepare('INSERT INTO communique_search (rowid, title, summary, body, people) VALUES (?, ?, ?, ?, ?)').run(
        index + 1,
        text.title,
        text.summary,
        text.body,
        '',
      );
    } else {
      db.prepare('INSERT INTO communique_search (rowid, title, summary, body) VALUES (?, ?, ?, ?)').run(index + 1, text.title, text.summary, text.body);
    }
  });
}

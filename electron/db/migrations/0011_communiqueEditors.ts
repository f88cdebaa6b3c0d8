import type { Migration } from '../Migration';

/**
 * Who wrote or changed each communiqué's text since its last approval (four eyes: none of them approves the next
 * version). Kept by triggers, so every write of the text counts whichever code makes it: the person who starts it, each
 * save that changes it; an approval starts the list afresh. Saves were not recorded before, so the list starts from
 * what is known: who started a never-approved text and who sent each version since the last approval.
 */
export const communiqueEditors: Migration = {
  version: 11,
  name: 'communique editors since the last approval',
  up(db) {
    db.exec(`
      CREATE TABLE communique_editors (
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        user TEXT NOT NULL,
        PRIMARY KEY (communique_id, user)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER communique_editors_on_insert AFTER INSERT ON communiques
        WHEN NEW.approved_version_id IS NULL
        BEGIN INSERT OR IGNORE INTO communique_editors (communique_id, user) VALUES (NEW.id, NEW.created_by); END;
      CREATE TRIGGER communique_editors_on_save AFTER UPDATE OF content, series_id, language ON communiques
        WHEN NEW.content IS NOT OLD.content OR NEW.series_id IS NOT OLD.series_id OR NEW.language IS NOT OLD.language
        BEGIN INSERT OR IGNORE INTO communique_editors (communique_id, user) VALUES (NEW.id, NEW.updated_by); END;
      CREATE TRIGGER communique_editors_on_approval AFTER UPDATE OF approved_version_id ON communiques
        WHEN NEW.approved_version_id IS NOT OLD.approved_version_id
        BEGIN DELETE FROM communique_editors WHERE communique_id = NEW.id; END;
      INSERT OR IGNORE INTO communique_editors (communique_id, user)
        SELECT id, created_by FROM communiques WHERE approved_version_id IS NULL;
      INSERT OR IGNORE INTO communique_editors (communique_id, user)
        SELECT v.communique_id, v.author FROM versions v JOIN communiques c ON c.id = v.communique_id
        LEFT JOIN versions av ON av.id = c.approved_version_id
        WHERE v.reason = 'submit' AND v.seq > coalesce(av.seq, 0);
    `);
  },
};

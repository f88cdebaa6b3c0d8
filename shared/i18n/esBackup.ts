/** Spanish messages for backups, the check at start and restoring. */
export const esBackup = {
  backup: {
    cli: {
      arg: 'el archivo de la copia',
      exists: 'Ya existe {{file}}. No se reemplazó: use --overwrite para reemplazarlo.',
      written: 'Copia de seguridad verificada: {{file}}',
      restored: 'Se restauró {{database}} con la copia {{file}}.',
      safetyCopy: 'La base de datos anterior quedó guardada en {{file}}.',
      missing: 'No existe la base de datos {{file}}.',
      intact: 'La base de datos {{file}} está íntegra (esquema {{schema}}).',
      damaged: 'La base de datos {{file}} está dañada: {{detail}}. {{advice}}',
      notADatabase: 'no es una base de datos que SQLite pueda leer',
      latestGood: 'La última copia buena es {{file}}: restáurela con «restore».',
      noGood: 'No hay ninguna copia de seguridad buena junto a ella.',
    },
    damaged: {
      title: 'La base de datos está dañada',
      explain: 'Redacta revisa la base de datos al abrir y encontró páginas dañadas. No la usa, para no empeorar el daño.',
      latest: 'La última copia de seguridad buena es del {{date}}; lo escrito después de esa fecha no está en la copia.',
      none: 'No hay ninguna copia de seguridad buena. Pida ayuda a soporte técnico antes de seguir.',
      restore: 'Restaurar la copia del {{date}}',
      restoring: 'Restaurando…',
      keptAside: 'La base de datos dañada se guarda aparte, en la carpeta de copias; no se borra.',
    },
  },
  migrate: {
    done: 'Copiado de {{from}} a {{to}} (comunicados: {{communiques}}; versiones: {{versions}}; entradas de la bitácora: {{audit}}).',
    sameDatabase: 'El origen y el destino son la misma base de datos.',
  },
};

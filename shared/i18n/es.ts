/** Spanish messages: the office's language, and the reference every other catalog must match. */
export const es = {
  app: {
    name: 'Redacta',
    tagline: 'Mesa de redacción',
    mainNav: 'Navegación principal',
    uiLanguage: 'Idioma de la interfaz',
    loading: 'Cargando…',
  },
  languageName: { es: 'Español', en: 'Inglés' },
  status: {
    draft: 'Borrador',
    in_review: 'En revisión',
    changes_requested: 'Con cambios solicitados',
    approved: 'Aprobado',
    published: 'Publicado',
    withdrawn: 'Retirado',
  },
  list: {
    heading: 'Comunicados',
    newCommunique: 'Nuevo comunicado',
    empty: 'Aún no hay comunicados. Cree el primero con «Nuevo comunicado».',
    number: 'Número',
    series: 'Serie',
    title: 'Título',
    language: 'Idioma',
    status: 'Estado',
    updated: 'Modificado',
    untitled: '(sin título)',
    pendingNumber: 'pendiente',
    open: 'Abrir {{title}}',
  },
  editor: {
    heading: 'Comunicado',
    back: 'Volver a la lista',
    numberLine: 'Número',
    dateline: 'Línea de fecha',
    closingMark: 'Cierre (del membrete)',
    metadata: 'Datos del comunicado',
    series: 'Serie',
    language: 'Idioma del documento',
    place: 'Lugar',
    date: 'Fecha',
    title: 'Título',
    summary: 'Balazos',
    summaryHint: 'Entre dos y cuatro líneas que resumen la nota. Alt+↑ y Alt+↓ los reordenan.',
    bullet: 'Balazo {{n}}',
    addBullet: 'Agregar balazo',
    moveUp: 'Subir balazo {{n}}',
    moveDown: 'Bajar balazo {{n}}',
    removeBullet: 'Quitar balazo {{n}}',
    body: 'Cuerpo del comunicado',
    toolbar: 'Formato del cuerpo',
    bold: 'Negrita',
    italic: 'Cursiva',
    bulletList: 'Lista con viñetas',
    orderedList: 'Lista numerada',
    blockquote: 'Cita',
    link: 'Enlace',
    linkUrl: 'Dirección del enlace',
    applyLink: 'Aplicar enlace',
    removeLink: 'Quitar enlace',
    cancel: 'Cancelar',
    invalidLink: 'Use una dirección que empiece con http://, https:// o mailto:',
    notFound: 'No se encontró el comunicado {{id}}.',
  },
  save: {
    saved: 'Guardado',
    savedAt: 'Guardado a las {{time}}',
    saving: 'Guardando…',
    pending: 'Cambios sin guardar',
    failed: 'No se pudo guardar: {{message}}',
    retry: 'Reintentar',
    conflictTitle: 'Otra ventana cambió este borrador',
    conflictBody:
      'Sus cambios de esta ventana no se guardaron para no sobrescribir los de la otra. Elija qué conservar.',
    keepMine: 'Guardar mi versión encima',
    loadSaved: 'Cargar la versión guardada y descartar mis cambios',
    leaveWarning: 'Hay cambios sin guardar.',
  },
  preview: {
    heading: 'Vista previa',
    pages_one: '{{count}} página',
    pages_other: '{{count}} páginas',
    page: 'Página {{x}} de {{y}}',
  },
  rescue: {
    title: 'Hay texto suyo que no llegó a guardarse',
    body: 'Este equipo conservó lo que escribió en este comunicado el {{when}}, antes de que pudiera guardarse. Puede recuperarlo (reemplaza el texto guardado) o descartarlo.',
    restore: 'Recuperar mi texto',
    discard: 'Descartarlo',
  },
  errors: {
    INVALID_INPUT: 'Los datos no son válidos: {{issues}}',
    NOT_FOUND: 'No existe el comunicado {{id}}.',
    LETTERHEAD_NOT_FOUND: 'No existe el membrete {{id}}.',
    UNKNOWN_SERIES: 'La serie «{{series}}» no existe. Series disponibles: {{available}}.',
    REVISION_CONFLICT:
      'El borrador {{id}} cambió en otra ventana (revisión {{current}}; usted editaba la {{expected}}). No se guardó nada para no sobrescribir esos cambios.',
    FORBIDDEN: 'Su perfil ({{actor}}) no tiene permiso para esta acción.',
    UNAUTHORIZED: 'Falta el token de la sesión o no es válido.',
    UNKNOWN_METHOD: 'La operación «{{method}}» no existe.',
    DATABASE_TOO_NEW:
      'La base de datos {{path}} fue escrita por una versión más reciente de Redacta (esquema {{found}}; esta versión conoce hasta el {{supported}}). Actualice Redacta; la base no se modificó.',
    INTERNAL: 'Error interno: {{detail}}',
    UNAVAILABLE: 'No hay conexión con el servicio de Redacta: {{detail}}',
  },
  browser: {
    unauthorized:
      'Esta pestaña no tiene el token de la sesión. Abra la dirección completa que imprimió «npm run web» (incluye ?token=…).',
  },
  cli: {
    usage: `Uso: npm run -s redacta -- [--db ARCHIVO] [--as USUARIO] <orden> … [--json]

Órdenes:
  new --from ARCHIVO.json   crea un borrador con el contenido del archivo
  list [--limit N]          lista los comunicados, los más recientes primero
  show ID                   muestra un comunicado
  serve [--port N]          abre el modo navegador en 127.0.0.1:47321 (--port 0 elige uno libre)
  help                      muestra esta ayuda

Opciones:
  --db ARCHIVO   base de datos SQLite (predeterminada: {{defaultDb}})
  --as USUARIO   persona que actúa
  --json         salida en JSON

Salida: 0 si todo salió bien, 1 ante un error del usuario, 2 ante un uso incorrecto.`,
    unknownVerb: 'Orden desconocida: «{{verb}}». Use «help» para ver las órdenes.',
    missingVerb: 'Falta la orden. Use «help» para ver las órdenes.',
    badOption: 'Opción no válida: {{detail}}',
    missingArgument: 'Falta {{what}}.',
    badId: '«{{value}}» no es un identificador de comunicado.',
    badNumber: '«{{value}}» no es un número válido para {{option}}.',
    fileUnreadable: 'No se pudo leer {{file}}: {{detail}}',
    fileMissing: 'No se pudo leer {{file}}: el archivo no existe.',
    fileForbidden: 'No se pudo leer {{file}}: no tiene permiso.',
    fileIsFolder: 'No se pudo leer {{file}}: es una carpeta.',
    unknownOption: 'Opción desconocida: {{option}}. Use «help» para ver las opciones.',
    fileNotJson: '{{file}} no es JSON válido: {{detail}}',
    created: 'Comunicado {{id}} creado.',
    noCommuniques: 'No hay comunicados.',
    serving: 'Redacta en modo navegador. Abra la dirección de arriba en un navegador de este equipo; Ctrl+C para salir.',
    rendererMissing: 'La interfaz no está compilada ({{dir}}). Ejecute «npm run build» o use «npm run web».',
    portInUse: 'El puerto {{port}} ya está en uso; elija otro con --port o use --port 0.',
    cannotOpenDatabase: 'No se pudo abrir la base de datos {{file}}: {{detail}}',
    numberPending: '(número al aprobar)',
    unnumbered: '(sin número)',
  },
} as const;

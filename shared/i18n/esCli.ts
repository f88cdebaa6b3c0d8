/** Spanish messages for the command line. */
export const esCli = {
  cli: {
    usage: `Uso: npm run -s redacta -- [--db ARCHIVO|postgres://…] [--as USUARIO] <orden> … [--json]

Órdenes:
  new --from ARCHIVO.json   crea un borrador con el contenido del archivo
  list [--limit N]          lista los comunicados, los más recientes primero
  show ID                   muestra un comunicado
  serve [--port N] [--new-token]
                            abre el modo navegador en 127.0.0.1:47321 (--port 0 elige uno libre); la dirección
                            se conserva entre arranques; --new-token la cambia y anula las anteriores
  serve --office [--listen HOST:PUERTO] [--cert ARCHIVO --key ARCHIVO]
                            servidor de la oficina por HTTPS en la red (por omisión 0.0.0.0:47443), solo para
                            personas con sesión; sin --cert crea y conserva un certificado propio e imprime su huella
  users add NOMBRE --role r1,r2 [--display "Nombre"]   crea un perfil (el primero es administrador)
  users list                lista los perfiles
  submit ID…                envía a revisión
  approve ID…               aprueba la versión en revisión y asigna el número
  request-changes ID --comment TEXTO   devuelve con cambios
  void SERIE AÑO NÚMERO --reason TEXTO anula un número (nunca se reutiliza)
  publish ID… [--date AAAA-MM-DD]      marca como publicado
  numbers SERIE AÑO [--csv] informe de números del año
  numbers start SERIE AÑO N --reason TEXTO
                            la oficina ya emitió hasta el N-1 fuera de Redacta: el siguiente número será el N
  search TEXTO [--year AÑO] [--series SERIE] [--language es|en] [--limit N]
                            busca palabras (sin importar acentos; pref* y "frase exacta")
  import ARCHIVO|CARPETA… [--dry-run]
                            importa comunicados anteriores (.txt, .docx, .pdf, .html, .jsonl) como publicados;
                            omite los duplicados; --dry-run solo dice qué leería
  export-archive SALIDA.jsonl [--overwrite]
                            escribe todo el archivo, un comunicado por línea (se puede volver a importar)
  log [ID] [--limit N]      bitácora de un comunicado o de la oficina
  export ID… --format docx,pdf,txt,html --out CARPETA [--version N|working] [--overwrite|--skip-existing]
                            exporta a la carpeta (sin número: la versión aprobada, o la copia de trabajo como BORRADOR)
  verify ARCHIVO…           dice de qué comunicado y versión es un archivo, o si cambió o no es de Redacta
  backup [ARCHIVO] [--overwrite]
                            copia de seguridad verificada, en ARCHIVO o en la carpeta de copias junto a la base
  restore ARCHIVO           restaura una copia (guarda aparte la base actual; con Redacta cerrado)
  check                     revisa la integridad de la base (sale con 1 si está dañada)
  migrate --from BASE --to BASE
                            copia toda la base a una nueva (ARCHIVO o postgres://…), en cualquier sentido
  help                      muestra esta ayuda

Opciones:
  --db BASE      archivo SQLite de este equipo, o postgres://usuario@servidor/base de la oficina (la clave,
                 en ~/.pgpass o PGPASSWORD); si no se da: REDACTA_DATABASE_URL, o {{defaultDb}}
  --office https://SERVIDOR:PUERTO
                 actúa en el servidor de la oficina en lugar de una base de este equipo (con --as); confía en
                 su certificado como Node (sus autoridades, NODE_EXTRA_CA_CERTS) o en la huella de --fingerprint
  --fingerprint AA:BB:…   huella SHA-256 del certificado de la oficina (o REDACTA_OFFICE_FINGERPRINT)
  --as USUARIO   persona que actúa (frase de acceso en REDACTA_PASSPHRASE o se pregunta)
  --json         salida en JSON

Salida: 0 si todo salió bien, 1 ante un error del usuario, 2 ante un uso incorrecto.`,
    unknownVerb: 'Orden desconocida: «{{verb}}». Use «help» para ver las órdenes.',
    notOnServer: '«{{verb}}» trabaja sobre el archivo de la base de un equipo; la base de la oficina ({{where}}) la respalda y revisa su servidor PostgreSQL.',
    missingVerb: 'Falta la orden. Use «help» para ver las órdenes.',
    badOption: 'Opción no válida: {{detail}}',
    internalDetail: 'Detalle para soporte: {{detail}}',
    missingArgument: 'Falta {{what}}.',
    arg: {
      seriesYearNumber: 'SERIE AÑO NÚMERO',
      query: 'TEXTO a buscar',
      seriesYear: 'SERIE AÑO',
      seriesYearNext: 'SERIE AÑO N',
      next: 'N',
      year: 'AÑO',
      number: 'NÚMERO',
      reason: '--reason TEXTO',
      comment: '--comment TEXTO',
      files: 'ARCHIVO…',
      from: '--from ARCHIVO.json',
      id: 'ID',
      ids: 'ID…',
      out: '--out CARPETA',
      formats: '--format docx,pdf,txt,html',
      name: 'NOMBRE',
      roles: '--role redaccion,edicion,difusion,admin',
    },
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
    notWithOffice: '«{{verb}}» trabaja con una base de este equipo o es el propio servidor: no se usa con --office.',
    officeOrDb: 'Use --office (el servidor de la oficina) o --db (una base de datos), no ambos.',
    badOfficeUrl: '«{{value}}» no sirve para --office: escriba la dirección del servidor de la oficina, https://SERVIDOR:PUERTO.',
    badFingerprint: '«{{value}}» no es una huella SHA-256: son 32 pares de cifras hexadecimales separados por «:», como los imprime el servidor.',
    officeCertificateChanged:
      'El certificado del servidor {{url}} no es el esperado (huella {{found}}; se esperaba {{expected}}). No se envió nada. Si el área de sistemas lo cambió, pídale la huella nueva; si no, alguien podría estar suplantando al servidor.',
    officeUnreachable: 'No se pudo llegar al servidor de la oficina {{url}}: {{detail}}. Revise la red y la dirección, y vuelva a intentarlo.',
    serveOfficeNoAddress: '«serve --office» no lleva dirección: escuche en una con --listen HOST:PUERTO.',
    officePortInUse: 'El puerto {{port}} ya está en uso (¿otro servidor de la oficina ya en marcha?); elija otro con --listen HOST:PUERTO.',
    officeUntrusted:
      'Este equipo no confía en el certificado del servidor {{url}} ({{detail}}). Compare la huella que le dio el área de sistemas y désela con --fingerprint (o REDACTA_OFFICE_FINGERPRINT), o instale la autoridad de la oficina con NODE_EXTRA_CA_CERTS. No se envió nada.',
    officeOnlyOption: '{{option}} es para el servidor de la oficina: úselo con «serve --office».',
    plainOnlyOption: '{{option}} es para el modo navegador de este equipo; el servidor de la oficina usa --listen HOST:PUERTO.',
    certAndKey: 'Dé --cert y --key juntos (el certificado y su clave privada, en PEM), o ninguno para que el servidor cree el suyo.',
    badListen: '«{{value}}» no sirve para --listen: escriba HOST:PUERTO, por ejemplo 0.0.0.0:47443 o [::]:47443.',
    listenNotHere: 'Este equipo no tiene la dirección {{host}}: elija una de las suyas para --listen, o 0.0.0.0 para todas.',
    officeNeedsProfile:
      'La base {{db}} no tiene ningún perfil y un servidor de oficina solo atiende a personas con sesión. Cree primero el perfil de administración, en este equipo: npm run -s redacta -- --db {{db}} users add NOMBRE --role admin',
    officeFingerprint: 'Huella SHA-256 del certificado: {{fingerprint}}',
    officeServing: 'Servidor de la oficina en marcha con el certificado {{file}}. Ctrl+C para detenerlo.',
    officeServingSelfSigned:
      'Servidor de la oficina en marcha con un certificado propio ({{file}}): comunique la huella de arriba a cada equipo que se conecte, para que la compare la primera vez. Ctrl+C para detenerlo.',
    certificate: {
      unreadable: 'No se pudo leer {{file}}.',
      notCertificate: '{{file}} no es un certificado en PEM.',
      notKey: '{{file}} no es una clave privada en PEM (sin frase de paso).',
      keyMismatch: 'La clave {{file}} no corresponde al certificado dado.',
      expired: 'El certificado {{file}} ya venció: renuévelo.',
    },
    serving: 'Redacta en modo navegador. Abra la dirección de arriba en un navegador de este equipo; Ctrl+C para salir.',
    rendererMissing: 'La interfaz no está compilada ({{dir}}). Ejecute «npm run build» o use «npm run web».',
    portInUse: 'El puerto {{port}} ya está en uso; elija otro con --port o use --port 0.',
    cannotOpenDatabase: 'No se pudo abrir la base de datos {{file}}: {{detail}}',
    needAs: 'Esta base tiene perfiles: indique quién actúa con --as PERFIL.',
    needPassphrase: 'Falta la frase de acceso de {{name}}: póngala en REDACTA_PASSPHRASE o ejecute la orden en una terminal.',
    passphrasePrompt: 'Frase de acceso de {{name}}: ',
    newPassphrasePrompt: 'Frase de acceso para {{name}} (10 caracteres o más): ',
    repeatPassphrasePrompt: 'Repítala: ',
    needNewPassphrase: 'Falta la frase de acceso del nuevo perfil: póngala en REDACTA_NEW_PASSPHRASE o ejecute la orden en una terminal.',
    passphrasesDiffer: 'Las dos frases no coinciden; no se creó el perfil.',
    usersUsage: 'Uso: users add NOMBRE --role redaccion,edicion,difusion,admin [--display "Nombre visible"] · users list',
    badRole: 'Rol desconocido: «{{role}}». Roles: redaccion, edicion, difusion, admin.',
    userCreated: 'Perfil {{name}} creado ({{roles}}).',
    userName: 'Perfil',
    userDisplay: 'Nombre',
    userRoles: 'Roles',
    userActive: 'Activo',
    submitted: 'Comunicado {{id}} enviado a revisión (v{{seq}}).',
    approved: 'Comunicado {{id}} aprobado (v{{seq}}, sha256 {{sha}}…): número {{number}}/{{year}}.',
    changesRequested: 'Comunicado {{id}} devuelto con cambios (v{{seq}}).',
    published: 'Comunicado {{id}} publicado el {{date}}.',
    notInReview: 'El comunicado {{id}} no tiene una versión en revisión.',
    badFormat: '«{{format}}» no es un formato de exportación: use docx, pdf, txt o html.',
    existsHint: 'Para reemplazar lo que ya existe use --overwrite; para dejarlo como está, --skip-existing.',
    overwriteOrSkip: 'Use --overwrite o --skip-existing, no los dos.',
    exportDraft: 'BORRADOR',
    exportClean: 'aprobado, v{{seq}}',
    export: {
      written: '{{file}} ({{state}})',
      replaced: '{{file}} ({{state}}; reemplazó al anterior)',
      skipped: '{{file}} omitido: ya existía',
    },
    exportProgress: '[{{done}}/{{total}}] {{what}}',
    outFolderUnusable: 'No se puede usar la carpeta {{folder}}: {{detail}}',
    verify: {
      known: '{{file}}: exportación {{format}} del comunicado {{id}} («{{title}}»), {{version}}, {{state}}; la hizo {{by}} el {{at}} como {{exportedAs}}.',
      modified:
        '{{file}}: dice ser la exportación {{format}} del comunicado {{id}} («{{title}}»), {{version}}, que hizo {{by}} el {{at}}, pero su contenido cambió desde entonces.',
      unknown: '{{file}}: Redacta no exportó este archivo (SHA-256 {{sha}}…), o se modificó sin dejar rastro.',
      approved: 'aprobado, número {{number}}/{{year}}',
      workingCopy: 'copia de trabajo',
      notAllKnown: 'Archivos que no son exportaciones intactas de Redacta: {{doubtful}} de {{total}}.',
    },
    someFailed: '{{failures}} de {{total}} no se pudieron completar (vea arriba).',
    badDate: '«{{value}}» no es una fecha AAAA-MM-DD.',
    voided: 'Número {{number}} de {{series}} en {{year}} anulado; el comunicado {{id}} quedó retirado.',
    noHits: 'Nada coincide con «{{query}}».',
    where: 'Dónde',
    hitCount_one: '{{count}} resultado.',
    hitCount_other: '{{count}} resultados (se muestran {{shown}}).',
    badLanguage: 'Idioma no válido: «{{language}}» (es o en).',
    noNumbers: 'No hay números de {{series}} en {{year}}.',
    numberingContinues: 'Números de {{series}} en {{year}} hasta el {{upTo}}: emitidos fuera de Redacta. El siguiente será el {{next}}.',
    issuedOutside: 'Hasta el {{upTo}}: emitidos fuera de Redacta (lo declaró {{by}} el {{when}}: «{{reason}}»).',
    nextNumber: 'Siguiente número: {{next}}.',
    state: 'Estado',
    by: 'Quién',
    when: 'Cuándo',
    action: 'Acción',
    details: 'Detalles',
    numberState: { assigned: 'asignado', voided: 'anulado' },
    numberPending: '(número al aprobar)',
    unnumbered: '(sin número)',
  },
} as const;

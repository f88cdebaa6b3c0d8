/** Spanish messages for what went wrong: the contract's error codes, and why a body or a call's data was refused. */
export const esErrors = {
  bodyProblems: {
    image: 'una imagen debe ser PNG o JPEG de hasta 8 MB.',
    link: 'el enlace «{{href}}» no está permitido (solo páginas web http o https y correos mailto).',
    schema: 'su estructura no es la que el editor admite ({{detail}}).',
    depth: 'tiene más de {{max}} niveles de listas, citas o tablas unos dentro de otros.',
    size: 'es demasiado grande para prepararlo en un archivo (más de unas 2000 páginas).',
  },
  inputLimits: {
    depth: 'están anidados a más de {{max}} niveles',
    values: 'tienen más de {{max}} elementos',
  },
  errors: {
    INVALID_INPUT: 'Los datos no son válidos: {{issues}}',
    INCOMPLETE: 'Para enviar el comunicado {{id}} a revisión falta {{missing, parts}}.',
    INVALID_BODY: 'El cuerpo del comunicado no se guardó: $t(bodyProblems.{{reason}})',
    NOT_FOUND: 'No existe el comunicado {{id}}.',
    LETTERHEAD_NOT_FOUND: 'No existe el membrete {{id}}.',
    LETTERHEAD_IMAGE_EXTERNAL:
      'La imagen «{{alt}}» del membrete es un SVG que toma archivos o direcciones de fuera de él; no se guardó. Expórtela de nuevo con todo incrustado.',
    LETTERHEAD_IN_USE: 'El membrete {{id}} ya lo usan {{count}} comunicados y no cambia, para que conserven su papel. Duplíquelo y edite la copia.',
    TRANSLATION_EXISTS: 'El comunicado {{id}} ya tiene su versión en {{language}}: el {{existing}}.',
    UNKNOWN_SERIES: 'La serie «{{series}}» no existe. Series disponibles: {{available}}.',
    REVISION_CONFLICT:
      'Mientras tanto, {{byName}} guardó el borrador {{id}} desde otra ventana u otro equipo. No se guardó nada de aquí para no sobrescribir esos cambios.',
    FORBIDDEN: 'Su perfil ({{actor}}) no tiene permiso para esta acción.',
    INVALID_TRANSITION: 'El comunicado {{id}} está «$t(status.{{status}})»: no se puede $t(actions.{{action}}).',
    VERSION_MISMATCH: 'La versión que revisó (v{{seq}}) ya no es la que está en revisión (v{{current}}); vuelva a revisar antes de decidir.',
    SELF_APPROVAL: 'Usted envió la versión v{{seq}}; la aprueba o la devuelve otra persona de edición.',
    OWN_TEXT_APPROVAL: 'Usted escribió o cambió el texto de la v{{seq}}; la aprueba o la devuelve otra persona de edición.',
    VERSION_NOT_FOUND: 'No existe la versión {{versionId}}.',
    COMMENT_NOT_FOUND: 'No existe el comentario {{commentId}}.',
    NUMBER_NOT_FOUND: 'El número {{number}} de {{series}} en {{year}} no está asignado (o ya se anuló).',
    SIGN_IN_FAILED: 'El perfil o la frase de acceso no coinciden.',
    SIGN_IN_LOCKED: 'Hubo demasiados intentos fallidos. Por seguridad, podrá volver a intentarlo a las {{until}}.',
    SIGN_IN_LOCKED_place:
      'Hubo demasiados intentos fallidos desde este equipo o su red (de cualquier perfil). Por seguridad, se podrá volver a intentar a las {{until}}.',
    USER_EXISTS: 'Ya existe el perfil «{{name}}».',
    USER_NOT_FOUND: 'No existe el perfil {{id}}.',
    LAST_ADMIN: 'Es el último administrador activo: otra persona debe tener ese rol antes.',
    UNAUTHORIZED: 'Falta el token de la sesión o no es válido.',
    UNKNOWN_METHOD: 'La operación «{{method}}» no existe.',
    DATABASE_UNREACHABLE:
      'No se pudo conectar con la base de datos {{where}}: el servidor no responde en esa dirección. Revise la dirección y que PostgreSQL esté en marcha.',
    DATABASE_LOGIN_REFUSED: 'La base de datos {{where}} no aceptó el usuario o la contraseña de la dirección.',
    DATABASE_NOT_FOUND: 'El servidor {{where}} no tiene esa base de datos. Créela primero (createdb) y vuelva a intentarlo.',
    TARGET_NOT_EMPTY: 'La base de datos {{target}} ya tiene datos (en {{table}}): la copia solo se hace a una base nueva. No se copió nada.',
    DATABASE_TOO_NEW:
      'La base de datos {{path}} fue escrita por una versión más reciente de Redacta (esquema {{found}}; esta versión conoce hasta el {{supported}}). Actualice Redacta; la base no se modificó.',
    DATABASE_DAMAGED: 'La base de datos {{path}} está dañada: Redacta no la abre para no empeorarla. Restaure la última copia de seguridad buena.',
    DATABASE_IN_USE: 'La base de datos {{path}} está abierta en Redacta o en el modo navegador: ciérrelos antes de restaurar.',
    BACKUPS_ON_SERVER:
      'La base de datos de la oficina ({{where}}) se respalda en su servidor PostgreSQL (pg_dump o las copias de su área de sistemas); Redacta solo hace copias de la base de un equipo.',
    ON_OFFICE_SERVER:
      'Esto actuaría sobre el disco del servidor de la oficina, no sobre su equipo: los archivos se descargan en su propio equipo y las copias de seguridad las hace el área de sistemas en el servidor.',
    OFFICE_ADDRESS_INVALID:
      '«{{url}}» no es la dirección de un servidor de oficina. Escríbala como se la dio el área de sistemas, por ejemplo https://192.168.1.10:47443 o redacta.oficina.local:47443.',
    OFFICE_UNREACHABLE:
      'No se pudo llegar al servidor de la oficina {{url}}: {{detail}}. Revise la dirección y que este equipo esté en la red de la oficina (o en su VPN).',
    OFFICE_CERTIFICATE_NEW:
      'Es la primera vez que este equipo se conecta a {{url}}. Compare la huella de su certificado con la que le dio el área de sistemas antes de conectarse: {{fingerprint}}',
    OFFICE_CERTIFICATE_CHANGED:
      'El servidor {{url}} presenta un certificado distinto del que este equipo conoce: puede ser otro equipo haciéndose pasar por la oficina. No se envió nada. Huella conocida: {{expected}}. Huella presentada: {{found}}. Avise al área de sistemas; si le confirman que cambiaron el certificado, olvide esta oficina y conéctese de nuevo comparando la huella nueva.',
    NOT_AN_OFFICE: '{{url}} respondió, pero no como un servidor de oficina de Redacta. Revise la dirección (el puerto también) con el área de sistemas.',
    CONTRACT_MISMATCH:
      'Esta copia de Redacta (contrato {{client}}) no es compatible con la del servidor de la oficina (contrato {{server}}). Recargue la página, o actualice Redacta en este equipo a la versión del servidor.',
    NOT_A_REDACTA_DATABASE: '{{file}} no es una base de datos de Redacta. No se restauró nada.',
    BACKUP_DAMAGED: 'La copia {{file}} está dañada. No se restauró nada: elija otra copia.',
    BACKUP_FAILED: 'No se pudo hacer la copia de seguridad en {{folder}}: {{detail}}',
    NO_BACKUP: 'No hay ninguna copia de seguridad buena de {{path}}.',
    INTERNAL: 'Algo falló dentro de Redacta y no se hizo ningún cambio. Quedó anotado en el registro del equipo; vuelva a intentarlo.',
    FILE_EXISTS: 'Ya existe «{{fileName}}» en {{folder}}. No se reemplazó: elija reemplazarlo u omitirlo.',
    FOLDER_NOT_FOUND: 'La carpeta {{folder}} no existe o no es una carpeta.',
    FOLDER_EXISTS: 'Ya existe una carpeta llamada «{{name}}» en {{folder}}.',
    INVALID_FOLDER_NAME:
      '«{{name}}» no sirve como nombre de carpeta: no puede estar vacío, empezar con punto, terminar en punto o espacio, llevar / \\ : * ? " < > | ni ser un nombre reservado de Windows como CON o NUL.',
    IMPORT_NO_DATE: 'No se sabe la fecha de «{{title}}» ({{file}}): escríbala antes de importarlo.',
    IMPORT_NO_NUMBER: '«{{title}}» ({{file}}) no tiene número, y la serie {{series}} los numera: escríbalo, o elija una serie sin número, antes de importarlo.',
    NUMBERING_BACKWARDS:
      'La numeración de {{series}} {{year}} ya va en el {{next}}: no puede seguir desde el {{requested}}, porque los números nunca se repiten.',
    SERIES_NOT_NUMBERED: 'La serie {{series}} no lleva número.',
    FOLDER_NOT_WRITABLE: 'No se puede escribir en la carpeta {{folder}}: revise sus permisos o elija otra.',
    DISK_FULL: 'No hay espacio en el disco de {{folder}}; no se escribió el archivo.',
    EXPORT_WRITE_FAILED: 'No se pudo escribir el archivo en {{folder}}: {{detail}}',
    EXPORT_OUTDATED: 'El comunicado {{id}} cambió mientras se preparaba el archivo (ahora está «$t(status.{{status}})»); no se entregó. Expórtelo de nuevo.',
    PDF_PRINTER_MISSING: 'Para exportar PDF hace falta Chromium o Google Chrome en este equipo (o la variable REDACTA_CHROMIUM con su ruta).',
    PDF_PRINT_FAILED: 'No se pudo imprimir el PDF: el navegador que lo imprime falló ({{detail}}). Nada se escribió; vuelva a intentarlo.',
    PRINT_PAGE_MISSING: 'Falta la página de impresión de Redacta ({{path}}). Construya la aplicación con «npm run build».',
    UNAVAILABLE: 'No se llega al servidor de Redacta: {{detail}}.',
    UNAVAILABLE_office: 'No se llega a la oficina ({{host}}): {{detail}}.',
    STORE_BUSY: 'Otra persona u otro programa está guardando en esta base de datos desde hace rato; no se cambió nada. Vuelva a intentarlo en un momento.',
  },
};

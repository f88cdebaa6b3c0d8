/** Spanish messages for where a desk works: this computer's database or the office's. */
export const esDesk = {
  desk: {
    onThisComputer: 'Base: este equipo',
    inOffice: 'Oficina: {{host}}',
    whereTitle: 'En qué base de datos se trabaja; conectar a la oficina',
    heading: 'Dónde se trabaja',
    hereNow: 'Trabaja en la base de datos de este equipo. Lo que escriba queda aquí.',
    officeNow: 'Trabaja en la base de datos de la oficina {{url}}: lo que escriba lo ven sus compañeros según su papel.',
    officeFingerprint: 'Huella del certificado de la oficina, comprobada en cada conexión:',
    connectHeading: 'Conectar a la oficina',
    address: 'Dirección del servidor de la oficina',
    addressHint: 'Como se la dio el área de sistemas, por ejemplo https://192.168.1.10:47443',
    connect: 'Conectar',
    checking: 'Comprobando la oficina…',
    firstHeading: 'Primera conexión con esta oficina',
    firstExplain:
      'Compare esta huella con la que le dio el área de sistemas (la imprime el servidor al arrancar). Conéctese solo si coinciden: este equipo la recordará y rechazará cualquier otra.',
    match: 'Coinciden: conectar',
    cancel: 'Cancelar',
    close: 'Cerrar',
    forget: 'Olvidar esta oficina',
    forgotten: 'Este equipo olvidó la huella de {{url}}. Conéctese de nuevo y compare la huella nueva con la que le dé el área de sistemas.',
    leave: 'Volver a este equipo',
    leaveExplain: 'Lo de la oficina sigue en la oficina; este equipo vuelve a su propia base de datos.',
    retry: 'Reintentar',
    unreachableHeading: 'No se llega a la oficina',
    unreachable:
      'Este equipo trabaja en la oficina {{url}}, pero no la alcanza ahora: {{detail}}. Revise la red (o la VPN) y reintente, o trabaje en la base de datos de este equipo mientras tanto.',
    changedHeading: 'El certificado de la oficina cambió',
  },
} as const;

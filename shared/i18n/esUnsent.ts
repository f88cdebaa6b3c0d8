/** Spanish messages for drafts started while the office could not be reached. */
export const esUnsent = {
  unsent: {
    heading: 'Borrador sin conexión',
    title: 'Borrador nuevo, en este equipo',
    where: 'Se empezó cuando no se llegaba a la oficina y todo lo que escriba se guarda en este equipo.',
    afterwards: 'Llegará a la oficina en cuanto responda, con su número de borrador; entonces podrá enviarse a revisión, traducirse y exportarse.',
    listHeading: 'Guardado en este equipo, por llegar a la oficina',
    keptAt: 'empezado sin conexión; guardado en este equipo el {{when}}',
    changesKeptAt: 'cambios guardados en este equipo el {{when}}, por enviar',
    toDecide: 'Alguien lo guardó después: ábralo para decidir, parte por parte, qué queda.',
    keep: 'Conservar',
    open: 'Abrir',
    discard: 'Descartar',
    confirmDiscard: 'Este borrador no llegó a la oficina: si lo descarta, se borra de este equipo y no se podrá recuperar. ¿Descartarlo?',
    arrived_one: 'Un borrador empezado sin conexión llegó a la oficina.',
    arrived_other: '{{count}} borradores empezados sin conexión llegaron a la oficina.',
    changesArrived_one: 'Los cambios guardados en este equipo de un comunicado llegaron a la oficina.',
    changesArrived_other: 'Los cambios guardados en este equipo de {{count}} comunicados llegaron a la oficina.',
    gone: 'Este borrador ya no está en este equipo (se descartó, o se empezó en otro navegador).',
    openElsewhere: 'Este borrador está abierto en otra pestaña o ventana de este equipo: siga allí. Se abrirá aquí en cuanto lo cierre allá.',
    alreadyArrived: 'Ese borrador ya había llegado a la oficina como el comunicado #{{id}}: no se descartó. Está en la lista.',
    discardOpenElsewhere: 'Ese borrador está abierto en otra pestaña o ventana de este equipo: ciérrelo allá para descartarlo.',
    noSeries:
      'No se llega a la oficina, y este equipo todavía no conoce sus series para empezar un borrador sin conexión. Abra la lista una vez con conexión, o reintente cuando vuelva la red.',
  },
} as const;

/** Spanish messages for finding communiqués in the list. */
export const esFinding = {
  search: {
    label: 'Buscar en los comunicados',
    placeholder: 'Palabras, «frase exacta» o inicio de palabra*',
    allSeries: 'Todas',
    all: 'Todos',
    year: 'Año',
    sort: 'Orden',
    sortBy: { relevance: 'Más pertinentes', updated: 'Modificados recientemente', date: 'Por fecha', number: 'Por número' },
    count_one: '{{count}} comunicado',
    count_other: '{{count}} comunicados',
    countFloor: 'Más de {{shown}} comunicados',
    newestFirst: 'Son muchos: se muestran primero los más recientes. Agregue palabras para ordenarlos por pertinencia.',
    range: '{{from}}–{{to}} de {{total}}',
    previous: 'Anteriores',
    next: 'Siguientes',
    nothing: 'Ningún comunicado coincide. Pruebe con menos palabras o quite filtros.',
    selected_one: '{{count}} seleccionado (se conserva al cambiar de página o de búsqueda)',
    selected_other: '{{count}} seleccionados (se conservan al cambiar de página o de búsqueda)',
  },
} as const;

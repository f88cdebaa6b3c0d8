/** The shape of a message catalog: the Spanish one, with every leaf a string. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../helpers/postgresCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser's address of the run's throwaway PostgreSQL (each test file makes its own databases there). */
    postgresUrl: string;
  }
}

/** One PostgreSQL cluster for the whole unit run, started before the first file and stopped after the last. */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

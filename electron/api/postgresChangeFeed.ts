import pg from 'pg';
import type { LiveChange } from '../../shared/live/liveChange';
import { liveChangeSchema } from '../../shared/live/liveChange';
import type { ChangeFeed } from './changeFeed';
import { changeFeed } from './changeFeed';

/** The PostgreSQL channel every back end on an office database announces its landed writes on. */
export const liveChannel = 'redacta_changes';

/** Longest wait before listening again after the database dropped the connection. */
const longestRetryMs = 30_000;

/** A feed shared by every back end on one office database, closed with its back end. */
export interface SharedChangeFeed extends ChangeFeed {
  close(): Promise<void>;
}

/**
 * Writes as they land in any back end on the office database at `url` (several servers, the command line on `--db`):
 * each is announced with NOTIFY once it has landed, and heard, its own included, through one LISTEN connection opened
 * when the first screen listens. While that connection is down a back end hears its own writes directly, and listens
 * again with back-off. What arrives is read as a live change (anything else on the channel is ignored).
 */
export function postgresChangeFeed(url: string): SharedChangeFeed {
  const local = changeFeed();
  let listening: pg.Client | null = null;
  let starting: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let tries = 0;
  let closed = false;
  let notifier: pg.Pool | null = null;

  const listen = (): Promise<void> => {
    starting ??= (async () => {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      client.on('error', () => undefined);
      client.on('notification', (message) => {
        if (message.channel !== liveChannel || message.payload === undefined) return;
        try {
          const change = liveChangeSchema.safeParse(JSON.parse(message.payload));
          if (change.success) local.publish(change.data);
        } catch {
          // Not a change of ours: ignored.
        }
      });
      client.on('end', () => {
        if (listening === client) listening = null;
        again();
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${liveChannel}`);
        if (closed) return void (await client.end());
        listening = client;
        tries = 0;
      } catch {
        await client.end().catch(() => undefined);
        again();
      }
    })().finally(() => {
      starting = null;
    });
    return starting;
  };
  const again = () => {
    if (closed || retry) return;
    retry = setTimeout(
      () => {
        retry = undefined;
        void listen();
      },
      Math.min(longestRetryMs, 1000 * 2 ** tries++),
    );
    retry.unref();
  };

  const notify = (change: LiveChange): Promise<unknown> => {
    if (!notifier) {
      notifier = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
      notifier.on('error', () => undefined);
    }
    return notifier.query('SELECT pg_notify($1, $2)', [liveChannel, JSON.stringify(change)]);
  };

  return {
    publish(change) {
      // Heard back through LISTEN by every back end listening on the database, this one included; heard here directly
      // when this one is not listening, or when the announcement could not be sent.
      notify(change).then(
        () => {
          if (!listening) local.publish(change);
        },
        () => local.publish(change),
      );
    },
    subscribe(listener) {
      if (!listening && !starting && !closed) void listen();
      return local.subscribe(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await starting;
      await listening?.end().catch(() => undefined);
      await notifier?.end().catch(() => undefined);
    },
  };
}

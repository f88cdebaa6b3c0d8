import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/**
 * Binds the queries of one transaction to its lifetime: once it has ended (committed or rolled back), any query made
 * through it throws instead of running on the connection by itself, outside every transaction (a query a handler
 * forgot to await would otherwise land after a rollback).
 */
export class TransactionScope implements KyselyPlugin {
  #ended = false;

  /** Called when the transaction ends: every later query is refused. */
  end(): void {
    this.#ended = true;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.#ended) throw new Error('a query ran after its transaction had ended');
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Repositories } from '../repositories/createRepositories';
import type { HandlerContext } from './HandlerContext';

/** The part of a command that runs inside its transaction, with who calls as established there. */
export type Commit<O> = (context: HandlerContext) => O | Promise<O>;

/** A commit with what to undo outside the store (a file written) if the transaction does not land. */
export interface CommitWithUndo<O> {
  commit: Commit<O>;
  undo(): Promise<void>;
}

/** What a staged command's prepare may use: everything but the repositories, which it reads through `read`. */
export interface PrepareContext extends Omit<HandlerContext, 'repos' | 'sessions'> {
  /** Runs `work` in one read snapshot; the slow part (hashing, printing, writing a file) comes after, in no transaction. */
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/**
 * A command whose slow part (hashing a passphrase, rendering a file) must hold neither the write lock nor a snapshot:
 * `prepare` reads what it needs (`context.read`), does the slow part, and returns the commit; the dispatcher then runs
 * the commit in the call's transaction, where it checks again whatever its decision depends on.
 */
export interface StagedCommand<I, O> {
  prepare(input: I, context: PrepareContext): Promise<Commit<O> | CommitWithUndo<O>>;
}

/** A command: synchronous, so the whole call runs inside its BEGIN IMMEDIATE transaction; or staged. */
export type CommandHandler<I, O> = ((input: I, context: HandlerContext) => O | Promise<O>) | StagedCommand<I, O>;

/** What a query may use: everything a command may but the sessions, which only a write changes. */
export type QueryContext = Omit<HandlerContext, 'sessions'>;

/** A query: runs in one read snapshot. */
export type QueryHandler<I, O> = (input: I, context: QueryContext) => O | Promise<O>;

/** What implements method `M`: a command if the contract says it writes, else a query. */
export type Handler<M extends MethodName> = Contract[M]['access'] extends 'write'
  ? CommandHandler<z.output<Contract[M]['input']>, MethodOutput<M>>
  : QueryHandler<z.output<Contract[M]['input']>, MethodOutput<M>>;

/** One implementation per contract method, receiving the already validated input. */
export type Handlers = { [M in MethodName]: Handler<M> };

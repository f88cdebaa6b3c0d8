import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { HandlerContext } from './HandlerContext';

/** One implementation per contract method, receiving the already validated input. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>, context: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

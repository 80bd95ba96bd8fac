import { cli } from './cli';
import { exportMessages } from './export';
import { configProblems } from './config';
import { command, completion, fixAll, hover, lens, lensTarget, refactor, server, status, symbol } from './editor';
import { reconcile } from './reconcile';
import { review } from './review';
import { scopes } from './scopes';

/** The messages that belong to no rule: scopes inside rule messages, the editor's, the CLI's, the configuration's. */
export const SHARED_GROUPS = [scopes, reconcile, fixAll, refactor, completion, hover, lens, lensTarget, status, symbol, command, server, configProblems, cli, exportMessages, review] as const;

/** The shared groups by name, for the hosts (the CLI's and the editor's texts go through the catalog too). */
export const SHARED = { scopes, reconcile, fixAll, refactor, completion, hover, lens, lensTarget, status, symbol, command, server, configProblems, cli, export: exportMessages, review } as const;

import { cli } from './cli';
import { configProblems } from './config';
import type { Entry, Template } from './define';
import { command, completion, fixAll, hover, lens, symbol } from './editor';
import { reconcile } from './reconcile';
import { scopes } from './scopes';

/** The messages that belong to no rule: scopes inside rule messages, the editor's, the CLI's, the configuration's. */
export const SHARED_GROUPS = [scopes, reconcile, fixAll, completion, hover, lens, symbol, command, configProblems, cli] as const;

type KeysOf<Group> = Group extends Readonly<Record<string, Entry>> ? Group[keyof Group]['key'] : never;

/** The key of a shared message: a ref by key with any other key fails to compile (a rule's messages go through msg). */
export type SharedKey = KeysOf<(typeof SHARED_GROUPS)[number]>;

export const SHARED_TEMPLATES: ReadonlyMap<string, Template> = new Map(
  SHARED_GROUPS.flatMap((group): [string, Template][] => Object.values<Entry>(group).map((entry) => [entry.key, entry])),
);

/** The shared groups by name, for the hosts (the CLI's and the editor's texts go through the catalog too). */
export const SHARED = { scopes, reconcile, fixAll, completion, hover, lens, symbol, command, configProblems, cli } as const;

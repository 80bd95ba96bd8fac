import { ResponseError, type Connection } from 'vscode-languageserver';

/** What a failure says in the output channel: its stack where there is one. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/**
 * Handlers that never end the server: a notification or timer that fails is logged and the server goes on; a
 * request that fails unexpectedly is logged and answered with its empty result, while an error meant for the
 * client (InvalidParams …) goes back as it is.
 */
export class Guard {
  constructor(private readonly connection: Connection) {}

  notification<A extends unknown[]>(what: string, handler: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        handler(...args);
      } catch (error) {
        this.connection.console.error(`gkreport: ${what} failed: ${describe(error)}`);
      }
    };
  }

  request<P, R, E>(what: string, empty: E, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | E> {
    return async (params) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        this.connection.console.error(`gkreport: ${what} failed: ${describe(error)}`);
        return empty;
      }
    };
  }
}

/** What a check polls between rules and between tables; LSP's CancellationToken is one. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown out of a check whose token was cancelled: a newer version of the document is waiting. */
export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
    this.name = 'CheckCancelled';
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CheckCancelled();
}

import { z } from 'zod';

/** A regular expression's source, refused at load when it does not compile. */
export const pattern = z.string().min(1).superRefine((source, context) => {
  try {
    new RegExp(source);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a regular expression: ${source} (${(error as Error).message})` });
  }
});

import { z } from 'zod';

export const RECIPE_FIELDS = ['number', 'client', 'total', 'dueDate', 'issueDate', 'status', 'amountDue'] as const;
export const RecipeFieldSchema = z.enum(RECIPE_FIELDS);
export type RecipeField = z.infer<typeof RecipeFieldSchema>;

/** A CSS selector a page taught us; bounded, and never anything but a selector. */
const SelectorSchema = z
  .string()
  .min(1)
  .max(400)
  .refine((s) => !/[<{};]/.test(s), 'not a selector');

/**
 * What the user taught on a page Relance could not read: where each field is. A list recipe
 * names the rows and, per field, the cell's position in a row; a detail recipe names one element
 * per field. Tried before the generic capture on later visits of that site.
 */
export const RecipeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('list'),
    id: z.string().min(1).max(80),
    origin: z.string().regex(/^https?:\/\/[^/*]+\/\*$/),
    path: z.string().max(300),
    rowSelector: SelectorSchema,
    columns: z.partialRecord(RecipeFieldSchema, z.number().int().min(0).max(200)),
    createdAt: z.iso.datetime(),
  }),
  z.object({
    kind: z.literal('detail'),
    id: z.string().min(1).max(80),
    origin: z.string().regex(/^https?:\/\/[^/*]+\/\*$/),
    path: z.string().max(300),
    selectors: z.partialRecord(RecipeFieldSchema, SelectorSchema),
    createdAt: z.iso.datetime(),
  }),
]);
export type Recipe = z.infer<typeof RecipeSchema>;

import { z } from 'zod'; export const a = z.object({x: z.string()});

import { z } from "zod";

/**
 * What confirms a previewed import: the preview's token, the uploaded file's name and whether
 * the import replaces. The upload page's confirm form and the progress API's start call send the
 * same three fields, so both check them with this one shape.
 */
export const importConfirmFields = {
  token: z.string().regex(/^[0-9a-f]{32}$/),
  fileName: z.string().max(200),
  replace: z.enum(["on", "off"]).optional(),
};

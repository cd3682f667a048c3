import { z } from "zod";
import { isPortalRef } from "~/modules/directory/refs";

// The forms of the organisers' firm page (/admin/firms/REF). Not a .server file: the route
// parses with them and the page validates the recognition form in the browser with the same rules.

export const recognitionSchema = z
  .object({
    intent: z.literal("addRecognition"),
    kind: z.enum(["spcncl", "cnht_support"], { errorMap: () => ({ message: "auth.error.choice" }) }),
    product: z.string().trim().max(200, "auth.error.tooLong|max=200").optional(),
    year: z.coerce
      .number({ invalid_type_error: "auth.error.required" })
      .int()
      .min(2000, "auth.error.choice")
      .max(2100, "auth.error.choice"),
    note: z.string().trim().max(1000, "auth.error.tooLong|max=1000").optional(),
  })
  .refine((v) => v.kind !== "spcncl" || !!v.product, {
    path: ["product"],
    message: "admin.rec.productRequired",
  });

export const firmActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("unverify") }),
  recognitionSchema.innerType(),
  z.object({ intent: z.literal("removeRecognition"), id: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("link"),
    cityRef: z
      .string({ required_error: "admin.link.badRef" })
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "admin.link.badRef")
      .refine((r) => !isPortalRef(r), "admin.link.reserved"),
  }),
]);

export type FirmAction = z.infer<typeof firmActionSchema>;

/** The schema for a posted form: the recognition form alone keeps its product-required rule. */
export function firmActionSchemaFor(form: FormData) {
  return form.get("intent") === "addRecognition" ? recognitionSchema : firmActionSchema;
}

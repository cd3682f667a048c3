import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// zod with `.openapi()` for descriptions and examples (docs/decisions/170-openapi-from-zod.md).
// The extension adds a method to zod's prototypes and changes nothing else, so schemas made
// elsewhere (the directory contract's) stay the same objects and validate as before.
extendZodWithOpenApi(z);

export { z };

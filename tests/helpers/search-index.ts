// A real SQLite test database holding an imported directory and the embedded engine indexed over
// it: what the search integration tests query (the importer maps firms' terms, search/documents.ts
// builds the documents, the engine answers).
import { expect } from "vitest";
import { importDirectory } from "../../app/services/import/run.server";
import { supplierDocs } from "../../search/documents";
import { EmbeddedEngine } from "../../search/embedded/engine";
import { freshDb } from "./db";

export async function indexedDirectory(suppliers: unknown[]) {
  const opened = await freshDb();
  const report = await importDirectory(
    opened,
    { format: "cnht-directory/1", suppliers, buyers: [], requests: [] },
    { actor: "test" },
  );
  expect(report.rejections).toEqual([]);
  const engine = new EmbeddedEngine(opened.sqlite);
  await engine.init();
  await engine.upsert(await supplierDocs(opened.db));
  return { opened, engine };
}

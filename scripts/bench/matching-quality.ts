import fs from "node:fs";
import { MatchIndex } from "../../app/modules/matching";
import { fromDirectory, type DirectoryFile } from "../../app/modules/matching/from-directory";

// nDCG@10 of suppliers-for-request against graded labels, straight from the files through the
// module (the same measure as ../shared/tools/score.py, without a server), on the labels' day.

interface Labels {
  asOf: string;
  requests: Record<string, Record<string, number>>;
  requiredCerts?: Record<string, string[]>;
  validCerts?: Record<string, string[]>;
}

/** nDCG@10 with exponential gain, as score.py computes it; quality.ts uses the same one. */
export function ndcg(ranked: string[], grades: Record<string, number>): number {
  const gain = (g: number, i: number) => (2 ** g - 1) / Math.log2(i + 2);
  const dcg = ranked.slice(0, 10).reduce((a, r, i) => a + gain(grades[r] ?? 0, i), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, 10);
  const idcg = ideal.reduce((a, g, i) => a + gain(g, i), 0);
  return idcg ? dcg / idcg : 0;
}

export function matchingQuality(directoryFile: string, labelsFile: string) {
  const dir = JSON.parse(fs.readFileSync(directoryFile, "utf8")) as DirectoryFile;
  const labels = JSON.parse(fs.readFileSync(labelsFile, "utf8")) as Labels;
  const { suppliers, requests } = fromDirectory(dir, labels.asOf);
  const index = new MatchIndex(suppliers, requests);
  let sum = 0;
  let n = 0;
  let certViolations = 0;
  let unlabelledInTop10 = 0;
  for (const r of requests) {
    const grades = labels.requests[r.ref];
    if (!grades) continue;
    const top = index.suppliersFor(r, { asOf: labels.asOf, limit: 10 }).map((m) => m.item.ref);
    sum += ndcg(top, grades);
    n++;
    unlabelledInTop10 += top.filter((s) => !(s in grades)).length;
    const required = labels.requiredCerts?.[r.ref] ?? [];
    certViolations += top.filter((s) =>
      required.some((c) => !(labels.validCerts?.[s] ?? []).includes(c)),
    ).length;
  }
  return {
    asOf: labels.asOf,
    requests: n,
    ndcg10: Math.round((sum / n) * 1000) / 1000,
    certViolations,
    unlabelledInTop10,
  };
}

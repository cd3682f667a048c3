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

/**
 * The top 10 suppliers the module ranks for each labelled request on the labels' day, graded:
 * nDCG@10, how many of them are unlabelled (not a fit), how many lack a required certificate.
 * quality.ts reports the same grades.
 */
export function gradedTopTen(dir: DirectoryFile, labels: Labels) {
  const { suppliers, requests } = fromDirectory(dir, labels.asOf);
  const index = new MatchIndex(suppliers, requests);
  const graded: { ndcg: number; unlabelled: number; certViolations: number }[] = [];
  for (const r of requests) {
    const grades = labels.requests[r.ref];
    if (!grades) continue;
    const top = index.suppliersFor(r, { asOf: labels.asOf, limit: 10 }).map((m) => m.item.ref);
    const required = labels.requiredCerts?.[r.ref] ?? [];
    graded.push({
      ndcg: ndcg(top, grades),
      unlabelled: top.filter((s) => !(s in grades)).length,
      certViolations: top.filter((s) => required.some((c) => !(labels.validCerts?.[s] ?? []).includes(c)))
        .length,
    });
  }
  return graded;
}

export function matchingQuality(directoryFile: string, labelsFile: string) {
  const dir = JSON.parse(fs.readFileSync(directoryFile, "utf8")) as DirectoryFile;
  const labels = JSON.parse(fs.readFileSync(labelsFile, "utf8")) as Labels;
  const graded = gradedTopTen(dir, labels);
  const total = (k: "ndcg" | "unlabelled" | "certViolations") => graded.reduce((a, g) => a + g[k], 0);
  return {
    asOf: labels.asOf,
    requests: graded.length,
    ndcg10: Math.round((total("ndcg") / graded.length) * 1000) / 1000,
    certViolations: total("certViolations"),
    unlabelledInTop10: total("unlabelled"),
  };
}

import { describe, expect, it } from "vitest";
import { conceptsOfDescription, findConcepts } from "../../../app/modules/taxonomy";

// A firm's description is read by conceptsOfDescription (decision 680): words naming both a product
// and a process ("wire harnesses", "jacquard labels") are the product when the sentence states
// another process, outside that one's line, as what the firm does.

describe("a description's words that name a product and a process", () => {
  it.each([
    ["Binh Tam offers coil winding of wire harnesses in PVC.", "wire-harness", "harness-product"],
    ["Nam Tien offers digital textile printing of jacquard labels.", "label-weaving", "woven-label"],
  ])("%s: another process is stated, so the words are the product", (text, process, product) => {
    const read = conceptsOfDescription(text);
    expect(read).toContain(product);
    expect(read).not.toContain(process);
    // Only descriptions are read this way: a query or a request's text still finds both.
    expect(findConcepts(text)).toContain(process);
  });

  it.each([
    ["We make wire harnesses for motorbikes.", "wire-harness"],
    ["Coil winding and wire harness assembly.", "wire-harness"],
    ["We weave jacquard labels.", "label-weaving"],
  ])("%s: alone, or followed by a process word, they keep the process", (text, process) => {
    expect(conceptsOfDescription(text)).toContain(process);
  });
});

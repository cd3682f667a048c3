import { describe, expect, it } from "vitest";
import { MatchIndex } from "../../../app/modules/matching";
import { request, supplier, term } from "./builders";

// /my/opportunities offers a request only when the supplier does a requested process or product,
// not merely something next to it (weights.ts OFFER_LEVELS).

const asOf = "2026-11-22";
const turning = request({ ref: "R-TURN", processes: [term("cnc-turning")], materials: [term("steel")] });
const bolts = request({ ref: "R-BOLT", products: [term("bolt")] });
const index = new MatchIndex([], [turning, bolts]);
const offered = (s: Parameters<MatchIndex["requestsFor"]>[0]) =>
  index.requestsFor(s, { asOf, limit: 10 }).map((m) => m.item.ref);

describe("requests offered to a supplier", () => {
  it("a sibling process alone (CNC milling for CNC turning) is not offered, though the index scores it", () => {
    const miller = supplier({ processes: [term("cnc-milling")], materials: [term("steel")] });
    const prepared = new MatchIndex([miller], []).suppliers[0];
    expect(index.rankRequests(prepared, asOf).map((x) => index.requests[x.item].raw.ref)).toEqual(["R-TURN"]);
    expect(offered(miller)).toEqual([]);
  });

  it("the requested process, or its general field, is offered", () => {
    expect(offered(supplier({ processes: [term("cnc-turning")] }))).toEqual(["R-TURN"]);
    expect(offered(supplier({ processes: [term("cnc-machining")] }))).toEqual(["R-TURN"]);
  });

  it("a request naming only a product is offered to a firm making it", () => {
    expect(offered(supplier({ products: [term("bolt")] }))).toEqual(["R-BOLT"]);
  });
});

import type { ConceptInput } from "../types";
import certifications from "./certifications.json";

/**
 * Certifications and compliance marks. Ids are the compact standard name (what matching and the
 * API use): "iso9001", "iatf16949", "oekotex". Parents mean "holding this implies holding that
 * for matching purposes": IATF 16949 and AS9100 are built on ISO 9001. Predecessor standards that
 * buyers still accept as the same requirement are synonyms (TS 16949 -> IATF 16949,
 * OHSAS 18001 -> ISO 45001), as the programme's reference labels treat them.
 * Codes are matched with letters and digits split ("ISO9001" = "ISO 9001"), and the year suffix
 * (":2015") is ignored because it is just another token after the match.
 * The records are data (certifications.json: no comments, no sectors); the import is typed, so a
 * record that is not a ConceptInput fails the type check.
 */
export const CERTIFICATIONS: ConceptInput[] = certifications;

// Parts of Vietnamese firm and person names, and the export markets firms list. The lists are
// data (names.json); their types are those of the JSON import.
import names from "./names.json";

/** Auspicious two-syllable names most Vietnamese SMEs are named after ("Hưng Thịnh", "Minh Phát"). */
export const NAME_FIRST: string[] = names.nameFirst;
export const NAME_SECOND: string[] = names.nameSecond;
/** Names that are not built from the two lists: places, rivers, joint-venture style. */
export const NAME_WHOLE: string[] = names.nameWhole;

export const SURNAMES: string[] = names.surnames;
export const MIDDLE_MALE: string[] = names.middleMale;
export const MIDDLE_FEMALE: string[] = names.middleFemale;
export const GIVEN_MALE: string[] = names.givenMale;
export const GIVEN_FEMALE: string[] = names.givenFemale;

/** Export markets, weighted towards the buyers that actually source in northern Vietnam. */
export const MARKETS: { code: string; vi: string; en: string; weight: number }[] = names.markets;

import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

// The one password policy of the portal, applied by the account service to registration,
// password change and reset (server only: the dictionaries are megabytes, too big for the
// browser, which checks the length alone). Length first (NIST 800-63B: no composition rules),
// then zxcvbn's estimate of how many guesses an attacker needs, with its lists of common
// passwords, words and names and the keyboard layouts. A score of 3 means about 10^8 guesses:
// hopeless online against the login limits, and slow offline against argon2id.
export const MIN_SCORE = 3;

// Words any attacker of this portal would try first, on top of the person's own name and email.
const SITE_WORDS = ["cnht", "hanoi", "ha noi", "vietnam", "matkhau", "mat khau", "congnghiephotro", "portal"];

let ready = false;
function setUp() {
  if (ready) return;
  zxcvbnOptions.setOptions({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    // No translations: feedback comes back as keys, which the portal words in vi and en itself.
  });
  ready = true;
}

export type PasswordWeakness =
  | "tooShort"
  | "tooLong"
  | "common"
  | "keyboard"
  | "repeat"
  | "sequence"
  | "dates"
  | "singleWord"
  | "personal"
  | "guessable";

// zxcvbn's warning keys, grouped into the reasons the portal explains (message key
// `auth.error.password.<reason>`); anything else is "too easy to guess".
const REASONS: Record<string, PasswordWeakness> = {
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  straightRow: "keyboard",
  keyPattern: "keyboard",
  simpleRepeat: "repeat",
  extendedRepeat: "repeat",
  sequences: "sequence",
  recentYears: "dates",
  dates: "dates",
  wordByItself: "singleWord",
  namesByThemselves: "singleWord",
  commonNames: "singleWord",
  userInputs: "personal",
};

/** Why a new password is refused, or null when it is strong enough. `personal`: name, email … */
export function passwordWeakness(
  password: string,
  personal: (string | null | undefined)[] = [],
): PasswordWeakness | null {
  if (password.length < PASSWORD_MIN) return "tooShort";
  if (password.length > PASSWORD_MAX) return "tooLong";
  setUp();
  const inputs = [...SITE_WORDS];
  for (const p of personal) {
    if (!p) continue;
    inputs.push(p.toLowerCase());
    // The parts of an email address and of a name count on their own too.
    inputs.push(
      ...p
        .toLowerCase()
        .split(/[@.\s_+-]+/)
        .filter((w) => w.length >= 3),
    );
  }
  // zxcvbn's cost grows with length; the first 100 characters decide any realistic case. It
  // prices spaces as brute force, so "Lan Nguyen 1990" would look stronger than "LanNguyen1990":
  // the weaker of the two readings counts.
  const head = password.slice(0, 100);
  const squeezed = head.replace(/\s+/g, "");
  const results = [zxcvbn(head, inputs)];
  if (squeezed !== head && squeezed.length > 0) results.push(zxcvbn(squeezed, inputs));
  const r = results.reduce((a, b) => (b.guessesLog10 < a.guessesLog10 ? b : a));
  if (r.score >= MIN_SCORE) return null;
  return REASONS[r.feedback.warning ?? ""] ?? "guessable";
}

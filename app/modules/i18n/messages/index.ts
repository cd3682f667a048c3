import { common } from "./common";
import { directory } from "./directory";
import { auth } from "./auth";
import { admin } from "./admin";
import { matching } from "./matching";
import { profile } from "./profile";
import { fairDay } from "./fair-day";
import { fair } from "./fair";
import { security } from "./security";
import { mail } from "./mail";
import { programme } from "./programme";
import { schemes } from "./schemes";
import { engagement } from "./engagement";
import { ja } from "./ja";
import { jaAuth } from "./ja/auth";
import { jaDirectory } from "./ja/directory";
import { jaEngagement } from "./ja/engagement";
import { jaFair } from "./ja/fair";
import { jaProfile } from "./ja/profile";
import { jaProgramme } from "./ja/programme";
import { jaExtra } from "./ja/extra";

import { api } from "./api";
import { imports } from "./imports";
import { importMessages } from "./import-messages";
import { errors } from "./errors";
import { taxonomy } from "./taxonomy";

// Register each feature's message file here (one line each). Keys are "area.thing".
const bundles = [
  common,
  directory,
  auth,
  admin,
  matching,
  profile,
  fairDay,
  fair,
  security,
  mail,
  programme,
  schemes,
  engagement,
  api,
  imports,
  importMessages,
  errors,
  taxonomy,
];

type Dict = Record<string, string>;
export const messages: { vi: Dict; en: Dict; ja: Dict } = {
  vi: Object.assign({}, ...bundles.map((b) => b.vi)),
  en: Object.assign({}, ...bundles.map((b) => b.en)),
  // Japanese covers the public, buyer and /my pages, agendas, mails and exports (ja.ts and one
  // file per area in ja/; tests/unit/i18n/ja-complete.test.ts says which keys need it); anything it lacks is
  // shown in English by the translator's fallback, never as a key.
  ja: {
    ...errors.ja,
    ...schemes.ja,
    ...auth.ja,
    ...jaDirectory,
    ...jaAuth,
    ...jaProfile,
    ...jaFair,
    ...jaEngagement,
    ...jaProgramme,
    ...jaExtra,
    ...taxonomy.ja,
    ...ja,
  },
};

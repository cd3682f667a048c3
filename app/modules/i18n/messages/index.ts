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
import { imports } from "./imports";

// Register each feature's message file here (one line each). Keys are "area.thing".
const bundles = [common, directory, auth, admin, matching, profile, fairDay, fair, security, mail, programme, schemes, imports];

type Dict = Record<string, string>;
export const messages: { vi: Dict; en: Dict } = {
  vi: Object.assign({}, ...bundles.map((b) => b.vi)),
  en: Object.assign({}, ...bundles.map((b) => b.en)),
};

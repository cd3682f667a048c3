import type { Migration } from "kysely";
import * as m0001 from "./2026-11-23-01-directory";
import * as m0002 from "./2026-11-23-02-accounts";
import * as m0004 from "./2026-11-23-04-search";
import * as m0005 from "./2026-11-23-05-matching";
import * as m0006 from "./2026-11-23-06-events";
import * as m0007 from "./2026-11-23-07-fair-day";
import * as m0009 from "./2026-11-23-09-profile-logo";
import * as m1221 from "./2026-12-05-21-sessions";
import * as m1222 from "./2026-12-05-22-api-token-expiry";
import * as m1231 from "./2026-12-05-31-ref-namespaces";
import * as m1215 from "./2026-12-05-15-schedule-bound";
import * as m1261 from "./2026-12-05-61-mail-delivery";
import * as m1232 from "./2026-12-05-32-contact-access";
import * as m1223 from "./2026-12-05-23-api-token-owner";
import * as m1241 from "./2026-12-05-41-import-mappings";
import * as m1211 from "./2026-12-05-11-strip-nul";
import * as m1271 from "./2026-12-05-71-programme-targets";
import * as m1272 from "./2026-12-05-72-publication-editions";
import * as m1279 from "./2026-12-05-79-meeting-reasons";
import * as m1320 from "./2026-12-06-20-support-schemes";
import * as m1321 from "./2026-12-06-21-news";
import * as m1330 from "./2026-12-06-30-engagement";
import * as m1340 from "./2026-12-06-40-user-language";
import * as m1301 from "./2026-12-06-01-meeting-cancel-reason";
import * as m1310 from "./2026-12-06-10-import-provenance";
import * as m1430 from "./2026-12-07-30-scheme-lifecycle";
import * as m1450 from "./2026-12-07-50-taxonomy-terms";
import * as m1460 from "./2026-12-07-60-row-ids";
import * as m1514 from "./2026-12-08-14-engagement-mail";
import * as m1516 from "./2026-12-08-16-scheme-reapply";
import * as m1817 from "./2026-12-08-17-money-bigint";
import * as m0908 from "./2026-12-09-08-import-jobs";
import * as m0920 from "./2026-12-09-20-dismissal-sides";

// Every migration, in order. Names are dated and never change once landed; append new ones.
export const migrations: Record<string, Migration> = {
  "2026-11-23-01-directory": m0001,
  "2026-11-23-02-accounts": m0002,
  "2026-11-23-04-search": m0004,
  "2026-11-23-05-matching": m0005,
  "2026-11-23-06-events": m0006,
  "2026-11-23-07-fair-day": m0007,
  "2026-11-23-09-profile-logo": m0009,
  "2026-12-05-21-sessions": m1221,
  "2026-12-05-22-api-token-expiry": m1222,
  "2026-12-05-31-ref-namespaces": m1231,
  "2026-12-05-15-schedule-bound": m1215,
  "2026-12-05-61-mail-delivery": m1261,
  "2026-12-05-32-contact-access": m1232,
  "2026-12-05-23-api-token-owner": m1223,
  "2026-12-05-41-import-mappings": m1241,
  "2026-12-05-11-strip-nul": m1211,
  "2026-12-05-71-programme-targets": m1271,
  "2026-12-05-72-publication-editions": m1272,
  "2026-12-05-79-meeting-reasons": m1279,
  "2026-12-06-20-support-schemes": m1320,
  "2026-12-06-21-news": m1321,
  "2026-12-06-30-engagement": m1330,
  "2026-12-06-40-user-language": m1340,
  "2026-12-06-01-meeting-cancel-reason": m1301,
  "2026-12-06-10-import-provenance": m1310,
  "2026-12-07-30-scheme-lifecycle": m1430,
  "2026-12-07-50-taxonomy-terms": m1450,
  "2026-12-07-60-row-ids": m1460,
  "2026-12-08-14-engagement-mail": m1514,
  "2026-12-08-16-scheme-reapply": m1516,
  "2026-12-08-17-money-bigint": m1817,
  "2026-12-09-08-import-jobs": m0908,
  "2026-12-09-20-dismissal-sides": m0920,
};

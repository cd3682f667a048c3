// A mail worker in a process of its own, for the test that kills it in the middle of a batch.
import { openDatabase, openPostgres } from "../../../db/connection";
import { startMailWorker } from "../../../app/services/mail-worker.server";

const [file, smtpUrl] = process.argv.slice(2);
// A postgres:// URL when the suite runs on PostgreSQL (npm run test:postgres).
const { db } = /^postgres(ql)?:\/\//.test(file) ? openPostgres(file) : openDatabase(file);
startMailWorker(
  { db },
  { smtpUrl, intervalMs: 20, batch: 50, remindEveryMs: 0, log: { info() {}, warn() {} } },
);
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);

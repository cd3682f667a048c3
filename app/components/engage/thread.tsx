import { useLocale } from "~/components/i18n";
import { formatDateTime } from "~/components/format";
import { MESSAGE_LIMITS } from "~/modules/engagement";

export interface ThreadMessage {
  id: number;
  mine: boolean;
  from: string;
  senderName: string | null;
  body: string;
  at: string;
}

/** A thread's messages, oldest first; the text is shown as written (React escapes it). */
export function ThreadMessages({ messages }: { messages: ThreadMessage[] }) {
  const locale = useLocale();
  return (
    <ol className="space-y-3">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`rounded-lg border p-3 text-sm ${m.mine ? "ml-8 border-brand-200 bg-brand-50" : "mr-8 bg-white"}`}
        >
          <p className="mb-1 text-xs text-slate-500">
            <strong className="text-slate-700">{m.from}</strong>
            {m.senderName && ` · ${m.senderName}`} · {formatDateTime(m.at, locale)}
          </p>
          <p className="whitespace-pre-line">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** The one field a message is written in (a new message and a reply), held to the message limit. */
export function MessageBodyField({ label, rows }: { label: string; rows: number }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <textarea
        name="body"
        required
        maxLength={MESSAGE_LIMITS.maxLength}
        rows={rows}
        className="mt-1 rounded border-slate-300"
      />
    </label>
  );
}

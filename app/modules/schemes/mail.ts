import { groupDigits, translator, type Locale } from "../i18n";
import { renderHtml, renderText, type MailContent } from "../mail/render";

// The mail an applicant gets when an organiser decides on its support-scheme application, in the
// recipient's language (text and escaped HTML). `url` is the absolute link to /my/schemes.

export function schemeDecisionMail(
  locale: Locale,
  d: {
    schemeName: string;
    status: "approved" | "rejected";
    amount: number | null;
    reason: string | null;
    url: string;
  },
) {
  const t = translator(locale);
  const paragraphs =
    d.status === "approved"
      ? [t("schemes.mail.approvedBody", { scheme: d.schemeName, amount: groupDigits(d.amount ?? 0, locale) })]
      : [
          t("schemes.mail.rejectedBody", { scheme: d.schemeName }),
          t("schemes.mail.reason", { reason: d.reason ?? "" }),
        ];
  const content: MailContent = {
    heading: t(`schemes.mail.${d.status}Heading`, { scheme: d.schemeName }),
    paragraphs,
    action: { label: t("schemes.mail.open"), url: d.url },
    footer: t("schemes.mail.footer"),
  };
  return {
    subject: t(`schemes.mail.${d.status}Subject`, { scheme: d.schemeName }),
    body: renderText(content),
    html: renderHtml(content, locale),
    locale,
  };
}

/**
 * The mail a firm gets when an organiser asks for more information about its application, in
 * the recipient's language (Japanese included); the question is quoted as written, escaped.
 */
export function schemeInfoRequestMail(
  locale: Locale,
  d: { schemeName: string; question: string; url: string },
) {
  const t = translator(locale);
  const content: MailContent = {
    heading: t("schemes.mail.infoHeading", { scheme: d.schemeName }),
    paragraphs: [t("schemes.mail.infoBody", { scheme: d.schemeName }), d.question],
    action: { label: t("schemes.mail.infoOpen"), url: d.url },
    footer: t("schemes.mail.footer"),
  };
  return {
    subject: t("schemes.mail.infoSubject", { scheme: d.schemeName }),
    body: renderText(content),
    html: renderHtml(content, locale),
    locale,
  };
}

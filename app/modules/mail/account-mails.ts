import { translator, type Locale } from "../i18n";
import { renderHtml, renderText, type MailContent } from "./render";

// The account mails (someone tried to register an existing address; a password reset link), in
// the account holder's language, as text and escaped HTML. `baseUrl` is the site's public origin.

export function registerExistingMail(locale: Locale, baseUrl: string) {
  const t = translator(locale);
  const content: MailContent = {
    heading: t("mail.registerExisting.heading"),
    paragraphs: [
      t("mail.registerExisting.body"),
      t("mail.registerExisting.forgot", { url: `${baseUrl}/forgot-password` }),
    ],
    action: { label: t("mail.registerExisting.login"), url: `${baseUrl}/login` },
    footer: t("mail.registerExisting.notYou"),
  };
  return {
    subject: t("mail.registerExisting.subject"),
    body: renderText(content),
    html: renderHtml(content, locale),
    locale,
  };
}

export function passwordResetMail(locale: Locale, link: string) {
  const t = translator(locale);
  const content: MailContent = {
    heading: t("mail.reset.heading"),
    paragraphs: [t("mail.reset.body")],
    action: { label: t("mail.reset.action"), url: link },
    footer: t("mail.reset.notYou"),
  };
  return {
    subject: t("mail.reset.subject"),
    body: renderText(content),
    html: renderHtml(content, locale),
    locale,
  };
}

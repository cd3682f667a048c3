// Mail: delivery policy, bodies, calendar invitations and reminder timing. Pure: no db, no clock.
export * from "./policy";
export * from "./render";
export * from "./invitation";
export * from "./reminders";
export * from "./account-mails";

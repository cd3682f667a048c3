// The length rule, shared by the browser (form validation) and the server. The full policy —
// length, then zxcvbn's strength estimate — is password-strength.ts, applied by the account
// service (server only).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

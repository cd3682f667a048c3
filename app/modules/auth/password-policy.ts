// The password policy, shared by the browser (form validation) and the server.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Length is the policy (NIST 800-63B): no composition rules, but reject the obvious. */
export function passwordProblem(
  password: string,
  email?: string,
): "tooShort" | "tooLong" | "tooCommon" | null {
  if (password.length < PASSWORD_MIN) return "tooShort";
  if (password.length > PASSWORD_MAX) return "tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return "tooCommon";
  if (COMMON.some((c) => lower.includes(c)) && lower.length < 14) return "tooCommon";
  if (email && lower.includes(email.toLowerCase().split("@")[0]) && email.split("@")[0].length >= 4)
    return "tooCommon";
  return null;
}

const COMMON = ["password", "123456", "qwerty", "matkhau", "abc123", "111111", "iloveyou", "admin"];

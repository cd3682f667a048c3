/**
 * A scheme form as posted with every required field but `kind` filled in. The schemeForm tests
 * spread it and set `kind` and the one field each case is about.
 */
export const schemeFormInput = {
  nameVi: "Hỗ trợ",
  nameEn: "Support",
  budget: "1000",
  opensOn: "2026-03-01",
  closesOn: "2026-03-31",
};

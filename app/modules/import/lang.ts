import type { Lang } from "../directory/schema";

// Which language a capability term is written in, for display and search analysis. A heuristic,
// not a classifier: Japanese script → ja; Vietnamese letters with diacritics → vi; otherwise a
// syllable typical of Vietnamese industrial terms typed without diacritics ("gia cong CNC",
// "ep nhua") → vi; any other word with lower-case letters → en; codes and acronyms alone
// ("PP", "ADC12", "SUS 316") belong to no language → null.

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

// Syllables frequent in Vietnamese trade terms that are not English words a firm would write
// (so "in", "to", "may", "can", "long", "son" are left out: they would misread English terms).
const VI_SYLLABLES = new Set(
  `gia cong ep nhua thep khuon dap han det nhom dong chi tiet vo hop giay cat uon chan gap ton tien phay
   duc ren nhiet luyen soi vai bao bi luoi kim loai linh kien dien mach cao su truc banh rang bu oc vit
   lo xo nen xoan dai thung song bia nhan mac quan ao phu tung xe thiet tam san xuat hoa anot anod ky
   thuat lam mau che tao truyen theu tinh bong tong cuc luu dun phot dau be mat khong ap luc co khi
   chinh xac pat dot niken nguoi toi mu thuoc cap hieu thoi dem lap rap bang keo khoa xi kem dieu khien
   nhuom van gang cau inox tinh moc ghep dinh nhua ong thuy luc khuan lien kiem dinh gioang dem bo`
    .split(/\s+/)
    .filter(Boolean),
);

export function detectLang(term: string): Lang | null {
  if (JAPANESE.test(term)) return "ja";
  if (VIETNAMESE_LETTER.test(term)) return "vi";
  const words = term.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((w) => VI_SYLLABLES.has(w))) return "vi";
  return /[a-z]/.test(term) ? "en" : null;
}

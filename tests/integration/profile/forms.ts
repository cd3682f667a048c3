import type { Client } from "../auth/client";

// Building the profile form's multipart bodies the way a browser sends them.

/** A minimal valid PNG (1×1): real magic bytes, so the upload check accepts it. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

export type Fields = Record<string, string | { name: string; type: string; bytes: Buffer }>;

export function supplierForm(over: Fields = {}): Fields {
  return {
    nameVi: "Công ty TNHH Cơ khí An Phát",
    nameEn: "An Phat Mechanical Co., Ltd",
    descriptionVi: "Gia công CNC và ép nhựa cho ngành ô tô, xe máy.",
    descriptionEn: "CNC machining and plastic injection moulding for automotive and motorbike parts.",
    taxCode: "0100000001",
    website: "anphat.example.vn",
    founded: "2008",
    employees: "120",
    address: "Lô 5, KCN Quang Minh",
    commune: "Mê Linh",
    industrialZone: "KCN Quang Minh",
    city: "Hà Nội",
    exportMarkets: "JP, kr",
    contactName: "Nguyễn Văn An",
    contactEmail: "sales@anphat.example.vn",
    contactPhone: "+84 24 3888 0000",
    processes: "ép nhựa\ngia công CNC",
    materials: "nhựa PP\nthép SS400",
    products: "linh kiện xe máy",
    equipment: "Máy ép nhựa Haitian 250 tấn × 4\nTrung tâm gia công Mazak VCN-530C × 2",
    capacityNotes: "200.000 chi tiết/tháng, 2 ca/ngày",
    "certifications[0].standard": "ISO 9001:2015",
    "certifications[0].certificateNo": "VN-1234",
    "certifications[0].issuer": "Quacert",
    "certifications[0].scope": "Gia công cơ khí chính xác",
    "certifications[0].validUntil": "2029-06-30",
    ...over,
  };
}

export function multipart(fields: Fields): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string") fd.append(k, v);
    else fd.append(k, new Blob([new Uint8Array(v.bytes)], { type: v.type }), v.name);
  }
  return fd;
}

export function postMultipart(c: Client, path: string, fields: Fields) {
  return c.request(path, { method: "POST", body: multipart(fields) });
}

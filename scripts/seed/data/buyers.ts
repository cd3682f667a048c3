// Fictional foreign manufacturers with plants in northern Vietnam that source from Hanoi.
// `interests` are archetype keys: what the buyer's sourcing requests ask for.
// The list is data (buyers.json); its type is checked against BuyerSpec by the JSON import.
import buyers from "./buyers.json";

export interface BuyerSpec {
  name: string;
  ja?: string;
  country: string;
  makes: string;
  site: string;
  interests: string[];
  /** Automotive buyers ask for IATF 16949 whenever enough suppliers hold it. */
  automotive?: boolean;
  /** Medical-device buyers ask for ISO 13485 whenever enough suppliers hold it. */
  medical?: boolean;
}

export const BUYERS: BuyerSpec[] = buyers;

/** A place where a person can get help (public/data/inventory.json, built from shared/data). */
export interface Place {
  id: string;
  name: string;
  category: string;
  audience: string;
  services: string[];
  languages: string[];
  streetAddress: string;
  postalCode: string;
  commune: string;
  phone: string;
  email: string;
  website: string;
  /** OpenStreetMap opening_hours syntax; blank = unknown. */
  openingHours: string;
  description: { fr: string } & Partial<Record<string, string>>;
  sources: string[];
  confidence: string;
  origin: string;
}

/** The built-in inventory file. */
export interface BuiltInInventory {
  version: string;
  places: Place[];
}

/** Types of scripts/taggable.mjs (the generator of src/data/taggable.json). */
export interface TaggableData {
  generatedFrom: Record<string, string>;
  aws: string[];
  "azure-native": string[];
  gcp: string[];
}
export declare const PROVIDERS: { pkg: string; key: "aws" | "azure-native" | "gcp"; property: "tags" | "labels" }[];
export declare function scanProvider(pkgDir: string, property: string): string[];
export declare function generateTaggable(fromDir?: string): TaggableData;
export declare function formatTaggable(data: TaggableData): string;

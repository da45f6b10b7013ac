/** Types of check-changesets.mjs (see that file). */
export declare const IGNORED: RegExp[];
export declare function changedFiles(root: string, base: string): string[];
export declare function bundledLibraries(pkg: Record<string, any>): string[];
export declare function workspacePackages(root: string): { name: string; dir: string; private: boolean; bundles: string[] }[];
export declare function changesetPackages(text: string): string[];
export declare function checkChangesets(root: string, files: string[]): { changed: string[]; covered: string[]; missing: string[]; via: Map<string, string> };

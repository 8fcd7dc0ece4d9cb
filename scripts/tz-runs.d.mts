export const UNDATED: Set<string>;
export const USES_LOCAL_TIME: RegExp;
export function datedFolders(root?: string): string[];

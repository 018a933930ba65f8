/** Types of system-programs.cjs (the search for the browser and soffice the e2e tests run). */
export type Found = { readonly path: string } | { readonly missing: string };
export function findBrowser(env?: NodeJS.ProcessEnv): Found;
export function findSoffice(env?: NodeJS.ProcessEnv): Found;

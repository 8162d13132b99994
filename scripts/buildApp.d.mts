export function buildApp(outDir: string): Promise<string>;

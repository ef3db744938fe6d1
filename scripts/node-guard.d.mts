export function lowestNode(engines: string): [number, number, number];
export function nodeGuard(engines: string, body: string): string;

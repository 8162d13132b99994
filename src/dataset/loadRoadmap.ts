import { DatasetError } from './DatasetError';
import { parseRoadmap } from './parseRoadmap';
import type { Roadmap } from './schema';

/** Fetches and validates a dataset; every failure becomes a DatasetError a person can act on. */
export async function loadRoadmap(url: string, signal?: AbortSignal): Promise<Roadmap> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(`Could not reach ${url}: the network request failed`);
  }
  if (!response.ok) throw new DatasetError(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim());
  const body = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new DatasetError(`${url} is not valid JSON`, [{ path: '', message: (error as Error).message }]);
  }
  return parseRoadmap(json);
}

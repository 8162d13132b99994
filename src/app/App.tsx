import { useQuery } from '@tanstack/react-query';
import { roadmapQuery } from '../dataset/roadmapQuery';
import { DatasetErrorPanel } from './DatasetErrorPanel';
import { Explorer } from './Explorer';

/** Loading, error or the explorer: never a blank page. */
export function App({ datasetUrl }: { datasetUrl?: string }) {
  const query = useQuery(roadmapQuery(datasetUrl));
  if (query.isPending) {
    return (
      <div className="loading" role="status">
        <p>Loading the roadmap…</p>
      </div>
    );
  }
  if (query.isError) return <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  // Share pages (n/<id>/) exist only for the built-in dataset; other datasets share ?node= links.
  return <Explorer roadmap={query.data} nodePages={!datasetUrl} />;
}

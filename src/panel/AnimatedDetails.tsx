import { AnimatePresence, LazyMotion, m, MotionConfig } from 'framer-motion';
import type { RoadmapNode } from '../dataset/indexRoadmap';
import { NodeDetails } from './NodeDetails';

const loadFeatures = () => import('./motionFeatures').then((mod) => mod.default);

/** The details with a short cross-fade between nodes; "user" honours prefers-reduced-motion. */
export default function AnimatedDetails({ node }: { node: RoadmapNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">
        <AnimatePresence mode="wait" initial={false}>
          <m.div
            key={node.id}
            initial={{ opacity: 0, y: 8 }}
            animate={{ opacity: 1, y: 0 }}
            exit={{ opacity: 0, y: -8 }}
            transition={{ duration: 0.16 }}
          >
            <NodeDetails node={node} />
          </m.div>
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}

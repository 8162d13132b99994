import { AnimatePresence, LazyMotion, m, MotionConfig, useReducedMotion } from 'framer-motion';
import type { RoadmapNode } from '../dataset/indexRoadmap';
import { NodeDetails } from './NodeDetails';

const loadFeatures = () => import('./motionFeatures').then((mod) => mod.default);

/** The details with a short cross-fade between nodes; under prefers-reduced-motion, no fade at all. */
export default function AnimatedDetails({ node }: { node: RoadmapNode }) {
  // framer-motion's own reduced mode still fades opacity, so reduced motion skips the animation entirely.
  const reduce = useReducedMotion();
  if (reduce) return <NodeDetails key={node.id} node={node} />;
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">
        <AnimatePresence mode="wait" initial={false}>
          <m.div key={node.id} initial={{ opacity: 0, y: 8 }} animate={{ opacity: 1, y: 0 }} exit={{ opacity: 0, y: -8 }} transition={{ duration: 0.16 }}>
            <NodeDetails node={node} />
          </m.div>
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}

// The same roadmap dataset drawn by vis-timeline, the benchmark's peer: one group per lane, one item per milestone,
// a point for an exact day and a range spanning the month or year otherwise, over the same full view.
/* global vis, document, location, window, requestAnimationFrame, requestIdleCallback */
const settle = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(performance.now())))));

function span(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return { start: new Date(Date.UTC(y, m - 1, d)) };
  if (m) return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
  return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
}

try {
  const roadmap = await (await fetch(new URLSearchParams(location.search).get('data'))).json();
  const groups = [...roadmap.initiatives.map((n) => ({ id: n.id, content: n.shortName })), { id: 'context', content: 'Context' }];
  const items = roadmap.milestones.map((m) => {
    const { start, end } = span(m.date);
    const item = { id: m.id, group: m.initiative ?? 'context', content: m.title, start };
    return end ? { ...item, end, type: 'range' } : { ...item, type: 'point' };
  });
  const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {
    start: new Date(Date.UTC(2015, 0, 1)),
    end: new Date(Date.UTC(2031, 0, 1)),
    height: '860px',
  });
  window.__peerTimeline = timeline;
  timeline.once('changed', () => void settle().then((t) => (window.__benchRendered = t)));
} catch (error) {
  window.__benchFailed = String(error);
}

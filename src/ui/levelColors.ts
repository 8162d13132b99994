/**
 * One colour per level rank (1-based); index 0 is for milestones that touch no level. Marks also differ by shape.
 * Chosen so that every two stay at least 10 CIEDE2000 apart as seen normally and under simulated protanopia,
 * deuteranopia and tritanopia (levelColors.test.ts), with white level numbers on them at WCAG AA (4.5:1) and the
 * marks at 3:1 against the dark theme's surface.
 */
export const LEVEL_COLORS = ['#64748b', '#4165a4', '#d3150a', '#00791e', '#b6346c', '#7756ff'] as const;

export function levelColor(rank: number): string {
  return LEVEL_COLORS[Math.min(Math.max(rank, 0), LEVEL_COLORS.length - 1)] ?? LEVEL_COLORS[0];
}

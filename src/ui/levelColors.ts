/** One colour per level rank (1-based); index 0 is for milestones that touch no level. Marks also differ by shape. */
export const LEVEL_COLORS = ['#64748b', '#0284c7', '#4f46e5', '#9333ea', '#db2777', '#ea580c'] as const;

export function levelColor(rank: number): string {
  return LEVEL_COLORS[Math.min(Math.max(rank, 0), LEVEL_COLORS.length - 1)] ?? LEVEL_COLORS[0];
}

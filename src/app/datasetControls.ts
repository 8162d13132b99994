/** What the toolbar needs to open another dataset or go back to the built-in one. */
export interface DatasetControls {
  /** The custom dataset's name or address, or null for the built-in roadmap. */
  label: string | null;
  openFile: (file: File) => void;
  /** Back to the built-in roadmap; null when it is already shown. */
  reset: (() => void) | null;
}

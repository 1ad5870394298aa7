/** The workspace's list and rubric widths (px) for a window width; the reader takes the rest. */
export function defaultPaneSizes(windowWidth: number): { list: number; rubric: number } {
  // Below 1200 px (a 1024×768 projector) the fixed 260 + 440 left the reader about 320 px, too
  // narrow for its toolbar's page box; narrower side panes leave it about 420 px.
  return windowWidth < 1200 ? { list: 208, rubric: 392 } : { list: 260, rubric: 440 };
}

/**
 * A ministry's plan for its own staff names its internal units: `标准技术司`,
 * `办公厅`, `总局各司局`. They belong to no central registry, so they are kept
 * as written and marked `internal` rather than reported as unknown.
 */

// `…司`, `…各司局`, `…办公厅` (a body's general office), `机关党委`: the units ministries are divided into.
const INTERNAL = /^(?:[\u4e00-\u9fff]{1,10}司|[\u4e00-\u9fff]{0,6}各司(?:局|室)?|[\u4e00-\u9fff]{0,10}办公厅|机关党委|机关服务中心)$/

/** Is this name shaped like a ministry's internal unit? Call after the registry failed. */
export function isInternalName(name: string): boolean {
  return name.length <= 16 && INTERNAL.test(name)
}

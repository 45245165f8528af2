/**
 * A ministry's plan for its own staff names its internal units: `标准技术司`,
 * `办公厅`, `总局各司局`. They belong to no central registry, so they are kept
 * as written and marked `internal` rather than reported as unknown.
 */

// `…司`, `…各司局`, `…办公厅` (a body's general office), `机关党委`: the units ministries are divided into.
const INTERNAL = /^(?:[\u4e00-\u9fff]{1,10}司|[\u4e00-\u9fff]{0,6}各司(?:局|室)?|[\u4e00-\u9fff]{0,10}办公厅|机关党委|机关服务中心)$/

// A ministry's bureaus named 局, not 司: no shape tells them from a body of
// their own, so they are listed: 市场监管总局's, as its 三定 (职能配置、内设机构和人员编制规定, 2018) names them.
const BUREAUS: ReadonlySet<string> = new Set(['质量发展局', '登记注册局', '执法稽查局', '价格监督检查和反不正当竞争局', '价监竞争局'])

/** Is this name shaped like a ministry's internal unit (or one of the listed bureaus)? Call after the registry failed. */
export function isInternalName(name: string): boolean {
  return name.length <= 16 && (INTERNAL.test(name) || BUREAUS.has(name))
}

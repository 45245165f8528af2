import type { RoleKind } from './types.js'
import type { Wordings } from './wordings.js'

// Phrases that put a role word under the units' own duties (`按职责抓好落实`,
// `根据职责分工推进`): each with each act below is a role word, so that a new
// pairing of the two is no unknown verb glued onto the last unit's name.
const DUTY_PHRASES = ['按职责分工', '按职责', '按照职责分工', '按照职责', '根据职责分工', '根据职责', '按各自职责', '按职能分工', '依职责']
const DUTY_ACTS: Record<string, RoleKind> = {
  负责: 'by-duty', 分别负责: 'by-duty', 共同负责: 'by-duty', 落实: 'by-duty', 抓好落实: 'by-duty', 分别落实: 'by-duty', 推进: 'by-duty',
  实施: 'by-duty', 组织实施: 'by-duty', 做好: 'by-duty', 配合: 'participant', 参与: 'participant', 协助: 'participant',
}
// Labels of the units in charge by what they do and what they are (`责任站所：`,
// `配合处室：`): each duty with each kind of unit.
const UNIT_DUTIES: Record<string, 'lead' | 'responsible' | 'participant'> = {
  牵头: 'lead', 主办: 'lead', 主责: 'lead', 责任: 'responsible', 负责: 'responsible', 实施: 'responsible', 落实: 'responsible', 承办: 'responsible',
  配合: 'participant', 参与: 'participant', 协办: 'participant', 协助: 'participant', 协同: 'participant',
}
const UNIT_KINDS = ['单位', '部门', '处室', '科室', '站所', '股室', '机构']
const unitLabels = Object.fromEntries(Object.entries(UNIT_DUTIES).flatMap(([duty, kind]) => UNIT_KINDS.map((unit) => [`${duty}${unit}`, kind])))

// Labels of the leaders a note names (`责任市领导：张明`): each duty with each level.
const LEADER_DUTIES = ['分管', '牵头', '责任', '联系', '包抓', '挂点', '包保']
const LEADER_LEVELS = ['', '省', '市', '县', '区', '州']
const leaderLabels = Object.fromEntries(LEADER_DUTIES.flatMap((duty) => LEADER_LEVELS.map((level) => [`${duty}${level}领导`, 'leader' as const])))
const dutyWords = Object.fromEntries(DUTY_PHRASES.flatMap((duty) => Object.entries(DUTY_ACTS).map(([act, kind]) => [duty + act, kind])))

/**
 * The built-in note grammar: the words real plans build their notes from,
 * read off the corpus and fixtures. It is the first extension, combined like
 * any caller's wordings (see {@link Wordings}). Simplified characters only:
 * traditional forms come from {@link TRADITIONAL_PAIRS} when compiling.
 */
export const BUILTIN: Wordings = {
  labels: {
    ...unitLabels,
    牵头单位: 'lead', 牵头部门: 'lead', 牵头处室: 'lead', 牵头科室: 'lead', 主办单位: 'lead', 牵头: 'lead',
    责任单位: 'responsible', 责任部门: 'responsible', 负责单位: 'responsible', 负责部门: 'responsible', 责任科室: 'responsible',
    责任处室: 'responsible', 实施单位: 'responsible', 主责单位: 'responsible', 承办单位: 'responsible', 落实单位: 'responsible', 责任主体: 'responsible',
    配合单位: 'participant', 配合部门: 'participant', 参与单位: 'participant', 参与部门: 'participant', 协办单位: 'participant',
    协助单位: 'participant', 协同单位: 'participant', 参加单位: 'participant', 配合科室: 'participant', 配合处室: 'participant', 配合: 'participant',
    参与: 'participant', 协助: 'participant', 协办: 'participant', 协同: 'participant', 责任: 'responsible', 负责: 'responsible',
    主要责任单位: 'lead', 主要责任部门: 'lead', 主责部门: 'lead', 主要牵头单位: 'lead', 主办部门: 'lead', 主办: 'lead', 主责: 'lead',
    其他责任单位: 'participant', 其他责任部门: 'participant', 其他配合单位: 'participant', 次要责任单位: 'participant', 协办部门: 'participant',
    部门分工: 'division', 任务分工: 'division', 责任分工: 'division', 分工: 'division',
    完成时限: 'deadline', 时限要求: 'deadline', 时间节点: 'deadline', 完成时间: 'deadline', 时间要求: 'deadline', 完成期限: 'deadline', 时限: 'deadline',
    ...leaderLabels, 责任人: 'leader',
    分管副省长: 'leader', 分管副市长: 'leader', 分管副区长: 'leader', 分管副县长: 'leader', 牵头副省长: 'leader', 牵头副市长: 'leader',
  },
  roleWords: {
    ...dutyWords,
    负责: 'responsible', 负责落实: 'responsible', 负责实施: 'responsible', 具体负责: 'responsible', 共同负责: 'responsible', 负责推进: 'responsible',
    负责具体实施: 'responsible', 负责组织实施: 'responsible', 负责具体落实: 'responsible', 负责督促落实: 'responsible',
    牵头: 'lead', 牵头负责: 'lead', 牵头落实: 'lead', 牵头实施: 'lead', 牵头督导: 'lead', 牵头推进: 'lead', 共同牵头: 'lead', 总牵头: 'lead',
    分别牵头: 'lead', 联合牵头: 'lead', 牵头组织: 'lead', 牵头协调: 'lead', 具体实施: 'responsible', 组织实施: 'responsible',
    统筹: 'lead', 统筹推进: 'lead', 统筹协调: 'lead', 总负责: 'lead', 负总责: 'lead', 主责: 'lead', 牵头抓总: 'lead',
    为牵头单位: 'lead', 为牵头部门: 'lead', 为主责单位: 'lead', 为责任单位: 'responsible', 为责任部门: 'responsible',
    为配合单位: 'participant', 为配合部门: 'participant', 为参与单位: 'participant', 为协办单位: 'participant',
    参与: 'participant', 配合: 'participant', 协助: 'participant', 参加: 'participant', 协办: 'participant', 配合落实: 'participant',
    配合实施: 'participant', 共同参与: 'participant', 参与实施: 'participant', 协同: 'participant', 协同配合: 'participant',
    协同推进: 'participant', 配合指导: 'participant', 协助指导: 'participant', 配合推进: 'participant', 配合做好: 'participant',
    落实: 'responsible', 具体落实: 'responsible', 抓好落实: 'responsible', 组织落实: 'responsible', 主办: 'lead',
    按职责分工负责: 'by-duty', 按职责分工分别负责: 'by-duty', 按职责分别负责: 'by-duty', 按职责负责: 'by-duty', 分别负责: 'by-duty',
    按照职责分工负责: 'by-duty', 按照职责负责: 'by-duty', 按各自职责负责: 'by-duty', 按职能分工负责: 'by-duty', 根据职责分工负责: 'by-duty',
    按职责分工落实: 'by-duty', 按职责分工分别落实: 'by-duty',
    会同: 'with',
  },
  tails: [
    '部门', '单位', '部门单位', '部门和单位', '有关部门', '相关部门', '有关单位', '相关单位', '有关部门和单位', '相关部门和单位',
    '各有关部门', '其他有关部门', '有关方面', '机构', '地区',
  ],
  collectives: ['国务院各部委、各直属机构'],
  suffixes: [
    '局', '委', '厅', '部', '办', '院', '会', '室', '处', '科', '所', '站', '队', '馆', '署', '社', '校', '联', '团',
    '中心', '政府', '单位', '部门', '机构', '机关', '公司', '集团', '银行', '分行', '支行', '海关', '科协', '政协', '专班', '小组',
    '开发区', '高新区', '新区', '园区', '办事处', '管委', '经开区', '示范区', '试验区', '合作区', '保税区', '综保区', '大学',
  ],
  levels: ['省', '自治区', '直辖市', '计划单列市', '副省级城市', '市', '州', '盟', '地', '县', '县级市', '区', '市辖区', '旗', '乡', '镇', '街道'],
  joiners: ['和', '及', '与', '以及'],
  ruleWords: { 第一: 'first-leads', 首位: 'first-leads', 首个: 'first-leads', 均为牵头: 'all-lead', 均是牵头: 'all-lead', 都为牵头: 'all-lead', 都是牵头: 'all-lead' },
}

/**
 * Simplified and traditional forms, two characters at a time, of every
 * character of the built-in words that has one (checked against OpenCC by a
 * test): a word's traditional twin is the word with each character replaced.
 */
export const TRADITIONAL_PAIRS =
  '牵牽头頭单單门門处處办辦责責负負实實体體参參与與协協务務时時间間节節点點领領导導县縣区區联聯进進总總职職别別据據会會关關' +
  '机機构構国國属屬厅廳队隊馆館团團银銀专專组組开開发發园園辖轄计計划劃级級乡鄉镇鎮个個为為长長织織统統调調筹籌' +
  '经經范範试試验驗综綜学學挂掛'

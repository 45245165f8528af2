import { type RegistryEntry, entry as e } from '../entry.js'
import { SOURCES as S } from './sources.js'

// The State Council reform plans approved by the NPC on these days (国务院机构改革方案).
const R2008 = '2008-03-15'
const R2013 = '2013-03-14'
const R2018 = '2018-03-17'
const R2023 = '2023-03-10'
// The Party's reform plans of the same years (plates the Party Centre took over).
const P2018 = '2018-03-21'
const P2023 = '2023-03-16'

/**
 * The State Council: its general office, component ministries and commissions,
 * the special and directly affiliated agencies, and the directly affiliated
 * institutions, as of 2023, with the bodies the 2008, 2013, 2018 and 2023
 * reforms replaced. A second plate (一个机构两块牌子) is an alias of the
 * body that carries it, dated when it moved.
 */
export function stateCouncil(): RegistryEntry[] {
  const list = [
    e('gov-office', '国务院办公厅', 'agency', ['国办', '国务院办'], { centralOnly: ['国办'] }),
    // Component departments (组成部门).
    e('mfa', '外交部', 'ministry'),
    e('mod', '国防部', 'ministry'),
    e('ndrc', '国家发展和改革委员会', 'ministry', ['发展改革委', '国家发展改革委', '国家发改委', '发改委']),
    // 国家语委 has been a plate of 教育部 since 1998.
    e('moe', '教育部', 'ministry', ['国家语言文字工作委员会', '国家语委', '语委'], { source: `${S.BODIES}; ${S.S1998} (国家语委 kept as a plate of 教育部)` }),
    // The office of the Central Science and Technology Commission is the reorganised ministry itself since 2023.
    e('most', '科学技术部', 'ministry', ['科技部', { name: '中央科技委员会办公室', from: P2023 }, { name: '中央科技办', from: P2023 }, { name: '国家外国专家局', from: R2018, until: R2023 }, { name: '外专局', from: R2018, until: R2023 }, { name: '国家外专局', from: R2018, until: R2023 }], {
      source: `${S.BODIES}; ${S.S2018} (国家外国专家局 a plate of 科学技术部); ${S.P2023} (中央科技委员会's office duties taken on by the reorganised 科学技术部; 国家外国专家局 moved to 人力资源社会保障部)`,
    }),
    e('miit', '工业和信息化部', 'ministry', ['工信部', '工业和信息化部', '国家航天局', '航天局', '国家原子能机构', '原子能机构'], { centralOnly: ['航天局', '原子能机构'], source: `${S.BODIES}; ${S.S2008} (国家航天局 and 国家原子能机构 kept as names of 工业和信息化部, not bodies of their own)` }),
    e('neac', '国家民族事务委员会', 'ministry', ['国家民委', '民委']),
    e('mps', '公安部', 'ministry'),
    e('mss', '国家安全部', 'ministry', ['安全部']),
    e('mca', '民政部', 'ministry'),
    e('moj', '司法部', 'ministry'),
    e('mof', '财政部', 'ministry'),
    e('mohrss', '人力资源和社会保障部', 'ministry', ['人力资源社会保障部', '人社部', { name: '国家外国专家局', from: R2023 }, { name: '外专局', from: R2023 }, { name: '国家外专局', from: R2023 }], {
      from: R2008,
      source: `${S.S2008} (formed from 人事部 and 劳动和社会保障部); ${S.P2023} (国家外国专家局 a plate of 人力资源社会保障部)`,
    }),
    e('mnr', '自然资源部', 'ministry', [], { from: R2018, source: S.S2018 }),
    e('mee', '生态环境部', 'ministry', ['生态环境部', { name: '国家核安全局', from: R2018 }, { name: '核安全局', from: R2018 }], { from: R2018, source: `${S.S2018} (国家核安全局 kept as a plate of 生态环境部)` }),
    e('mohurd', '住房和城乡建设部', 'ministry', ['住房城乡建设部', '住建部']),
    e('mot', '交通运输部', 'ministry', ['交通部']),
    e('mwr', '水利部', 'ministry'),
    // 国家乡村振兴局's duties went to 农业农村部 in 2023, which carries its plate.
    e('moa', '农业农村部', 'ministry', ['农业农村部', { name: '国家乡村振兴局', from: R2023 }, { name: '乡村振兴局', from: R2023 }], { from: R2018, source: `${S.S2018}; ${S.P2023} (国家乡村振兴局 a plate of 农业农村部)` }),
    e('mofcom', '商务部', 'ministry'),
    e('mct', '文化和旅游部', 'ministry', ['文旅部'], { from: R2018, source: S.S2018 }),
    e('nhc', '国家卫生健康委员会', 'ministry', ['卫生健康委', '国家卫生健康委', '国家卫健委', '卫健委'], { from: R2018, source: S.S2018 }),
    e('mva', '退役军人事务部', 'ministry', ['退役军人部'], { from: R2018, source: S.S2018 }),
    e('mem', '应急管理部', 'ministry', ['应急部'], { from: R2018, source: S.S2018 }),
    e('pboc', '中国人民银行', 'ministry', ['人民银行', '人行', '央行'], { centralOnly: ['央行'] }),
    e('nao', '审计署', 'ministry', ['国家审计署']),
    // Special and directly affiliated agencies (直属特设机构, 直属机构), and offices.
    e('sasac', '国务院国有资产监督管理委员会', 'agency', ['国资委', '国务院国资委']),
    e('gacc', '海关总署', 'agency'),
    e('sta', '国家税务总局', 'agency', ['税务总局']),
    e('samr', '国家市场监督管理总局', 'agency', [
      '市场监管总局',
      '国家市场监管总局',
      // Plates: the standards and certification commissions since 2018, the anti-monopoly bureau since its inauguration.
      { name: '国家标准化管理委员会', from: R2018 },
      { name: '国家标准委', from: R2018 },
      { name: '标准委', from: R2018 },
      { name: '国家认证认可监督管理委员会', from: R2018 },
      { name: '国家认监委', from: R2018 },
      { name: '认监委', from: R2018 },
      { name: '国家反垄断局', from: '2021-11-18' },
      { name: '反垄断局', from: '2021-11-18' },
    ], {
      from: R2018,
      centralOnly: ['标准委', '认监委', '反垄断局'],
      source: `${S.S2018} (国家认证认可监督管理委员会 and 国家标准化管理委员会 kept as plates of 市场监管总局); 国家反垄断局 inaugurated as a plate of 市场监管总局, Xinhua report, 2021-11-18`,
    }),
    e('nfra', '国家金融监督管理总局', 'agency', ['金融监管总局'], { from: '2023-05-18', source: `${S.S2023}; inaugurated 2023-05-18` }),
    // A directly affiliated institution until 2023, a directly affiliated agency since.
    e('csrc', '中国证券监督管理委员会', 'agency', ['证监会', '中国证监会'], {
      kinds: [{ kind: 'institution' }, { from: R2023, kind: 'agency' }],
      centralOnly: true,
      source: `${S.S2023} (中国证监会 made a directly affiliated agency)`,
    }),
    e('nrta', '国家广播电视总局', 'agency', ['广电总局', '国家广电总局'], { from: R2018, source: S.S2018 }),
    e('gas', '国家体育总局', 'agency', ['体育总局']),
    e('nbs', '国家统计局', 'agency', ['统计局']),
    e('cidca', '国家国际发展合作署', 'agency', ['国际发展合作署', '国合署'], { from: R2018, source: S.S2018 }),
    e('nhsa', '国家医疗保障局', 'agency', ['医保局', '国家医保局'], { from: R2018, source: S.S2018 }),
    e('counsellors-office', '国务院参事室', 'agency', ['参事室']),
    e('ggj', '国家机关事务管理局', 'agency', ['国管局'], { centralOnly: ['国管局'] }),
    // A State Council body; an administration under 市场监管总局 from 2018; a State Council body again from 2023.
    e('cnipa', '国家知识产权局', 'agency', ['知识产权局', '国知局'], {
      kinds: [{ kind: 'agency' }, { from: R2018, kind: 'administration', parent: 'samr' }, { from: R2023, kind: 'agency' }],
      centralOnly: ['国知局'],
      source: `${S.S2018} (国家知识产权局 managed by 市场监管总局); ${S.S2023} (made a directly affiliated agency of the State Council)`,
    }),
    // An administration under 国务院办公厅 until 2023, a directly affiliated agency since.
    e('nplb', '国家信访局', 'agency', ['信访局'], {
      kinds: [{ kind: 'administration', parent: 'gov-office' }, { from: R2023, kind: 'agency' }],
      source: `${S.S2023} (国家信访局 made a directly affiliated agency of the State Council)`,
    }),
    e('research-office', '国务院研究室', 'agency'),
    e('hmo', '国务院港澳事务办公室', 'agency', ['国务院港澳办', '港澳办'], { until: P2023, successors: ['hkmao'], source: `${S.P2023} (中央港澳工作办公室 formed on it, keeping its plate)` }),
    e('tao', '国务院台湾事务办公室', 'party', ['国务院台办', '中央台湾工作办公室', '中央台办', '台办']),
    // One office, two names (中央对外宣传办公室 / 国务院新闻办公室) until 2018; since, a plate of 中央宣传部.
    e('scio', '国务院新闻办公室', 'party', ['国新办', '国务院新闻办', '中央对外宣传办公室', '中央外宣办'], { until: P2018, successors: ['publicity'], source: `${S.P2018} (国务院新闻办公室 merged into 中央宣传部, which carries its plate)` }),
    // Directly affiliated institutions (直属事业单位).
    e('xinhua', '新华通讯社', 'institution', ['新华社'], { centralOnly: true }),
    e('cas', '中国科学院', 'institution', ['中科院'], { centralOnly: true }),
    e('cass', '中国社会科学院', 'institution', ['社科院', '中国社科院']),
    e('cae', '中国工程院', 'institution', ['工程院'], { centralOnly: ['工程院'] }),
    e('drc', '国务院发展研究中心', 'institution', ['国研中心', '发展研究中心'], { centralOnly: ['国研中心'] }),
    e('cmg', '中央广播电视总台', 'institution', ['总台', '中央广电总台'], { from: R2018, centralOnly: true, source: S.P2018 }),
    e('cma', '中国气象局', 'institution', ['气象局']),
    // A directly affiliated institution; managed by 应急管理部 since 2018.
    e('cea', '中国地震局', 'institution', ['地震局'], {
      kinds: [{ kind: 'institution' }, { from: R2018, kind: 'institution', parent: 'mem' }],
      source: `${S.S2018} (中国地震局 managed by 应急管理部)`,
    }),
    // A directly affiliated institution; managed by 科学技术部 since 2018.
    e('nsfc', '国家自然科学基金委员会', 'institution', ['自然科学基金委', '国家自然科学基金委', '基金委'], {
      kinds: [{ kind: 'institution' }, { from: R2018, kind: 'institution', parent: 'most' }],
      source: `${S.S2018} (国家自然科学基金委员会 managed by 科学技术部)`,
    }),
    // The national union of supply and marketing cooperatives, led by the State Council: an institution here, for want of a closer kind.
    e('acfsmc', '中华全国供销合作总社', 'institution', ['全国供销合作总社', '供销合作总社', '供销总社'], { centralOnly: ['供销合作总社', '供销总社'], source: `${S.BODIES} (listed with the bodies the State Council leads)` }),
    // The office of the national committee on ageing, seated in 国家卫生健康委 from 2018 and in 民政部 from 2023.
    e('aging-office', '全国老龄工作委员会办公室', 'agency', ['全国老龄办', '老龄办'], {
      kinds: [{ from: R2018, kind: 'agency', parent: 'nhc' }, { from: R2023, kind: 'agency', parent: 'mca' }],
      source: `${S.S2018} (seated in 国家卫生健康委); ${S.S2023} (全国老龄工作委员会办公室 seated in 民政部)`,
    }),
    e('cbirc', '中国银行保险监督管理委员会', 'institution', ['银保监会', '中国银保监会'], { from: R2018, until: '2023-05-18', successors: ['nfra'], centralOnly: true, source: `${S.S2018}; ${S.S2023} (replaced by 国家金融监督管理总局, inaugurated 2023-05-18)` }),
    // Bodies the 2008 and 2013 reforms replaced.
    e('mop', '人事部', 'ministry', [], { until: R2008, successors: ['mohrss'], source: S.S2008 }),
    e('molss', '劳动和社会保障部', 'ministry', ['劳动保障部'], { until: R2008, successors: ['mohrss'], source: S.S2008 }),
    e('gapp', '新闻出版总署', 'agency', ['国家新闻出版总署', '国家版权局', '版权局'], { until: R2013, successors: ['sapprft'], source: `${S.S2013} (新闻出版总署, one office with 国家版权局, merged into 国家新闻出版广电总局)` }),
    e('sarft', '国家广播电影电视总局', 'agency', ['广电总局', '国家广电总局'], { until: R2013, successors: ['sapprft'], source: S.S2013 }),
    // Bodies the 2018 reform replaced.
    e('mlr', '国土资源部', 'ministry', [], { until: R2018, successors: ['mnr'], source: S.S2018 }),
    e('mep', '环境保护部', 'ministry', ['环保部', '环境保护部', '国家核安全局', '核安全局'], { until: R2018, successors: ['mee'], source: `${S.S2018}; 国家核安全局 a plate of 环境保护部 before` }),
    e('moa-2018', '农业部', 'ministry', [], { until: R2018, successors: ['moa'], source: S.S2018 }),
    e('mcprc', '文化部', 'ministry', [], { until: R2018, successors: ['mct'], source: S.S2018 }),
    e('nhfpc', '国家卫生和计划生育委员会', 'ministry', ['卫生计生委', '国家卫生计生委'], { until: R2018, successors: ['nhc'], source: S.S2018 }),
    e('mos', '监察部', 'ministry', [], { until: R2018, successors: ['ccdi'], source: `${S.S2018} (merged into 国家监察委员会, one office with 中央纪委)` }),
    e('saic', '国家工商行政管理总局', 'agency', ['工商总局', '国家工商总局'], { until: R2018, successors: ['samr'], source: S.S2018 }),
    e('aqsiq', '国家质量监督检验检疫总局', 'agency', ['质检总局', '国家质检总局'], { until: R2018, successors: ['samr', 'gacc'], source: S.S2018 }),
    e('cfda', '国家食品药品监督管理总局', 'agency', ['食品药品监管总局', '食药监总局'], { until: R2018, successors: ['samr', 'nmpa'], source: S.S2018 }),
    e('sapprft', '国家新闻出版广电总局', 'agency', ['新闻出版广电总局', '广电总局', '国家版权局', '版权局'], {
      from: R2013,
      until: R2018,
      successors: ['nrta', 'publicity'],
      source: `${S.S2013} (formed, carrying the plate of 国家版权局); ${S.P2018} (新闻出版 and 电影 to 中央宣传部, 广播电视 to 国家广播电视总局)`,
    }),
    e('sawsa', '国家安全生产监督管理总局', 'agency', ['安全监管总局', '国家安全监管总局'], { until: R2018, successors: ['mem'], source: S.S2018 }),
    e('legal-office', '国务院法制办公室', 'agency', ['国务院法制办', '法制办'], { until: R2018, successors: ['moj'], source: S.S2018 }),
    e('ocao', '国务院侨务办公室', 'agency', ['国务院侨办', '侨办'], { until: R2018, successors: ['united-front'], source: `${S.P2018} (merged into 中央统战部, which keeps its plate)` }),
    e('cbrc', '中国银行业监督管理委员会', 'institution', ['银监会', '中国银监会'], { until: R2018, successors: ['cbirc'], centralOnly: true, source: S.S2018 }),
    e('circ', '中国保险监督管理委员会', 'institution', ['保监会', '中国保监会'], { until: R2018, successors: ['cbirc'], centralOnly: true, source: S.S2018 }),
    e('nsa-admin', '国家行政学院', 'institution', [], { until: R2018, successors: ['party-school'], source: S.P2018 }),
  ]
  return list.map((x) => (x.source ? x : { ...x, source: S.BODIES }))
}

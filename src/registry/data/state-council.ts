import { type RegistryEntry, entry as e } from '../entry.js'

// The State Council reform plans approved by the NPC on these days (国务院机构改革方案).
const R2018 = '2018-03-17'
const R2023 = '2023-03-10'

/**
 * The State Council: its general office, component ministries and commissions,
 * the special and directly affiliated agencies, and the directly affiliated
 * institutions, as of 2023, with the bodies the 2018 and 2023 reforms replaced.
 */
export function stateCouncil(): RegistryEntry[] {
  return [
    e('gov-office', '国务院办公厅', 'agency', ['国办', '国务院办']),
    // Component departments (组成部门).
    e('mfa', '外交部', 'ministry'),
    e('mod', '国防部', 'ministry'),
    e('ndrc', '国家发展和改革委员会', 'ministry', ['发展改革委', '国家发展改革委', '国家发改委', '发改委']),
    e('moe', '教育部', 'ministry'),
    e('most', '科学技术部', 'ministry', ['科技部']),
    e('miit', '工业和信息化部', 'ministry', ['工信部', '工业和信息化部']),
    e('neac', '国家民族事务委员会', 'ministry', ['国家民委', '民委']),
    e('mps', '公安部', 'ministry'),
    e('mss', '国家安全部', 'ministry', ['安全部']),
    e('mca', '民政部', 'ministry'),
    e('moj', '司法部', 'ministry'),
    e('mof', '财政部', 'ministry'),
    e('mohrss', '人力资源和社会保障部', 'ministry', ['人力资源社会保障部', '人社部']),
    e('mnr', '自然资源部', 'ministry', [], { from: R2018 }),
    e('mee', '生态环境部', 'ministry', ['生态环境部'], { from: R2018 }),
    e('mohurd', '住房和城乡建设部', 'ministry', ['住房城乡建设部', '住建部']),
    e('mot', '交通运输部', 'ministry', ['交通部']),
    e('mwr', '水利部', 'ministry'),
    e('moa', '农业农村部', 'ministry', ['农业农村部'], { from: R2018 }),
    e('mofcom', '商务部', 'ministry'),
    e('mct', '文化和旅游部', 'ministry', ['文旅部'], { from: R2018 }),
    e('nhc', '国家卫生健康委员会', 'ministry', ['卫生健康委', '国家卫生健康委', '国家卫健委', '卫健委'], { from: R2018 }),
    e('mva', '退役军人事务部', 'ministry', ['退役军人部'], { from: R2018 }),
    e('mem', '应急管理部', 'ministry', ['应急部'], { from: R2018 }),
    e('pboc', '中国人民银行', 'ministry', ['人民银行', '人行', '央行']),
    e('nao', '审计署', 'ministry', ['国家审计署']),
    // Special and directly affiliated agencies (直属特设机构, 直属机构), and offices.
    e('sasac', '国务院国有资产监督管理委员会', 'agency', ['国资委', '国务院国资委']),
    e('gacc', '海关总署', 'agency'),
    e('sta', '国家税务总局', 'agency', ['税务总局']),
    e('samr', '国家市场监督管理总局', 'agency', ['市场监管总局', '国家市场监管总局'], { from: R2018 }),
    e('nfra', '国家金融监督管理总局', 'agency', ['金融监管总局'], { from: '2023-05-18' }),
    e('csrc', '中国证券监督管理委员会', 'agency', ['证监会', '中国证监会']),
    e('nrta', '国家广播电视总局', 'agency', ['广电总局', '国家广电总局'], { from: R2018 }),
    e('gas', '国家体育总局', 'agency', ['体育总局']),
    e('nbs', '国家统计局', 'agency', ['统计局']),
    e('cidca', '国家国际发展合作署', 'agency', ['国际发展合作署', '国合署'], { from: R2018 }),
    e('nhsa', '国家医疗保障局', 'agency', ['医保局', '国家医保局'], { from: R2018 }),
    e('counsellors-office', '国务院参事室', 'agency', ['参事室']),
    e('ggj', '国家机关事务管理局', 'agency', ['国管局']),
    e('cnipa', '国家知识产权局', 'agency', ['知识产权局', '国知局'], { parent: 'samr' }),
    e('nplb', '国家信访局', 'agency', ['信访局']),
    e('research-office', '国务院研究室', 'agency'),
    e('hmo', '国务院港澳事务办公室', 'agency', ['国务院港澳办', '港澳办'], { until: '2023-03-16', successors: ['hkmao'] }),
    e('tao', '国务院台湾事务办公室', 'party', ['国务院台办', '中央台办', '台办']),
    e('scio', '国务院新闻办公室', 'party', ['国新办', '国务院新闻办']),
    // Directly affiliated institutions (直属事业单位).
    e('xinhua', '新华通讯社', 'institution', ['新华社']),
    e('cas', '中国科学院', 'institution', ['中科院']),
    e('cass', '中国社会科学院', 'institution', ['社科院', '中国社科院']),
    e('cae', '中国工程院', 'institution', ['工程院']),
    e('drc', '国务院发展研究中心', 'institution', ['国研中心', '发展研究中心']),
    e('cmg', '中央广播电视总台', 'institution', ['总台', '中央广电总台'], { from: R2018 }),
    e('cma', '中国气象局', 'institution', ['气象局']),
    e('cbirc', '中国银行保险监督管理委员会', 'institution', ['银保监会', '中国银保监会'], { from: R2018, until: '2023-05-18', successors: ['nfra'] }),
    // Bodies the 2018 reform replaced.
    e('mlr', '国土资源部', 'ministry', [], { until: R2018, successors: ['mnr'] }),
    e('mep', '环境保护部', 'ministry', ['环保部', '环境保护部'], { until: R2018, successors: ['mee'] }),
    e('moa-2018', '农业部', 'ministry', [], { until: R2018, successors: ['moa'] }),
    e('mcprc', '文化部', 'ministry', [], { until: R2018, successors: ['mct'] }),
    e('nhfpc', '国家卫生和计划生育委员会', 'ministry', ['卫生计生委', '国家卫生计生委'], { until: R2018, successors: ['nhc'] }),
    e('mos', '监察部', 'ministry', [], { until: R2018, successors: ['nsc'] }),
    e('saic', '国家工商行政管理总局', 'agency', ['工商总局', '国家工商总局'], { until: R2018, successors: ['samr'] }),
    e('aqsiq', '国家质量监督检验检疫总局', 'agency', ['质检总局', '国家质检总局'], { until: R2018, successors: ['samr', 'gacc'] }),
    e('cfda', '国家食品药品监督管理总局', 'agency', ['食品药品监管总局', '食药监总局'], { until: R2018, successors: ['samr', 'nmpa'] }),
    e('sapprft', '国家新闻出版广电总局', 'agency', ['新闻出版广电总局', '广电总局'], { until: R2018, successors: ['nrta', 'nppa', 'film-admin'] }),
    e('sawsa', '国家安全生产监督管理总局', 'agency', ['安全监管总局', '国家安全监管总局'], { until: R2018, successors: ['mem'] }),
    e('legal-office', '国务院法制办公室', 'agency', ['国务院法制办', '法制办'], { until: R2018, successors: ['moj'] }),
    e('ocao', '国务院侨务办公室', 'agency', ['国务院侨办', '侨办'], { until: R2018, successors: ['united-front'] }),
    e('cbrc', '中国银行业监督管理委员会', 'institution', ['银监会', '中国银监会'], { until: R2018, successors: ['cbirc'] }),
    e('circ', '中国保险监督管理委员会', 'institution', ['保监会', '中国保监会'], { until: R2018, successors: ['cbirc'] }),
    e('nsa-admin', '国家行政学院', 'institution', [], { until: R2018, successors: ['party-school'] }),
  ]
}

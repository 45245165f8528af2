import { type RegistryEntry, entry as e } from '../entry.js'
import { SOURCES as S } from './sources.js'

const R2018 = '2018-03-17'
const P2018 = '2018-03-21'
const P2023 = '2023-03-16'

/**
 * Departments and offices of the Party Centre (党中央部门, 办事机构, 直属机构),
 * the national supervisory commission, the two supreme judicial organs and
 * the NPC and CPPCC offices plans name. State names a Party department
 * carries as second plates since 2018 (国家新闻出版署 on 中央宣传部,
 * 国家公务员局 on 中央组织部…) are its aliases. An office seated in another
 * body (设在…) is an entry of its own with that body as parent.
 */
export function party(): RegistryEntry[] {
  const list = [
    e('general-office', '中共中央办公厅', 'party', ['中央办公厅', '中办'], { centralOnly: ['中办'] }),
    e('organization', '中共中央组织部', 'party', ['中央组织部', '中组部', { name: '国家公务员局', from: P2018 }, { name: '公务员局', from: P2018 }], {
      centralOnly: ['中组部'],
      source: `${S.PARTY}; ${S.P2018} (国家公务员局 a plate of 中央组织部)`,
    }),
    e('publicity', '中共中央宣传部', 'party', [
      '中央宣传部',
      '中宣部',
      { name: '国家新闻出版署', from: P2018 },
      { name: '新闻出版署', from: P2018 },
      { name: '国家版权局', from: P2018 },
      { name: '版权局', from: P2018 },
      { name: '国家电影局', from: P2018 },
      { name: '电影局', from: P2018 },
      { name: '国务院新闻办公室', from: P2018 },
      { name: '国务院新闻办', from: P2018 },
      { name: '国新办', from: P2018 },
    ], {
      centralOnly: ['中宣部', '新闻出版署', '国新办'],
      source: `${S.PARTY}; ${S.P2018} (中央宣传部 carries the plates of 国家新闻出版署 (国家版权局), 国家电影局 and 国务院新闻办公室)`,
    }),
    e('united-front', '中共中央统一战线工作部', 'party', [
      '中央统战部',
      '统战部',
      { name: '国家宗教事务局', from: P2018 },
      { name: '国家宗教局', from: P2018 },
      { name: '宗教局', from: P2018 },
      { name: '国务院侨务办公室', from: R2018 },
      { name: '国务院侨办', from: R2018 },
      { name: '侨办', from: R2018 },
    ], { source: `${S.PARTY}; ${S.P2018} (中央统战部 keeps the plates of 国家宗教事务局 and 国务院侨务办公室)` }),
    e('idcpc', '中共中央对外联络部', 'party', ['中央对外联络部', '中联部'], { centralOnly: ['中联部'] }),
    e('political-legal', '中共中央政法委员会', 'party', ['中央政法委', '政法委']),
    e('cac', '中央网络安全和信息化委员会办公室', 'party', ['中央网信办', '国家互联网信息办公室', '国家网信办', '网信办'], { from: P2018, source: `${S.P2018} (one office, two names)` }),
    e('policy-research', '中共中央政策研究室', 'party', ['中央政策研究室', '中央政研室']),
    e('finance-economy', '中央财经委员会办公室', 'party', ['中央财办', '中财办'], { from: P2018, centralOnly: ['中财办'], source: S.P2018 }),
    // 中央农办: seated in 农业农村部 from 2018; with 中央财办 from 2023 (as issue 16 reports the 2023 plan).
    e('rural-work-office', '中央农村工作领导小组办公室', 'party', ['中央农办'], {
      kinds: [{ from: P2018, kind: 'party', parent: 'moa' }, { from: P2023, kind: 'party', parent: 'finance-economy' }],
      source: `${S.P2018} (seated in 农业农村部); ${S.P2023} (with 中央财办, as issue 16 reports it)`,
    }),
    // 中央依法治国办 and 中央审计委员会办公室: offices of the 2018 commissions, seated in 司法部 and 审计署.
    e('law-based-governance', '中央全面依法治国委员会办公室', 'party', ['中央依法治国办'], { parent: 'moj', from: P2018, source: `${S.P2018} (seated in 司法部)` }),
    e('audit-commission', '中央审计委员会办公室', 'party', ['中央审计办'], { parent: 'nao', from: P2018, source: `${S.P2018} (seated in 审计署)` }),
    e('foreign-affairs', '中央外事工作委员会办公室', 'party', ['中央外办'], { from: P2018, source: S.P2018 }),
    e('reform', '中央全面深化改革委员会办公室', 'party', ['中央改革办', '中央深改办'], { from: P2018, source: S.P2018 }),
    e('establishment', '中央机构编制委员会办公室', 'party', ['中央编办', '中编办'], { centralOnly: ['中编办'] }),
    e('state-organs-committee', '中央和国家机关工作委员会', 'party', ['中央和国家机关工委']),
    e('civilization', '中央精神文明建设指导委员会办公室', 'party', ['中央文明办']),
    e('party-history', '中共中央党史和文献研究院', 'party', ['中央党史和文献研究院'], { from: P2018, source: S.P2018 }),
    e('party-school', '中共中央党校（国家行政学院）', 'party', ['中央党校', '中央党校（国家行政学院）', '国家行政学院'], { from: P2018, source: `${S.P2018} (one institution, two names)` }),
    // 中央纪委 and 国家监委 work as one office under two names (合署办公) since 2018.
    e('ccdi', '中央纪律检查委员会', 'party', ['中央纪委', '中央纪委国家监委', '中央纪委机关', { name: '国家监察委员会', from: P2018 }, { name: '国家监委', from: P2018 }], {
      source: `${S.PARTY}; ${S.P2018} (国家监察委员会 formed, one office with 中央纪委)`,
    }),
    e('social-work', '中央社会工作部', 'party', ['中央社会部'], { from: P2023, source: S.P2023 }),
    e('financial-commission', '中央金融委员会办公室', 'party', ['中央金融办'], { from: P2023, source: S.P2023 }),
    e('financial-work', '中央金融工作委员会', 'party', ['中央金融工委'], { from: P2023, source: S.P2023 }),
    // Formed on 国务院港澳办, which it keeps as a plate.
    e('hkmao', '中央港澳工作办公室', 'party', ['中央港澳办', { name: '国务院港澳事务办公室', from: P2023 }, { name: '国务院港澳办', from: P2023 }, { name: '港澳办', from: P2023 }], {
      from: P2023,
      source: `${S.P2023} (formed on 国务院港澳事务办公室, keeping its plate)`,
    }),
    // One office with 国家保密局 (一个机构两块牌子).
    e('confidentiality', '中央保密委员会办公室', 'party', ['中央保密办', '国家保密局', '保密局'], { source: `${S.PARTY} (one office with 国家保密局)` }),
    e('military-civil', '中央军民融合发展委员会办公室', 'party', ['中央军民融合办'], { from: '2017-01-22' }),
    e('people-daily', '人民日报社', 'party', ['人民日报'], { centralOnly: true }),
    e('qiushi', '求是杂志社', 'party', ['求是杂志'], { centralOnly: true }),
    e('cipg', '中国外文出版发行事业局', 'party', ['中国外文局', '外文局'], { centralOnly: true }),
    // Bodies the 2018 party reform folded into others.
    e('party-history-office', '中共中央党史研究室', 'party', ['中央党史研究室'], { until: P2018, successors: ['party-history'], source: S.P2018 }),
    e('party-literature', '中共中央文献研究室', 'party', ['中央文献研究室'], { until: P2018, successors: ['party-history'], source: S.P2018 }),
    e('comprehensive-governance', '中央社会治安综合治理委员会办公室', 'party', ['中央综治办'], { until: P2018, successors: ['political-legal'], source: S.P2018 }),
    // The two supreme judicial organs (两高).
    e('spc', '最高人民法院', 'judicial', ['最高法', '最高法院'], { source: 'the Constitution; names as the court gives them' }),
    e('spp', '最高人民检察院', 'judicial', ['最高检', '最高检察院'], { source: 'the Constitution; names as the procuratorate gives them' }),
    // Legislature and political consultative conference.
    e('npc-legislative-affairs', '全国人民代表大会常务委员会法制工作委员会', 'legislature', ['全国人大常委会法工委', '全国人大法工委', '法工委'], { source: 'NPC Standing Committee working bodies, www.npc.gov.cn' }),
    e('npc-general-office', '全国人民代表大会常务委员会办公厅', 'legislature', ['全国人大常委会办公厅'], { source: 'NPC Standing Committee working bodies, www.npc.gov.cn' }),
    e('cppcc-general-office', '中国人民政治协商会议全国委员会办公厅', 'legislature', ['全国政协办公厅'], { source: 'CPPCC National Committee bodies, www.cppcc.gov.cn' }),
  ]
  return list.map((x) => (x.source ? x : { ...x, source: S.PARTY }))
}

import { type RegistryEntry, entry as e } from '../entry.js'

const P2018 = '2018-03-21'
const P2023 = '2023-03-16'

/**
 * Departments and offices of the Party Centre (党中央部门, 办事机构, 直属机构),
 * the national supervisory commission, the two supreme judicial organs and
 * the NPC and CPPCC offices plans name.
 */
export function party(): RegistryEntry[] {
  return [
    e('general-office', '中共中央办公厅', 'party', ['中央办公厅', '中办']),
    e('organization', '中共中央组织部', 'party', ['中央组织部', '中组部']),
    e('publicity', '中共中央宣传部', 'party', ['中央宣传部', '中宣部']),
    e('united-front', '中共中央统一战线工作部', 'party', ['中央统战部', '统战部']),
    e('idcpc', '中共中央对外联络部', 'party', ['中央对外联络部', '中联部']),
    e('political-legal', '中共中央政法委员会', 'party', ['中央政法委', '政法委']),
    e('cac', '中央网络安全和信息化委员会办公室', 'party', ['中央网信办', '国家互联网信息办公室', '国家网信办', '网信办'], { from: P2018 }),
    e('policy-research', '中共中央政策研究室', 'party', ['中央政策研究室', '中央政研室']),
    e('finance-economy', '中央财经委员会办公室', 'party', ['中央财办', '中财办'], { from: P2018 }),
    e('foreign-affairs', '中央外事工作委员会办公室', 'party', ['中央外办'], { from: P2018 }),
    e('reform', '中央全面深化改革委员会办公室', 'party', ['中央改革办', '中央深改办'], { from: P2018 }),
    e('establishment', '中央机构编制委员会办公室', 'party', ['中央编办', '中编办']),
    e('state-organs-committee', '中央和国家机关工作委员会', 'party', ['中央和国家机关工委']),
    e('civilization', '中央精神文明建设指导委员会办公室', 'party', ['中央文明办']),
    e('party-history', '中共中央党史和文献研究院', 'party', ['中央党史和文献研究院'], { from: P2018 }),
    e('party-school', '中共中央党校（国家行政学院）', 'party', ['中央党校', '中央党校（国家行政学院）', '国家行政学院'], { from: P2018 }),
    e('ccdi', '中央纪律检查委员会', 'party', ['中央纪委', '中央纪委国家监委', '中央纪委机关']),
    e('nsc', '国家监察委员会', 'party', ['国家监委'], { from: P2018 }),
    e('social-work', '中央社会工作部', 'party', ['中央社会部'], { from: P2023 }),
    e('financial-commission', '中央金融委员会办公室', 'party', ['中央金融办'], { from: P2023 }),
    e('financial-work', '中央金融工作委员会', 'party', ['中央金融工委'], { from: P2023 }),
    e('science-commission', '中央科技委员会办公室', 'party', ['中央科技办'], { from: P2023 }),
    e('hkmao', '中央港澳工作办公室', 'party', ['中央港澳办'], { from: P2023 }),
    e('confidentiality', '中央保密委员会办公室', 'party', ['中央保密办']),
    e('military-civil', '中央军民融合发展委员会办公室', 'party', ['中央军民融合办'], { from: '2017-01-22' }),
    e('people-daily', '人民日报社', 'party', ['人民日报']),
    e('qiushi', '求是杂志社', 'party', ['求是杂志']),
    e('cipg', '中国外文出版发行事业局', 'party', ['中国外文局', '外文局']),
    // Bodies the 2018 party reform folded into others.
    e('party-history-office', '中共中央党史研究室', 'party', ['中央党史研究室'], { until: P2018, successors: ['party-history'] }),
    e('party-literature', '中共中央文献研究室', 'party', ['中央文献研究室'], { until: P2018, successors: ['party-history'] }),
    e('comprehensive-governance', '中央社会治安综合治理委员会办公室', 'party', ['中央综治办'], { until: P2018, successors: ['political-legal'] }),
    // The two supreme judicial organs (两高).
    e('spc', '最高人民法院', 'judicial', ['最高法', '最高法院']),
    e('spp', '最高人民检察院', 'judicial', ['最高检', '最高检察院']),
    // Legislature and political consultative conference.
    e('npc-legislative-affairs', '全国人民代表大会常务委员会法制工作委员会', 'legislature', ['全国人大常委会法工委', '全国人大法工委', '法工委']),
    e('npc-general-office', '全国人民代表大会常务委员会办公厅', 'legislature', ['全国人大常委会办公厅']),
    e('cppcc-general-office', '中国人民政治协商会议全国委员会办公厅', 'legislature', ['全国政协办公厅']),
  ]
}

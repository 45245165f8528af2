import { type RegistryEntry, entry as e } from '../entry.js'
import { SOURCES as S } from './sources.js'

const R2008 = '2008-03-15'
const R2018 = '2018-03-17'
const R2023 = '2023-03-10'
const P2018 = '2018-03-21'

/**
 * National administrations managed by a ministry or commission (部委管理的国家局),
 * with those the reforms replaced. Names that are a ministry's second plate
 * (国家航天局, 国家标准委, 国家核安全局, 国家公园管理局…) are aliases of the
 * body that carries them, not administrations of their own.
 */
export function administrations(): RegistryEntry[] {
  const list = [
    e('nfsra', '国家粮食和物资储备局', 'administration', ['粮食和储备局', '国家粮食和储备局', '粮食和物资储备局'], { parent: 'ndrc', from: R2018, source: S.S2018 }),
    e('nea', '国家能源局', 'administration', ['能源局'], { parent: 'ndrc' }),
    e('nda', '国家数据局', 'administration', ['数据局'], { parent: 'ndrc', from: '2023-10-25', source: `${S.P2023}; inaugurated 2023-10-25` }),
    e('sastind', '国家国防科技工业局', 'administration', ['国防科工局', '国家国防科工局'], { parent: 'miit' }),
    e('stma', '国家烟草专卖局', 'administration', ['烟草局', '国家烟草局'], { parent: 'miit' }),
    e('nia', '国家移民管理局', 'administration', ['移民局', '国家移民局'], { parent: 'mps', from: R2018, source: S.S2018 }),
    // 国家公园管理局 is a plate of 国家林业和草原局.
    e('nfga', '国家林业和草原局', 'administration', ['林草局', '国家林草局', '国家公园管理局'], { parent: 'mnr', from: R2018, source: `${S.S2018} (国家林业和草原局, carrying the plate of 国家公园管理局)` }),
    e('nra', '国家铁路局', 'administration', ['铁路局'], { parent: 'mot' }),
    e('caac', '中国民用航空局', 'administration', ['民航局', '中国民航局'], { parent: 'mot', centralOnly: true }),
    e('spb', '国家邮政局', 'administration', ['邮政局'], { parent: 'mot' }),
    e('ncha', '国家文物局', 'administration', ['文物局'], { parent: 'mct' }),
    e('natcm', '国家中医药管理局', 'administration', ['中医药局', '国家中医药局'], { parent: 'nhc' }),
    e('ndcpa', '国家疾病预防控制局', 'administration', ['疾控局', '国家疾控局'], { parent: 'nhc', from: '2021-05-13', source: 'inaugurated 2021-05-13, Xinhua report' }),
    // Renamed from 国家煤矿安全监察局 in 2020; the day is the one the registry had, not checked against a source.
    e('nmsa', '国家矿山安全监察局', 'administration', ['矿山安监局', '国家矿山安监局'], { parent: 'mem', from: '2020-10-01', source: 'renamed from 国家煤矿安全监察局 in 2020 (as issue 16 reports it; the day 2020-10-01 unchecked)' }),
    e('sacms', '国家煤矿安全监察局', 'administration', ['煤矿安监局', '国家煤监局', '煤监局'], {
      kinds: [{ kind: 'administration', parent: 'sawsa' }, { from: R2018, kind: 'administration', parent: 'mem' }],
      until: '2020-10-01',
      successors: ['nmsa'],
      source: `${S.S2018} (国家煤矿安全监察局 managed by 应急管理部); renamed 国家矿山安全监察局 in 2020 (day unchecked)`,
    }),
    e('nfra-fire', '国家消防救援局', 'administration', ['消防救援局'], { parent: 'mem', from: '2023-01-06', source: '国家消防救援局 inaugurated 2023-01-06, Xinhua report' }),
    e('safe', '国家外汇管理局', 'administration', ['外汇局', '国家外汇局'], { parent: 'pboc' }),
    e('nmpa', '国家药品监督管理局', 'administration', ['药监局', '国家药监局'], { parent: 'samr', from: R2018, source: S.S2018 }),
    e('nrra', '国家乡村振兴局', 'administration', ['乡村振兴局'], { parent: 'moa', from: '2021-02-25', until: R2023, successors: ['moa'], source: `inaugurated 2021-02-25, Xinhua report; ${S.P2023} (duties to 农业农村部, which carries its plate)` }),
    e('cpad', '国务院扶贫开发领导小组办公室', 'agency', ['国务院扶贫办', '扶贫办'], { until: '2021-02-25', successors: ['nrra'], source: '国家乡村振兴局 inaugurated on it, 2021-02-25, Xinhua report' }),
    // Managed by 人事部, then 人力资源社会保障部; from 2018 a plate of 科学技术部, from 2023 of 人力资源社会保障部 (aliases there).
    e('safea', '国家外国专家局', 'administration', ['外专局', '国家外专局'], {
      kinds: [{ kind: 'administration', parent: 'mop' }, { from: R2008, kind: 'administration', parent: 'mohrss' }],
      until: R2018,
      successors: ['most'],
      source: `${S.S2008} (managed by 人力资源和社会保障部); ${S.S2018} (a plate of 科学技术部); ${S.P2023} (moved to 人力资源社会保障部)`,
    }),
    // Before 2018: administrations under 国家质检总局. Since, plates of 市场监管总局 (aliases there).
    e('sac', '国家标准化管理委员会', 'administration', ['国家标准委', '标准委'], { parent: 'aqsiq', until: R2018, successors: ['samr'], source: `${S.S2018} (duties to 市场监管总局, which keeps the plate)` }),
    e('cnca', '国家认证认可监督管理委员会', 'administration', ['国家认监委', '认监委'], { parent: 'aqsiq', until: R2018, successors: ['samr'], source: `${S.S2018} (duties to 市场监管总局, which keeps the plate)` }),
    // Administrations that became plates of Party Centre departments in 2018 (aliases there since).
    e('sara', '国家宗教事务局', 'agency', ['国家宗教局', '宗教局'], { until: P2018, successors: ['united-front'], source: `${S.P2018} (merged into 中央统战部, which keeps its plate)` }),
    e('civil-service', '国家公务员局', 'administration', ['公务员局'], { parent: 'mohrss', from: R2008, until: P2018, successors: ['organization'], source: `${S.S2008} (managed by 人力资源和社会保障部); ${S.P2018} (merged into 中央组织部, which keeps its plate)` }),
    e('saac', '国家档案局', 'administration', ['档案局'], { parent: 'gov-office' }),
    // One office with 中央密码工作领导小组办公室.
    e('osca', '国家密码管理局', 'administration', ['密码局', '国家密码局', '中央密码工作领导小组办公室']),
    // Bodies the 2018 reform replaced.
    e('sfa', '国家林业局', 'administration', ['林业局'], { until: R2018, successors: ['nfga'], source: S.S2018 }),
    e('grain-admin', '国家粮食局', 'administration', ['粮食局'], { until: R2018, successors: ['nfsra'], source: S.S2018 }),
    e('cnta', '国家旅游局', 'agency', ['旅游局'], { until: R2018, successors: ['mct'], source: S.S2018 }),
    e('soa', '国家海洋局', 'administration', ['海洋局'], { until: R2018, successors: ['mnr'], source: S.S2018 }),
    e('nasmg', '国家测绘地理信息局', 'administration', ['测绘地信局'], { until: R2018, successors: ['mnr'], source: S.S2018 }),
  ]
  return list.map((x) => (x.source ? x : { ...x, source: S.ADMINISTRATIONS }))
}

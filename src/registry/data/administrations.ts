import { type RegistryEntry, entry as e } from '../entry.js'

const R2018 = '2018-03-17'
const R2023 = '2023-03-10'

/** National administrations managed by a ministry or commission (部委管理的国家局), with those the reforms replaced. */
export function administrations(): RegistryEntry[] {
  return [
    e('nfsra', '国家粮食和物资储备局', 'administration', ['粮食和储备局', '国家粮食和储备局', '粮食和物资储备局'], { parent: 'ndrc', from: R2018 }),
    e('nea', '国家能源局', 'administration', ['能源局'], { parent: 'ndrc' }),
    e('nda', '国家数据局', 'administration', ['数据局'], { parent: 'ndrc', from: '2023-10-25' }),
    e('sastind', '国家国防科技工业局', 'administration', ['国防科工局', '国家国防科工局'], { parent: 'miit' }),
    e('cnsa', '国家航天局', 'administration', ['航天局'], { parent: 'miit' }),
    e('caea', '国家原子能机构', 'administration', ['原子能机构'], { parent: 'miit' }),
    e('stma', '国家烟草专卖局', 'administration', ['烟草局', '国家烟草局'], { parent: 'miit' }),
    e('nia', '国家移民管理局', 'administration', ['移民局', '国家移民局'], { parent: 'mps', from: R2018 }),
    e('nfga', '国家林业和草原局', 'administration', ['林草局', '国家林草局'], { parent: 'mnr', from: R2018 }),
    e('nra', '国家铁路局', 'administration', ['铁路局'], { parent: 'mot' }),
    e('caac', '中国民用航空局', 'administration', ['民航局', '中国民航局'], { parent: 'mot' }),
    e('spb', '国家邮政局', 'administration', ['邮政局'], { parent: 'mot' }),
    e('ncha', '国家文物局', 'administration', ['文物局'], { parent: 'mct' }),
    e('natcm', '国家中医药管理局', 'administration', ['中医药局', '国家中医药局'], { parent: 'nhc' }),
    e('ndcpa', '国家疾病预防控制局', 'administration', ['疾控局', '国家疾控局'], { parent: 'nhc', from: '2021-05-13' }),
    e('nmsa', '国家矿山安全监察局', 'administration', ['矿山安监局', '国家矿山安监局'], { parent: 'mem', from: '2020-10-01' }),
    e('nfra-fire', '国家消防救援局', 'administration', ['消防救援局'], { parent: 'mem', from: R2023 }),
    e('safe', '国家外汇管理局', 'administration', ['外汇局', '国家外汇局'], { parent: 'pboc' }),
    e('nmpa', '国家药品监督管理局', 'administration', ['药监局', '国家药监局'], { parent: 'samr', from: R2018 }),
    e('sac', '国家标准化管理委员会', 'administration', ['国家标准委', '标准委'], { parent: 'samr' }),
    e('cnca', '国家认证认可监督管理委员会', 'administration', ['国家认监委', '认监委'], { parent: 'samr' }),
    e('nrra', '国家乡村振兴局', 'administration', ['乡村振兴局'], { parent: 'moa', from: '2021-02-25', until: R2023, successors: ['moa'] }),
    e('cpad', '国务院扶贫开发领导小组办公室', 'agency', ['国务院扶贫办', '扶贫办'], { until: '2021-02-25', successors: ['nrra'] }),
    e('safea', '国家外国专家局', 'administration', ['外专局', '国家外专局'], { parent: 'most', until: R2023, successors: ['mohrss'] }),
    // Administrations under party departments (党中央部门管理), named in plans like any other.
    // One body, two names (一个机构两块牌子).
    e('nppa', '国家新闻出版署', 'administration', ['新闻出版署', '国家版权局', '版权局'], { parent: 'publicity', from: R2018 }),
    e('film-admin', '国家电影局', 'administration', ['电影局'], { parent: 'publicity', from: R2018 }),
    e('sara', '国家宗教事务局', 'administration', ['国家宗教局', '宗教局'], { parent: 'united-front' }),
    e('civil-service', '国家公务员局', 'administration', ['公务员局'], { parent: 'organization' }),
    e('saac', '国家档案局', 'administration', ['档案局'], { parent: 'gov-office' }),
    e('nasg', '国家保密局', 'administration', ['保密局'] ),
    e('osca', '国家密码管理局', 'administration', ['密码局', '国家密码局']),
    // Bodies the 2018 reform replaced.
    e('sfa', '国家林业局', 'administration', ['林业局'], { until: R2018, successors: ['nfga'] }),
    e('grain-admin', '国家粮食局', 'administration', ['粮食局'], { until: R2018, successors: ['nfsra'] }),
    e('cnta', '国家旅游局', 'agency', ['旅游局'], { until: R2018, successors: ['mct'] }),
    e('soa', '国家海洋局', 'administration', ['海洋局'], { until: R2018, successors: ['mnr'] }),
    e('nasmg', '国家测绘地理信息局', 'administration', ['测绘地信局'], { until: R2018, successors: ['mnr'] }),
  ]
}

import { type RegistryEntry, entry as e } from '../entry.js'
import { SOURCES as S } from './sources.js'

// The CMC's four general departments gave way to fifteen organs on this day.
const CMC2016 = '2016-01-11'

/** People's organisations (群团组织) and the Central Military Commission's departments. */
export function groups(): RegistryEntry[] {
  const people = [
    e('acftu', '中华全国总工会', 'people-organization', ['全国总工会', '总工会']),
    e('cyl', '中国共产主义青年团中央委员会', 'people-organization', ['共青团中央', '团中央'], { centralOnly: ['共青团中央', '团中央'] }),
    e('acyf', '中华全国青年联合会', 'people-organization', ['全国青联']),
    e('acwf', '中华全国妇女联合会', 'people-organization', ['全国妇联', '妇联']),
    e('cast', '中国科学技术协会', 'people-organization', ['中国科协', '科协']),
    e('ccpit', '中国国际贸易促进委员会', 'people-organization', ['贸促会', '中国贸促会']),
    e('acfroc', '中华全国归国华侨联合会', 'people-organization', ['中国侨联', '全国侨联']),
    e('cflac', '中国文学艺术界联合会', 'people-organization', ['中国文联', '文联']),
    e('cwa', '中国作家协会', 'people-organization', ['中国作协', '作协']),
    e('acja', '中华全国新闻工作者协会', 'people-organization', ['中国记协']),
    e('cdpf', '中国残疾人联合会', 'people-organization', ['中国残联', '残联']),
    e('acfic', '中华全国工商业联合会', 'people-organization', ['全国工商联', '工商联']),
    e('rcsc', '中国红十字会总会', 'people-organization', ['红十字会', '中国红十字会']),
    e('cpaffc', '中国人民对外友好协会', 'people-organization', ['全国对外友协', '对外友协']),
    e('claw', '中国法学会', 'people-organization', ['法学会']),
    e('wrsa', '欧美同学会', 'people-organization', ['中国留学人员联谊会']),
    e('acftc', '中华全国台湾同胞联谊会', 'people-organization', ['全国台联', '台联']),
    e('cssc', '中华职业教育社', 'people-organization', []),
    e('cca', '中国消费者协会', 'people-organization', ['中消协', '消费者协会'], { centralOnly: ['中消协'] }),
    e('cclf', '中国宋庆龄基金会', 'people-organization', ['宋庆龄基金会']),
  ].map((x) => ({ ...x, source: S.GROUPS }))
  const military = [
    // Central Military Commission (中央军委) departments since the 2016 reform.
    e('cmc-general-office', '中央军委办公厅', 'military', ['军委办公厅']),
    e('cmc-joint-staff', '中央军委联合参谋部', 'military', ['军委联合参谋部', '联合参谋部']),
    e('cmc-political-work', '中央军委政治工作部', 'military', ['军委政治工作部']),
    e('cmc-logistic-support', '中央军委后勤保障部', 'military', ['军委后勤保障部']),
    e('cmc-equipment', '中央军委装备发展部', 'military', ['军委装备发展部', '装备发展部']),
    e('cmc-training', '中央军委训练管理部', 'military', ['军委训练管理部']),
    e('cmc-mobilization', '中央军委国防动员部', 'military', ['军委国防动员部', '国防动员部']),
    e('cmc-discipline', '中央军委纪律检查委员会', 'military', ['军委纪委', '中央军委纪委']),
    e('cmc-political-legal', '中央军委政法委员会', 'military', ['军委政法委']),
    e('cmc-science', '中央军委科学技术委员会', 'military', ['军委科技委', '中央军委科技委']),
    e('cmc-strategic-planning', '中央军委战略规划办公室', 'military', ['军委战略规划办公室']),
    e('cmc-reform', '中央军委改革和编制办公室', 'military', ['军委改革和编制办公室']),
    e('cmc-international', '中央军委国际军事合作办公室', 'military', ['军委国际军事合作办公室']),
    e('cmc-audit', '中央军委审计署', 'military', ['军委审计署']),
    e('cmc-affairs', '中央军委机关事务管理总局', 'military', ['军委机关事务管理总局']),
    e('pap', '中国人民武装警察部队', 'military', ['武警部队', '武警']),
  ].map((x) => (x.id === 'pap' ? { ...x, source: S.CMC2016 } : { ...x, from: CMC2016, source: S.CMC2016 }))
  // The four general departments of the PLA before the 2016 reform.
  const before2016 = [
    e('pla-general-staff', '中国人民解放军总参谋部', 'military', ['解放军总参谋部', '总参谋部', '总参'], { until: CMC2016, successors: ['cmc-joint-staff'], source: S.CMC2016 }),
    e('pla-general-political', '中国人民解放军总政治部', 'military', ['解放军总政治部', '总政治部', '总政'], { until: CMC2016, successors: ['cmc-political-work'], source: S.CMC2016 }),
    e('pla-general-logistics', '中国人民解放军总后勤部', 'military', ['解放军总后勤部', '总后勤部', '总后'], { until: CMC2016, successors: ['cmc-logistic-support'], source: S.CMC2016 }),
    e('pla-general-armament', '中国人民解放军总装备部', 'military', ['解放军总装备部', '总装备部', '总装'], { until: CMC2016, successors: ['cmc-equipment'], source: S.CMC2016 }),
  ]
  return [...people, ...military, ...before2016]
}

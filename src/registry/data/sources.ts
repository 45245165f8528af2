/**
 * The documents the registry was checked against, by short name, so that each
 * entry's `source` says one of them (with what it says of the entry where the
 * entry differs from the document's default). Titles and dates as known;
 * document numbers only where the registry has always cited them.
 */
export const SOURCES = {
  /** The 1998 State Council reform (国家语委 kept as a plate of 教育部). */
  S1998: '国务院机构改革方案, approved by the 9th NPC, 1st session, 1998-03-10',
  /** The 2008 State Council reform (人事部 → 人力资源和社会保障部). */
  S2008: '国务院机构改革方案, approved by the 11th NPC, 1st session, 2008-03-15',
  /** The 2013 State Council reform (新闻出版总署 + 广电总局 → 新闻出版广电总局). */
  S2013: '国务院机构改革和职能转变方案, approved by the 12th NPC, 1st session, 2013-03-14',
  S2018: '国务院机构改革方案, approved by the 13th NPC, 1st session, 2018-03-17',
  P2018: '深化党和国家机构改革方案, 中共中央, 2018-03-21',
  S2023: '国务院机构改革方案, approved by the 14th NPC, 1st session, 2023-03-10',
  P2023: '党和国家机构改革方案, 中共中央、国务院, 2023-03-16',
  /** The State Council's bodies as set up after each reform. */
  BODIES: '国务院关于机构设置的通知 (国发〔2018〕6号; 国发〔2023〕5号) and the 国务院组织机构 list on www.gov.cn',
  ADMINISTRATIONS: '国务院关于部委管理的国家局设置的通知 (国发〔2018〕7号; 国发〔2023〕6号)',
  PARTY: 'Party Centre organs as set up by 深化党和国家机构改革方案 (2018-03-21) and 党和国家机构改革方案 (2023-03-16)',
  GROUPS: "People's organisations (群团组织) under the Party Centre's leadership, names as each body gives them",
  CMC2016: '中央军委机关调整组建 (15 organs replacing the four general departments), Xinhua report, 2016-01-11',
} as const

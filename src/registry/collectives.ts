/**
 * Collective names: groups of bodies rather than one body (`联席会议成员单位`,
 * `各地区`, `国务院有关部门`). They get an id of their own under
 * `collective.` and are never checked against the recipient list.
 */
export interface Collective {
  id: string
  canonical: string
  pattern: RegExp
}

const COLLECTIVES: readonly Collective[] = [
  { id: 'collective.joint-meeting-office', canonical: '联席会议办公室', pattern: /联席会议办公室$/ },
  { id: 'collective.joint-meeting-members', canonical: '联席会议成员单位', pattern: /联席会议(?:（有关）|\(有关\)|有关|相关|各)?成员单位$/ },
  { id: 'collective.leading-group-office', canonical: '领导小组办公室', pattern: /领导小组办公室$/ },
  { id: 'collective.leading-group-members', canonical: '领导小组成员单位', pattern: /领导小组(?:各|（有关）|\(有关\)|有关|相关)?成员单位$/ },
  { id: 'collective.member-units', canonical: '各成员单位', pattern: /^(?:各|有关|相关)?成员单位$/ },
  { id: 'collective.localities', canonical: '各地区', pattern: /^各(?:地区?|地方|级)$|^地方各级(?:人民)?政府$|^(?:有关|相关)地方$/ },
  { id: 'collective.departments-and-localities', canonical: '有关部门和地方', pattern: /^(?:各|其他)?(?:有关|相关)部门(?:和|及)(?:各|有关|相关)?地方(?:人民政府)?$/ },
  {
    id: 'collective.provincial-governments',
    canonical: '各省级人民政府',
    pattern: /^各省级(?:人民)?政府$|^各省、自治区、直辖市(?:及新疆生产建设兵团)?人民政府$|^各省（自治区、直辖市）人民政府$/,
  },
  { id: 'collective.provincial-units', canonical: '各省级有关部门', pattern: /^各省、自治区、直辖市|^各省（自治区、直辖市）|^各省级/ },
  { id: 'collective.local-units', canonical: '各地方单位', pattern: /^各(?:区|县|市|镇|乡|街道|乡镇|县（市、区）|区县|市县)/ },
  {
    id: 'collective.state-council-departments',
    canonical: '国务院有关部门',
    pattern: /^(?:国务院)?(?:各|其他|其他各)?(?:有关|相关)部门(?:和单位)?$|^国务院各部委、各直属机构$|^国务院各部门$|^各部门$|^中央和国家机关(?:有关|各)部门$/,
  },
  { id: 'collective.relevant-units', canonical: '有关单位', pattern: /^各?(?:有关|相关|责任)单位$/ },
]

/** The collective a name stands for, if it is one. */
export function findCollective(name: string): Collective | undefined {
  return COLLECTIVES.find((c) => c.pattern.test(name))
}

/**
 * How plausible a decoded text is as Chinese, to choose between legacy
 * encodings that both decode the same bytes without error (Big5 bytes are
 * nearly always valid GB18030 too, and the reverse happens): the share of
 * its non-ASCII letters that are common Chinese characters, in simplified or
 * traditional form, with a bonus for words every plan uses. Text read in the
 * wrong encoding is rare characters, kana and symbols (Big5 市場監管 read as
 * GB18030 is カ初菏恨), so the right reading wins by a wide margin.
 */

// The ~800 most common characters of Chinese text and plan wording
// (simplified), and their traditional forms where they differ (OpenCC cn → tw
// and cn → hk; made once by hand, see docs/inputs.md).
const COMMON_SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本' +
  '去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总' +
  '次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权' +
  '收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连' +
  '断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严首底' +
  '液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木帮轮破亚师围注远字材排供河态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试食充兵源判护司足某练差致板田降黑' +
  '犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画功巴跟虽杂飞检吸助升阳互初创抗考投坏策古径换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣环双请超微让控州良轴找否纪益依优顶础载倒房突坐粉敌略' +
  '客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋错苦夜刑移频逐靠混母短皮终聚汽村云哪既距卫停烈央察烧迅境若印洲刻括激孔搞甚室待核校散侵吧甲游久菜味旧模湖货损预阻毫普稳乙妈植息扩银语挥酒守拿序纸医缺牵善健监厅署促' +
  '版'
const COMMON_TRADITIONAL =
  '這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認' +
  '權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴隨蘇爾講黃顯談藝營項舉勢臺幫輪亞' +
  '師圍遠態減樹葉魚視僅費緊愛續輕試護練負擊範繼興餘堅輸夠筆佔財職覺漢畫雖雜飛檢昇陽創壞徑換鋼責簡錢盡衝獨環雙請讓軸紀優頂礎載敵勝絕塊劑測絲協訴陳羅鹽錯頻終雲衛燒遊舊貨損預穩媽擴銀語揮紙醫牽監廳説裏羣衞'

/** Words of plans, in both forms: each occurrence counts as two more common characters. */
const WORDS = ['负责', '負責', '责任', '責任', '部门', '部門', '工作', '推进', '推進', '落实', '落實']

/** How far into the text to look: the start of a plan is plenty. */
const SAMPLE = 20_000

let common: Uint8Array | null = null

function commonTable(): Uint8Array {
  if (common) return common
  common = new Uint8Array(0x10000)
  for (const c of COMMON_SIMPLIFIED + COMMON_TRADITIONAL) common[c.charCodeAt(0)] = 1
  return common
}

/**
 * A score from 0 (nothing common) up, comparable between readings of the
 * same bytes. Counts UTF-16 units: the rare characters outside the BMP count
 * as letters, never as common ones.
 *
 * @example
 * ```ts
 * plausibility('市場監管總局負責') > plausibility('カ初菏恨羆Ы快そ') // true
 * ```
 */
export function plausibility(text: string): number {
  const table = commonTable()
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  let letters = 0
  let hits = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 0x80) continue
    // Symbols and punctuation (、，。（）…) say nothing either way; letters and anything unassigned-looking do.
    if (c >= 0x3000 && c <= 0x303f) continue
    if (c >= 0xff00 && c <= 0xff65) continue
    letters++
    hits += table[c] as number
  }
  for (const word of WORDS) for (let at = sample.indexOf(word); at !== -1; at = sample.indexOf(word, at + word.length)) hits += 2
  return letters === 0 ? 0 : hits / letters
}

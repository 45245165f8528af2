/**
 * Word's number formats (`w:numFmt`), written as Word displays them: the
 * counter of a list level turned into `一` `十一` `甲` `③` `B` `iv`….
 * A format we do not know is written in decimal, which keeps the number
 * readable rather than dropping it.
 */

const DIGITS = '〇一二三四五六七八九'
const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖'

/**
 * 1 → 一, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十
 * (`capital` for 壹贰叁, `chineseLegalSimplified`). Past 9999, digit by digit.
 */
function counting(n: number, capital = false): string {
  const digits = capital ? CAPITAL_DIGITS : DIGITS
  const units = capital ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千']
  if (n === 0) return digits[0]!
  if (n > 9999) return ideographDigital(n)
  let out = ''
  let zero = false
  const s = String(n)
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i])
    const unit = units[s.length - 1 - i]!
    if (d === 0) {
      zero = out !== ''
      continue
    }
    // A zero inside the number is read 零 (一百零五), in either set of digits.
    if (zero) out += '零'
    zero = false
    // 十一, not 一十一, when ten leads (not in the legal capitals: 壹拾壹).
    out += d === 1 && unit === units[1] && out === '' && !capital ? unit : digits[d]! + unit
  }
  return out
}

const ideographDigital = (n: number): string => [...String(n)].map((d) => DIGITS[Number(d)]).join('')

/** The n-th item of a cycle, counting from 1 and starting over after the last (甲 … 癸, 甲). */
function cycle(items: string, n: number): string {
  const chars = [...items]
  return chars[(((n - 1) % chars.length) + chars.length) % chars.length]!
}

/** A, B, … Z, AA, BB, … as Word writes letter lists. */
function letters(n: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n)
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral
      n -= value
    }
  }
  return out
}

/** ① … ⑳ (U+2460…), then the number in parentheses, as Word falls back. */
const enclosed = (n: number, first: number, last: number, base: number, fallback: (n: number) => string): string =>
  n >= first && n <= last ? String.fromCodePoint(base + n - first) : fallback(n)

const fullWidth = (n: number): string => [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('')

/**
 * The counter `n` in Word's format `numFmt`; `''` for `none` and bullets
 * (they carry no number).
 *
 * @example
 * ```ts
 * formatNumber(11, 'chineseCounting') // '十一'
 * formatNumber(3, 'decimalEnclosedCircle') // '③'
 * ```
 */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
      return String(n)
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(n)
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(n)
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return counting(n, true)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return ideographDigital(n)
    case 'ideographTraditional':
      return cycle('甲乙丙丁戊己庚辛壬癸', n)
    case 'ideographZodiac':
      return cycle('子丑寅卯辰巳午未申酉戌亥', n)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosed(n, 1, 20, 0x2460, (m) => `(${m})`)
    case 'decimalEnclosedParen':
      return enclosed(n, 1, 20, 0x2474, (m) => `(${m})`)
    case 'decimalEnclosedFullstop':
      return enclosed(n, 1, 20, 0x2488, (m) => `${m}.`)
    case 'upperLetter':
      return letters(n, true)
    case 'lowerLetter':
      return letters(n, false)
    case 'upperRoman':
      return roman(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'none':
    case 'bullet':
      return ''
    default:
      return String(n)
  }
}

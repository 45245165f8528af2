import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import chromium from '@sparticuz/chromium'
import puppeteer, { type Browser } from 'puppeteer-core'

/**
 * Headless Chromium from the @sparticuz/chromium package (its binary ships in
 * the package: `npm install` is all the set-up). It unpacks to /tmp on first
 * use. Its own fontconfig file sees only the fonts it ships (no Chinese), so
 * the system's are added: where a Chinese font is installed, a screenshot
 * shows the text rather than boxes.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromium.executablePath()
  const fonts = join(executablePath, '..', 'fonts-with-system.conf')
  writeFileSync(
    fonts,
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
      '  <dir>/tmp/fonts</dir>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n' +
      '  <cachedir>/tmp/fonts-cache/</cachedir>\n</fontconfig>\n',
  )
  return puppeteer.launch({
    executablePath,
    // Its flags are made for a cloud function; one process for everything
    // is one of them, which a page with a worker does not need.
    args: chromium.args.filter((arg) => arg !== '--single-process'),
    headless: 'shell',
    env: { ...process.env, FONTCONFIG_FILE: fonts },
    defaultViewport: { width: 1200, height: 900 },
  })
}

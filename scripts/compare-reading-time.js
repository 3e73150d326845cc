#!/usr/bin/env node
// Compares copydesk's read-time word counts with the npm `reading-time` package, draft
// by draft, on the same text: the regions `copydesk stats` says it counted, with the
// Markdown a reader never sees taken out (block markers, inline code, link targets), as
// copydesk does. So the comparison is of what a word is, not of which parts are read.
//
//   npm install --prefix /tmp/rt reading-time
//   NODE_PATH=/tmp/rt/node_modules node scripts/compare-reading-time.js target/debug/copydesk DRAFTS...
//
// Prints one line per draft (ours, theirs, difference in percent) and the largest
// difference; exits 1 when a draft differs by more than 2%.
'use strict'
const { execFileSync } = require('child_process')
const fs = require('fs')
const readingTime = require('reading-time')

const [bin, ...paths] = process.argv.slice(2)
if (!bin || paths.length === 0) {
  console.error('usage: compare-reading-time.js COPYDESK PATH...')
  process.exit(2)
}
const stats = JSON.parse(execFileSync(bin, ['stats', '--format', 'json', '--no-config', ...paths], { maxBuffer: 1 << 30 }))
// What a reader sees of a region's source: no list, heading or quote markers, no inline
// code (copydesk counts code only on request), no link or image destinations, no bare
// URLs.
function prose(text) {
  return text
    .replace(/^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)]|#{1,6})?[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]*/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<(?:https?:|mailto:)[^>]*>/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
}

let worst = 0
let over = 0
for (const file of stats.files) {
  const source = fs.readFileSync(file.path)
  const text = file.regions.map((r) => prose(source.subarray(r.span.start, r.span.end).toString('utf8'))).join('\n\n')
  const theirs = readingTime(text).words
  const ours = file.words
  const diff = theirs === 0 ? 0 : (100 * (ours - theirs)) / theirs
  worst = Math.max(worst, Math.abs(diff))
  if (Math.abs(diff) > 2) over++
  console.log(`${ours.toString().padStart(6)} ${theirs.toString().padStart(6)} ${diff.toFixed(2).padStart(7)}%  ${file.path}`)
}
console.log(`${stats.files.length} drafts, largest difference ${worst.toFixed(2)}%, ${over} over 2%`)
process.exit(over > 0 ? 1 : 0)

/**
 * The ceiling for heartbeats on this machine: bare node:http and one prepared better-sqlite3
 * INSERT a request (WAL, synchronous=NORMAL), nothing else. Started by heartbeats.ts.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import Database from 'better-sqlite3'

const file = process.env.BARE_DATABASE ?? path.resolve('tests/.tmp/bench/bare.db')
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.rmSync(file, { force: true })
const sqlite = new Database(file)
sqlite.pragma('journal_mode = WAL')
sqlite.pragma('synchronous = NORMAL')
sqlite.exec('create table beats (id integer primary key, body text not null)')
const insert = sqlite.prepare('insert into beats (body) values (?)')

http
  .createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk))
    req.on('end', () => {
      insert.run(body)
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"saved":true}')
    })
  })
  .listen(Number(process.env.PORT ?? 3301), () => console.log('ready'))

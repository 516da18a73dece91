/** Lists every .html file below a folder (a built site), recursively. */
import fs from 'node:fs';
import path from 'node:path';

export function listHtml(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listHtml(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

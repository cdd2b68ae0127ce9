import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

// Raw HTML is dropped (remark-rehype without allowDangerousHtml) and the result sanitised with
// GitHub's schema, so nothing an author or a pack writes can run script in a learner's browser.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)

export function renderMarkdown(markdown: string) {
  return String(processor.processSync(markdown))
}

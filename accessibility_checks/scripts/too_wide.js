// The outermost elements that stick out of the viewport (at most five), to name in the report.
const width = document.documentElement.clientWidth;
const out = [];
const sticksOut = el => el && el.getBoundingClientRect().right > width + 1;
for (const el of document.body.querySelectorAll('*')) {
  if (sticksOut(el) && !sticksOut(el.parentElement)) {
    const classes = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    out.push(el.tagName.toLowerCase() + classes);
  }
  if (out.length >= 5) break;
}
return out;

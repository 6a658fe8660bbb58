const audit = window.__keyboardAudit;
const path = el => { const parts = []; for (; el && el.nodeType === 1 && parts.length < 4; el = el.parentElement) {
  parts.unshift(el.id ? '#' + el.id : el.tagName.toLowerCase()); if (el.id) break; } return parts.join(' > '); };
const missed = audit.expected.filter(el => !audit.reached.has(el)).map(path);
return [audit.unreachable.concat(missed), audit.invisible];

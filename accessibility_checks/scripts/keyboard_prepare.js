// The content of a closed <details> (but its summary) still has a size, yet no Tab reaches it.
const inClosedDetails = el => {
  for (let d = el.closest('details:not([open])'); d; d = d.parentElement && d.parentElement.closest('details:not([open])')) {
    const summary = d.querySelector(':scope > summary');
    if (!(summary && summary.contains(el))) return true;
  }
  return false;
};
const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[inert],[aria-hidden=true]')
    && !inClosedDetails(el); };
const look = el => { const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
          s.borderColor, s.textDecorationLine].join('|'); };
const path = el => { const parts = []; for (; el && el.nodeType === 1 && parts.length < 4; el = el.parentElement) {
  parts.unshift(el.id ? '#' + el.id : el.tagName.toLowerCase()); if (el.id) break; } return parts.join(' > '); };
const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
const audit = window.__keyboardAudit = {expected: [], unreachable: [], reached: new Set(), invisible: []};
const before = new Map();
// A group of radio buttons is one Tab stop (the arrow keys move within it): its checked button,
// or its first when none is checked. Expect that one per group.
const radioGroups = new Set();
const tabStopOfGroup = radio => [...document.querySelectorAll('input[type=radio]')]
  .find(other => other.name === radio.name && other.form === radio.form && other.checked) || radio;
for (const found of document.querySelectorAll(selector)) {
  let el = found;
  if (!visible(el) || el.disabled) continue;
  if (el.type === 'radio' && el.name) {
    const group = (el.form ? el.form.id || el.form.action : '') + '|' + el.name;
    if (radioGroups.has(group)) continue;
    radioGroups.add(group);
    el = tabStopOfGroup(el);
  }
  if (el.tabIndex < 0) { if (el.matches('a[href], button, input, select, textarea')) audit.unreachable.push(path(el)); continue; }
  audit.expected.push(el); before.set(el, look(el));
}
document.addEventListener('focusin', event => {
  const el = event.target;
  if (audit.reached.has(el)) return;
  audit.reached.add(el);
  if (before.has(el) && look(el) === before.get(el)) audit.invisible.push(path(el));
}, true);
if (document.activeElement) document.activeElement.blur();
return audit.expected.length;

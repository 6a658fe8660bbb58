// Check functions of the plain-language rules of the editor's Checks panel (see
// plain_language/editor_checks.py). Wagtail's userbar configures axe from JSON, which cannot carry
// functions, so they are added here, in the preview page, before the checks run.
(function () {
  'use strict';
  const source = document.getElementById('plain-language-analysis');
  if (!source) return;
  const analysis = JSON.parse(source.textContent);
  const normalise = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

  function issuesIn(node, kind) {
    const text = normalise(node.textContent || '');
    return analysis.issues.filter(
      (issue) => issue.kind === kind && text.includes(normalise(issue.text)),
    );
  }

  function checkFor(kind) {
    return function evaluate(node) {
      const found = issuesIn(node, kind);
      if (found.length) this.data({ message: `${found[0].message} ${found[0].suggestion}` });
      return found.length === 0;
    };
  }

  const checks = [
    {
      id: 'plain-language-score-check',
      evaluate() {
        this.data({ score: analysis.score, threshold: analysis.threshold });
        return analysis.score >= analysis.threshold;
      },
    },
    { id: 'plain-language-long-sentence-check', evaluate: checkFor('long_sentence') },
    { id: 'plain-language-jargon-check', evaluate: checkFor('jargon') },
    { id: 'plain-language-passive-check', evaluate: checkFor('passive') },
  ];

  function register() {
    if (!window.axe || typeof window.axe.configure !== 'function') return false;
    window.axe.configure({ checks });
    return true;
  }

  if (!register()) {
    let attempts = 0;
    const timer = setInterval(() => {
      attempts += 1;
      if (register() || attempts > 100) clearInterval(timer);
    }, 50);
  }
})();

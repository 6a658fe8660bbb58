"""Stored audits: each run, the pages it audited and what it found on them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .findings import IMPACTS

IMPACT_CHOICES = [(impact, impact) for impact in IMPACTS]


class AuditRun(models.Model):
    started_at = models.DateTimeField(_("started"), db_index=True)
    seconds = models.FloatField(_("duration (seconds)"), default=0)
    base_url = models.CharField(_("site"), max_length=500, blank=True)
    tags = models.JSONField(_("axe rule tags"), default=list)
    fail_on = models.CharField(_("fails on"), max_length=20, choices=IMPACT_CHOICES, default="minor")
    pages_audited = models.PositiveIntegerField(_("pages audited"), default=0)
    pages_failing = models.PositiveIntegerField(_("pages with problems"), default=0)
    violations = models.PositiveIntegerField(_("problems"), default=0)

    class Meta:
        ordering = ["-started_at", "-pk"]
        get_latest_by = ["started_at", "pk"]
        verbose_name = _("accessibility audit")
        verbose_name_plural = _("accessibility audits")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.pages_failing}/{self.pages_audited})"

    @property
    def pages_per_second(self):
        return self.pages_audited / self.seconds if self.seconds else 0


class AuditedPage(models.Model):
    run = models.ForeignKey(AuditRun, on_delete=models.CASCADE, related_name="pages")
    url = models.CharField(_("address"), max_length=2000)
    # The Wagtail page at that address, when the audit ran against this site.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lang = models.CharField(_("language"), max_length=20, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    error = models.TextField(_("error"), blank=True)
    seconds = models.FloatField(default=0)
    violations = models.PositiveIntegerField(_("problems"), default=0)

    class Meta:
        ordering = ["-violations", "url"]
        verbose_name = _("audited page")

    def __str__(self):
        return self.url


class AuditFinding(models.Model):
    audited_page = models.ForeignKey(AuditedPage, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(_("rule"), max_length=100)
    impact = models.CharField(_("impact"), max_length=20, choices=IMPACT_CHOICES)
    description = models.TextField(_("description"))
    criteria = models.JSONField(_("WCAG success criteria"), default=list)
    selectors = models.JSONField(_("where"), default=list)
    help_url = models.URLField(_("help"), max_length=500, blank=True)
    source = models.CharField(max_length=20, default="axe")

    class Meta:
        ordering = ["-pk"]

    def __str__(self):
        return f"{self.rule} ({self.impact})"

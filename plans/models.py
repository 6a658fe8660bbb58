from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .deadlines import CATALONIA, Calendar

INE_CODE = RegexValidator(r"^\d{5}$", _("A municipality's INE code has five digits, for example 08019."))


class LocalHolidayQuerySet(models.QuerySet):
    def municipalities(self):
        return self.order_by("municipality").values_list("municipality", flat=True).distinct()


class LocalHoliday(models.Model):
    """A holiday of one municipality: a day that is not a working day there (Llei 39/2015, art. 30.7)."""

    municipality = models.CharField(
        _("municipality (INE code)"),
        max_length=5,
        validators=[INE_CODE],
        help_text=_("The municipality's five-digit INE code, for example 08019 for Barcelona."),
    )
    date = models.DateField(_("date"))
    name = models.CharField(_("name"), max_length=255)

    objects = LocalHolidayQuerySet.as_manager()

    panels = [FieldPanel("municipality"), FieldPanel("date"), FieldPanel("name")]

    class Meta:
        verbose_name = _("local holiday")
        verbose_name_plural = _("local holidays")
        ordering = ["municipality", "date"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "date"], name="plans_one_local_holiday_a_day")
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name} ({self.municipality})"

    @classmethod
    def calendar(cls, municipality=None):
        """The working-day calendar of `municipality`, or Catalonia's when it is not known."""
        if not municipality:
            return CATALONIA
        days = cls.objects.filter(municipality=municipality).values_list("date", flat=True)
        return Calendar(frozenset(days))

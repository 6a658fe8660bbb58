"""The citizen panel: sign up with consent, confirm by e-mail (double opt-in), leave and be erased.

Links in e-mails carry the address signed with the secret key: a confirmation link lasts
CONFIRM_DAYS, a link to leave lasts as long as the membership. Both open a page with a button,
so that a mail program that opens links to check them confirms or erases nobody.
"""

import datetime

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from accounts.lockout import client_address
from life_events.models import LifeEventPage
from privacy.ratelimit import RateLimit

from .forms import HONEYPOT
from .participation import PanelMember

CONFIRM_DAYS = 7
KEEP_DAYS = 2 * 365
CONFIRM_SALT, LEAVE_SALT = "feedback.panel.confirm", "feedback.panel.leave"


class PanelForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)
    interests = forms.MultipleChoiceField(
        label=gettext_lazy("What would you like to help us test? (optional)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that the Government of Catalonia keeps my e-mail address and interests to invite "
            "me to test new services, for two years at most or until I leave the panel."
        ),
        error_messages={"required": gettext_lazy("Tick the box to say you agree, or you cannot join.")},
    )

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        events = LifeEventPage.objects.live().filter(locale__language_code=language).order_by("title")
        self.fields["interests"].choices = [(event.slug, event.title) for event in events[:50]]


def link(name, salt, email, request):
    token = signing.dumps(email, salt=salt, compress=True)
    return request.build_absolute_uri(reverse(name, args=[token]))


def send_confirmation(member, request):
    context = {
        "confirm_url": link("feedback_panel_confirm", CONFIRM_SALT, member.email, request),
        "leave_url": link("feedback_panel_leave", LEAVE_SALT, member.email, request),
        "days": CONFIRM_DAYS,
    }
    send_mail(
        _("Confirm that you want to join the citizen panel"),
        render_to_string("feedback/panel/confirm_email.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [member.email],
    )


@never_cache
def sign_up(request):
    language = translation.get_language()
    form = PanelForm(request.POST or None, language=language)
    if request.method == "POST":
        if not RateLimit("panel", 5, 3600).allow(client_address(request)):
            return render(request, "feedback/panel/sign_up.html", {"form": form, "limited": True}, status=429)
        if form.is_valid():
            if not request.POST.get(HONEYPOT):
                member, _created = PanelMember.objects.get_or_create(
                    email=form.cleaned_data["email"].lower(),
                    defaults={"language": language, "interests": form.cleaned_data["interests"]},
                )
                if member.confirmed is None:
                    send_confirmation(member, request)
            # The same answer whether the address was new, waiting or already in: it tells nobody who is.
            return render(request, "feedback/panel/check_email.html", {"days": CONFIRM_DAYS})
    return render(request, "feedback/panel/sign_up.html", {"form": form}, status=400 if form.errors else 200)


def _email_from(token, salt, max_age=None):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


@never_cache
def confirm(request, token):
    email = _email_from(token, CONFIRM_SALT, max_age=datetime.timedelta(days=CONFIRM_DAYS))
    member = PanelMember.objects.filter(email=email).first() if email else None
    if member is None:
        return render(request, "feedback/panel/link_expired.html", status=404)
    if request.method == "POST":
        if member.confirmed is None:
            member.confirmed = timezone.localdate()
            member.save(update_fields=["confirmed"])
        return render(request, "feedback/panel/confirmed.html")
    return render(request, "feedback/panel/confirm.html", {"member": member})


@never_cache
def leave(request, token):
    email = _email_from(token, LEAVE_SALT)
    if email is None:
        return render(request, "feedback/panel/link_expired.html", status=404)
    if request.method == "POST":
        PanelMember.objects.filter(email=email).delete()
        return render(request, "feedback/panel/left.html")
    return render(request, "feedback/panel/leave.html")


@never_cache
def privacy(request):
    return render(
        request,
        "feedback/privacy.html",
        {"confirm_days": CONFIRM_DAYS, "months": settings.ANALYTICS_RETENTION_MONTHS},
    )
